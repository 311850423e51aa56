// Service items in a table: the item (a link to its page), where it is decided, how it is handled, its time limits
// and fee, the licence it ends in, and how many of its materials need no upload.
import { Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import type { PagedList } from '../../../shared/list/usePagedList'
import { PagedTable } from '../../../shared/list/PagedRows'
import { sortable, sortChange } from '../../../shared/list/sorting'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { column, moneyColumn, type Column } from '../../../shared/ui/columns'
import { BilingualName } from '../../../shared/ui/RecordName'
import { ModeTag } from '../common/StatusTags'
import '../common/services.css'
import type { ItemFilters } from '../common/services.queries'
import type { ServiceItem } from '../common/services.types'

export const itemPath = (code: string) => `/services/catalogue/${encodeURIComponent(code)}`

/** Where an item is decided: the competent city, and the department under it. */
export function CompetentOffice({ item }: { item: Pick<ServiceItem, 'competentCity' | 'department'> }) {
  const { nameOf } = useLanguage()
  return (
    <>
      {nameOf(item.competentCity)}
      <span className="g60-secondary-name">{nameOf(item.department)}</span>
    </>
  )
}

/** The promised time limit over the statutory one, in working days. */
export function TimeLimits({ item }: { item: Pick<ServiceItem, 'promisedDays' | 'statutoryDays'> }) {
  const { t } = useTranslation('services')
  return (
    <>
      {t('items.promisedDays', { count: item.promisedDays })}
      <span className="g60-secondary-name">{t('items.statutoryDays', { count: item.statutoryDays })}</span>
    </>
  )
}

export function ItemTable({
  list,
  testId = 'item-table',
}: {
  list: PagedList<ItemFilters, ServiceItem>
  testId?: string
}) {
  const { t } = useTranslation('services')
  const { nameOf } = useLanguage()
  const sort = list.filters.sort ?? 'code'
  const columns: Column<ServiceItem>[] = [
    column(
      'name',
      t('items.name'),
      (item) => (
        <>
          <BilingualName record={item} to={itemPath(item.code)} />
          <span className="g60-secondary-name g60-case-number">{item.code}</span>
        </>
      ),
      240,
    ),
    column('office', t('items.competentOffice'), (item) => <CompetentOffice item={item} />, 150),
    column('mode', t('items.mode'), (item) => <ModeTag mode={item.mode} />, 120),
    sortable(
      column('days', t('items.timeLimits'), (item) => <TimeLimits item={item} />, 150),
      'promisedDays',
      sort,
    ),
    sortable(
      moneyColumn('fee', t('items.fee'), (item) => item.feeFen, 90),
      'feeFen',
      sort,
    ),
    column(
      'licence',
      t('items.licence'),
      (item) => (item.licence === null ? t('common.none') : nameOf(item.licence)),
      150,
    ),
    column(
      'materials',
      t('items.materials'),
      (item) => {
        const reusable = item.materials.filter((material) => material.reuse !== null).length
        return (
          <>
            {t('items.materialCount', { count: item.materials.length })}
            {reusable > 0 && (
              <Tag color="cyan" style={{ marginInlineStart: 6 }}>
                {t('items.reusableCount', { count: reusable })}
              </Tag>
            )}
          </>
        )
      },
      140,
    ),
  ]
  return (
    <PagedTable<ServiceItem>
      list={list}
      rowKey="code"
      columns={columns}
      onChange={sortChange(list.url)}
      emptyText={t('items.empty')}
      data-testid={testId}
    />
  )
}
