// An item's category and payout mode, an award's and a list's status, a decision's outcome: coloured tags in the
// current language; and the issuer of a policy (a city, or the corridor office).
import { Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import { CityName } from '../../../shared/reference/CityName'
import { corridorIssuerCode } from './enums'
import type {
  AwardListStatus,
  AwardStatus,
  ItemCategory,
  PayoutMode,
  RuleTestOutcome,
} from './policies.types'

const categoryColours: Record<ItemCategory, string> = {
  exemption: 'cyan',
  award: 'gold',
  entitlement: 'geekblue',
  qualification: 'purple',
}

const payoutColours: Record<PayoutMode, string> = {
  auto: 'green',
  fast_apply: 'blue',
  standard: 'default',
}

export const awardStatusColours: Record<AwardStatus, string> = {
  listed: 'processing',
  offered: 'warning',
  confirmed: 'blue',
  paid: 'success',
  removed: 'default',
  lapsed: 'default',
}

const outcomeColours: Record<RuleTestOutcome, string> = {
  qualified: 'success',
  near: 'warning',
  not_qualified: 'error',
  out_of_scope: 'default',
}

export function CategoryTag({ category }: { category: ItemCategory }) {
  const { t } = useTranslation('policies')
  return (
    <Tag color={categoryColours[category]} data-testid="item-category">
      {t(`enums.category.${category}`)}
    </Tag>
  )
}

export function PayoutModeTag({ mode }: { mode: PayoutMode }) {
  const { t } = useTranslation('policies')
  return (
    <Tag color={payoutColours[mode]} data-testid="payout-mode">
      {t(`enums.payoutMode.${mode}`)}
    </Tag>
  )
}

export function AwardStatusTag({ status }: { status: AwardStatus }) {
  const { t } = useTranslation('policies')
  return (
    <Tag color={awardStatusColours[status]} data-testid="award-status" data-status={status}>
      {t(`enums.awardStatus.${status}`)}
    </Tag>
  )
}

export function AwardListStatusTag({ status }: { status: AwardListStatus }) {
  const { t } = useTranslation('policies')
  return (
    <Tag color={status === 'open' ? 'processing' : 'success'} data-testid="award-list-status">
      {t(`enums.awardListStatus.${status}`)}
    </Tag>
  )
}

export function OutcomeTag({ outcome }: { outcome: RuleTestOutcome }) {
  const { t } = useTranslation('policies')
  return (
    <Tag color={outcomeColours[outcome]} data-testid="outcome" data-outcome={outcome}>
      {t(`enums.outcome.${outcome}`)}
    </Tag>
  )
}

/** A city by its name, or the corridor office for G60. */
export function IssuerName({ code }: { code: string }) {
  const { t } = useTranslation('policies')
  return code === corridorIssuerCode ? <>{t('library.corridorOffice')}</> : <CityName code={code} />
}
