// The institution's referral queue: firms that referred a need to one of its products, with their consent; each
// opens to read the firm's score card and decide.
import { Card, Empty, Select, Table, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { formatTimestamp } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { CursorPager } from '../../../shared/list/CursorPager'
import { usePagedList } from '../../../shared/list/usePagedList'
import { FilterBar, FilterField } from '../../../shared/ui/FilterBar'
import { LinkButton } from '../../../shared/ui/LinkButton'
import { Money } from '../../../shared/ui/Money'
import { InlineError } from '../../../shared/ui/PageError'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { SyntheticNotice } from '../../../shared/ui/SyntheticTag'
import { FirmName } from '../../registry/firms/FirmName'
import { CityName } from '../../../shared/reference/CityName'
import { enumOptions } from '../../../shared/reference/options'
import { referralStatuses } from '../common/enums'
import type { Referral } from '../common/finance.types'
import { FinanceProductName } from '../common/names'
import { ConsentTag, ReferralStatusTag } from '../common/StatusTags'
import { ReferralOutcome } from './ReferralOutcome'
import { referralPages, type ReferralFilters } from './referrals.queries'

export function QueuePage() {
  const { t } = useTranslation('finance')
  const { language } = useLanguage()
  const statuses = enumOptions(referralStatuses, (status) => t(`enums.referralStatus.${status}`))
  const {
    filters: filters,
    url: url,
    query: page,
    pager,
  } = usePagedList(referralPages, (url): ReferralFilters => ({
    status: url.choice('status', referralStatuses),
  }))
  const referrals = page.data?.items ?? []

  const columns: TableColumnsType<Referral> = [
    {
      key: 'firm',
      title: t('fields.firm'),
      render: (_, referral) => (
        <>
          <FirmName id={referral.firmId} />
          <span className="g60-secondary-name">
            <CityName code={referral.firmCityCode} /> · {formatTimestamp(referral.createdAt, language)}
          </span>
        </>
      ),
    },
    {
      key: 'product',
      title: t('fields.product'),
      width: 190,
      render: (_, referral) => (
        <>
          <FinanceProductName id={referral.productId} />
          <span className="g60-secondary-name">{t(`enums.productType.${referral.productType}`)}</span>
        </>
      ),
    },
    {
      key: 'amount',
      title: t('fields.requestedAmount'),
      align: 'right',
      width: 130,
      render: (_, referral) => <Money fen={referral.requestedAmountFen} />,
    },
    {
      key: 'status',
      title: t('fields.status'),
      width: 100,
      render: (_, referral) => <ReferralStatusTag status={referral.status} />,
    },
    {
      key: 'outcome',
      title: t('referrals.outcome'),
      width: 190,
      render: (_, referral) => <ReferralOutcome referral={referral} />,
    },
    {
      key: 'consent',
      title: t('consent.column'),
      width: 120,
      render: (_, referral) => <ConsentTag consent={referral.consent} />,
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 90,
      render: (_, referral) => (
        <LinkButton size="small" type="primary" ghost to={`/finance/queue/${referral.id}`}>
          {t('queue.open')}
        </LinkButton>
      ),
    },
  ]

  return (
    <>
      <PageTitle title={t('nav.queue')} subtitle={t('queue.subtitle')} />
      <Card>
        <FilterBar onClear={url.clearFilters} canClear={url.hasAny}>
          <FilterField id="queue-status" label={t('fields.status')} width={150}>
            <Select
              id="queue-status"
              allowClear
              placeholder={t('common.all')}
              options={statuses}
              value={filters.status}
              onChange={(status?: string) => url.setFilter('status', status)}
            />
          </FilterField>
        </FilterBar>
        {page.isError && <InlineError error={page.error} onRetry={() => void page.refetch()} />}
        <SyntheticNotice shown={referrals.some((referral) => referral.isSynthetic)} />
        <Table<Referral>
          rowKey="id"
          columns={columns}
          dataSource={referrals}
          loading={page.isFetching}
          pagination={false}
          size="middle"
          scroll={{ x: 1000 }}
          locale={{ emptyText: <Empty description={t('queue.empty')} /> }}
          data-testid="queue-table"
        />
        <CursorPager pager={pager} />
      </Card>
    </>
  )
}
