// The institution's referral queue: firms that referred a need to one of its products, with their consent; each
// opens to read the firm's score card and decide.
import { Card, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { PagedTable } from '../../../shared/list/PagedRows'
import { usePagedList } from '../../../shared/list/usePagedList'
import { CityName } from '../../../shared/reference/CityName'
import { enumOptions } from '../../../shared/reference/options'
import { column, moneyColumn, openColumn } from '../../../shared/ui/columns'
import { FilterBar } from '../../../shared/ui/FilterBar'
import { SelectFilter } from '../../../shared/ui/filters'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { Timestamp } from '../../../shared/ui/Formatted'
import { FirmName } from '../../registry/firms/FirmName'
import { referralStatuses } from '../common/enums'
import type { Referral } from '../common/finance.types'
import { FinanceProductName } from '../common/names'
import { ConsentTag, ReferralStatusTag } from '../common/StatusTags'
import { ReferralOutcome } from './ReferralOutcome'
import { referralPages, type ReferralFilters } from './referrals.queries'

export function QueuePage() {
  const { t } = useTranslation('finance')
  const statuses = enumOptions(referralStatuses, (status) => t(`enums.referralStatus.${status}`))
  const list = usePagedList(referralPages, (url): ReferralFilters => ({
    status: url.choice('status', referralStatuses),
  }))

  const columns: TableColumnsType<Referral> = [
    column('firm', t('fields.firm'), (referral) => (
      <>
        <FirmName id={referral.firmId} />
        <span className="g60-secondary-name">
          <CityName code={referral.firmCityCode} /> · <Timestamp at={referral.createdAt} />
        </span>
      </>
    )),
    column(
      'product',
      t('fields.product'),
      (referral) => (
        <>
          <FinanceProductName id={referral.productId} />
          <span className="g60-secondary-name">{t(`enums.productType.${referral.productType}`)}</span>
        </>
      ),
      190,
    ),
    moneyColumn('amount', t('fields.requestedAmount'), (referral) => referral.requestedAmountFen, 130),
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
          <SelectFilter name="status" label={t('fields.status')} options={statuses} />
        </FilterBar>
        <PagedTable
          list={list}
          columns={columns}
          scroll={{ x: 1000 }}
          emptyText={t('queue.empty')}
          data-testid="queue-table"
        />
      </Card>
    </>
  )
}
