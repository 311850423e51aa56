// The institution's referral queue: firms that referred a need to one of its products, with their consent; each
// opens to read the firm's score card and decide. It opens on the referrals waiting for the institution's answer,
// the one waiting longest first; another status shows that part of its history.
import { Card, Flex, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { ExportButton } from '../../../shared/list/ExportButton'
import { PagedTable } from '../../../shared/list/PagedRows'
import { sortable, sortChange, sortFilter } from '../../../shared/list/sorting'
import { usePagedList } from '../../../shared/list/usePagedList'
import { CityName } from '../../../shared/reference/CityName'
import { enumOptions } from '../../../shared/reference/options'
import { column, moneyColumn, openColumn } from '../../../shared/ui/columns'
import { FilterBar } from '../../../shared/ui/FilterBar'
import { SelectFilter } from '../../../shared/ui/filters'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { Timestamp } from '../../../shared/ui/Formatted'
import { referralStatuses } from '../common/enums'
import type { ListedReferral } from '../common/finance.types'
import { RecordName } from '../../../shared/ui/RecordName'
import { ConsentTag, ReferralStatusTag } from '../common/StatusTags'
import { ReferralOutcome } from './ReferralOutcome'
import {
  referralExportPath,
  referralPages,
  referralSortKeys,
  type ReferralFilters,
} from './referrals.queries'

export function QueuePage() {
  const { t } = useTranslation('finance')
  const statuses = enumOptions(referralStatuses, (status) => t(`enums.referralStatus.${status}`))
  const list = usePagedList(referralPages, (url): ReferralFilters => ({
    status: url.choice('status', referralStatuses) ?? 'referred',
    // a queue: the referrals that wait, the one waiting longest first
    sort: sortFilter(url, referralSortKeys, 'createdAt'),
  }))
  const sort = list.filters.sort ?? 'createdAt'

  const columns: TableColumnsType<ListedReferral> = [
    sortable(
      column('firm', t('fields.firm'), (referral) => (
        <>
          <RecordName record={referral.firm} fallback="" />
          <span className="g60-secondary-name">
            <CityName code={referral.firmCityCode} /> · <Timestamp at={referral.createdAt} />
          </span>
        </>
      )),
      'createdAt',
      sort,
    ),
    column(
      'product',
      t('fields.product'),
      (referral) => (
        <>
          <RecordName record={referral.product} fallback="" />
          <span className="g60-secondary-name">{t(`enums.productType.${referral.productType}`)}</span>
        </>
      ),
      190,
    ),
    sortable(
      moneyColumn('amount', t('fields.requestedAmount'), (referral) => referral.requestedAmountFen, 130),
      'requestedAmountFen',
      sort,
    ),
    column('status', t('fields.status'), (referral) => <ReferralStatusTag status={referral.status} />, 100),
    column('outcome', t('referrals.outcome'), (referral) => <ReferralOutcome referral={referral} />, 190),
    column('consent', t('consent.column'), (referral) => <ConsentTag consent={referral.consent} />, 120),
    openColumn(t('common.actions'), t('queue.open'), (referral) => `/finance/queue/${referral.id}`, 90),
  ]

  return (
    <>
      <PageTitle title={t('nav.queue')} subtitle={t('queue.subtitle')} />
      <Card>
        <FilterBar url={list.url} values={list.filters} idPrefix="queue">
          <SelectFilter name="status" label={t('fields.status')} options={statuses} clearable={false} />
        </FilterBar>
        <Flex justify="flex-end" style={{ marginBottom: 12 }}>
          <ExportButton path={referralExportPath} query={{ ...list.filters }} />
        </Flex>
        <PagedTable
          list={list}
          columns={columns}
          onChange={sortChange<ListedReferral>(list.url)}
          scroll={{ x: 1000 }}
          emptyText={t('queue.empty')}
          data-testid="queue-table"
        />
      </Card>
    </>
  )
}
