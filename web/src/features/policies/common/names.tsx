// Titles in the current language (policies and items are titled, not named), what names an item's and an award
// list's pages in the breadcrumbs, and the firm of an award by the names the award carries (nothing fetched per row).
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { BilingualName, RecordName, type NameProps } from '../../../shared/ui/RecordName'
import type { Award, Titled } from './policies.types'
import { useAwardList, usePolicyItem } from './policies.queries'

/** A record's title in the current language, and in the other (for a secondary line). */
export function useTitles() {
  const { isChinese } = useLanguage()
  return {
    titleOf: (record: Titled) => (isChinese ? record.titleZh : record.titleEn),
    otherTitleOf: (record: Titled) => (isChinese ? record.titleEn : record.titleZh),
  }
}

/** A condition's label (or a fact's name) in the current language. */
export function useLabels() {
  const { isChinese } = useLanguage()
  return {
    labelOf: (condition: { labelZh: string; labelEn: string }) =>
      isChinese ? condition.labelZh : condition.labelEn,
  }
}

/** Of a text in both languages (a policy's text, an item's guide), the one in the current language. */
export function useBilingual() {
  const { isChinese } = useLanguage()
  return (chinese: string, english: string) => (isChinese ? chinese : english)
}

const named = (record: Titled | undefined) =>
  record === undefined ? undefined : { nameZh: record.titleZh, nameEn: record.titleEn }

/** An item's title, fetched by its id (or code). */
export function ItemName({ id, fallback = id }: NameProps) {
  return <RecordName record={named(usePolicyItem(id).data?.item)} fallback={fallback} />
}

/** An award list, by its item's title. */
export function AwardListName({ id, fallback = id }: NameProps) {
  const list = useAwardList(id).data
  return (
    <RecordName
      record={list === undefined ? undefined : { nameZh: list.itemTitleZh, nameEn: list.itemTitleEn }}
      fallback={fallback}
    />
  )
}

/** The firm an award is for, in the current language (the other under it), linked to the firm's page. */
export function AwardFirm({ award, linked = true }: { award: Award; linked?: boolean }) {
  const firm = { nameZh: award.firmNameZh, nameEn: award.firmNameEn }
  if (!linked) return <RecordName record={firm} fallback={award.firmId} />
  return <BilingualName record={firm} to={`/firms/${encodeURIComponent(award.firmId)}`} />
}
