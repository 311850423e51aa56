// Financing needs: a firm's own (it states new ones here), or those of its city for the workstation and officers;
// each opens its ranked matches.
import { Card, Flex, Tag, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { ExportButton } from '../../../shared/list/ExportButton'
import { PagedTable } from '../../../shared/list/PagedRows'
import { sortable, sortChange, sortFilter } from '../../../shared/list/sorting'
import { usePagedList } from '../../../shared/list/usePagedList'
import { enumOptions } from '../../../shared/reference/options'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { column, moneyColumn, openColumn, timestampColumn } from '../../../shared/ui/columns'
import { FilterBar } from '../../../shared/ui/FilterBar'
import { SelectFilter } from '../../../shared/ui/filters'
import { NewLink } from '../../../shared/ui/LinkButton'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { RecordName } from '../../../shared/ui/RecordName'
import { needStatuses } from '../common/enums'
import type { Need } from '../common/finance.types'
import { formatMonths } from '../common/format'
import { NeedStatusTag, UrgencyTag } from '../common/StatusTags'
import { needExportPath, needPages, needSortKeys, type NeedFilters } from './needs.queries'

export function NeedsPage() {
  const { t } = useTranslation('finance')
  const user = useCurrentUser()
  const statuses = enumOptions(needStatuses, (status) => t(`enums.needStatus.${status}`))
  const isFirm = user.role === 'firm'
  const list = usePagedList(needPages, (url): NeedFilters => ({
    status: url.choice('status', needStatuses),
    // a history: the newest need first unless a header says otherwise
    sort: sortFilter(url, needSortKeys, '-createdAt'),
  }))
  const sort = list.filters.sort ?? '-createdAt'

  const columns: TableColumnsType<Need> = [
    ...(isFirm
      ? []
      : [column('firm', t('fields.firm'), (need: Need) => <RecordName record={need.firm} fallback="" />)]),
    column(
      'type',
      t('fields.productType'),
      (need) => <Tag>{t(`enums.productType.${need.productType}`)}</Tag>,
      150,
    ),
    sortable(
      moneyColumn('amount', t('fields.amount'), (need) => need.amountFen, 150),
      'amountFen',
      sort,
    ),
    column('term', t('fields.term'), (need) => formatMonths(need.termMonths, t), 90),
    column('purpose', t('fields.purpose'), (need) => need.purpose, { ellipsis: true }),
    column('urgency', t('fields.urgency'), (need) => <UrgencyTag urgency={need.urgency} />, 100),
    column('status', t('fields.status'), (need) => <NeedStatusTag status={need.status} />, 100),
    sortable(
      timestampColumn('createdAt', t('fields.createdAt'), (need) => need.createdAt, 160),
      'createdAt',
      sort,
    ),
    openColumn(t('common.actions'), t('needs.openMatches'), (need) => `/finance/needs/${need.id}`, 120),
  ]

  return (
    <>
      <PageTitle
        title={t('nav.needs')}
        subtitle={isFirm ? t('needs.subtitleFirm') : t('needs.subtitleCity')}
        extra={isFirm && <NewLink to="/finance/needs/new">{t('needs.new')}</NewLink>}
      />
      <Card>
        <FilterBar url={list.url} values={list.filters} idPrefix="need">
          <SelectFilter name="status" label={t('fields.status')} options={statuses} />
        </FilterBar>
        <Flex justify="flex-end" style={{ marginBottom: 12 }}>
          <ExportButton path={needExportPath} query={{ ...list.filters }} />
        </Flex>
        <PagedTable
          list={list}
          columns={columns}
          onChange={sortChange<Need>(list.url)}
          emptyText={t('needs.empty')}
          data-testid="need-table"
        />
      </Card>
    </>
  )
}
