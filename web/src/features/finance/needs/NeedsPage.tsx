// Financing needs: a firm's own (it states new ones here), or those of its city for the workstation and officers;
// each opens its ranked matches.
import { Card, Tag, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { PagedTable } from '../../../shared/list/PagedRows'
import { usePagedList } from '../../../shared/list/usePagedList'
import { enumOptions } from '../../../shared/reference/options'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { column, moneyColumn, openColumn, timestampColumn } from '../../../shared/ui/columns'
import { FilterBar } from '../../../shared/ui/FilterBar'
import { SelectFilter } from '../../../shared/ui/filters'
import { NewLink } from '../../../shared/ui/LinkButton'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { FirmName } from '../../registry/firms/FirmName'
import { needStatuses } from '../common/enums'
import type { Need } from '../common/finance.types'
import { formatMonths } from '../common/format'
import { NeedStatusTag, UrgencyTag } from '../common/StatusTags'
import { needPages, type NeedFilters } from './needs.queries'

export function NeedsPage() {
  const { t } = useTranslation('finance')
  const user = useCurrentUser()
  const statuses = enumOptions(needStatuses, (status) => t(`enums.needStatus.${status}`))
  const isFirm = user.role === 'firm'
  const list = usePagedList(needPages, (url): NeedFilters => ({ status: url.choice('status', needStatuses) }))

  const columns: TableColumnsType<Need> = [
    ...(isFirm ? [] : [column('firm', t('fields.firm'), (need: Need) => <FirmName id={need.firmId} />)]),
    column(
      'type',
      t('fields.productType'),
      (need) => <Tag>{t(`enums.productType.${need.productType}`)}</Tag>,
      150,
    ),
    moneyColumn('amount', t('fields.amount'), (need) => need.amountFen, 150),
    column('term', t('fields.term'), (need) => formatMonths(need.termMonths, t), 90),
    column('purpose', t('fields.purpose'), (need) => need.purpose, { ellipsis: true }),
    column('urgency', t('fields.urgency'), (need) => <UrgencyTag urgency={need.urgency} />, 100),
    column('status', t('fields.status'), (need) => <NeedStatusTag status={need.status} />, 100),
    timestampColumn('createdAt', t('fields.createdAt'), (need) => need.createdAt, 160),
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
        <PagedTable list={list} columns={columns} emptyText={t('needs.empty')} data-testid="need-table" />
      </Card>
    </>
  )
}
