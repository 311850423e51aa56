// Settlement runs: each pays a city's approved redemptions of a period as one batch for the treasury's bank.
import { PlusOutlined } from '@ant-design/icons'
import { Button, Card, Empty, Select, Table, type TableColumnsType } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { SettlementRun } from '../../../shared/api/types'
import { formatCount, formatTimestamp } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { CursorPager } from '../../../shared/list/CursorPager'
import { usePagedList } from '../../../shared/list/usePagedList'
import { cityCodes } from '../../../shared/ui/enums'
import { FilterBar, FilterField } from '../../../shared/ui/FilterBar'
import { Money } from '../../../shared/ui/Money'
import { InlineError } from '../../../shared/ui/PageError'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { SyntheticNotice } from '../../../shared/ui/SyntheticTag'
import { tableScroll } from '../../../shared/ui/tables'
import { CityName } from '../../../shared/reference/CityName'
import { useCityOptions } from '../../../shared/reference/options'
import { NewSettlementDialog } from './NewSettlementDialog'
import { settlementPages } from './settlements.queries'

export function SettlementsPage() {
  const { t } = useTranslation('vouchers')
  const { language } = useLanguage()
  const user = useCurrentUser()
  const [creating, setCreating] = useState(false)
  const cities = useCityOptions()
  const allCities = user.role === 'corridor_admin'
  const {
    filters: city,
    url,
    query: page,
    pager,
  } = usePagedList(settlementPages, (url) => (allCities ? url.choice('city', cityCodes) : undefined))
  const runs = page.data?.items ?? []

  const columns: TableColumnsType<SettlementRun> = [
    {
      key: 'period',
      title: t('settlements.period'),
      render: (_, run) => (
        <Link to={`/vouchers/settlements/${run.id}`}>
          {t('settlements.periodRange', { start: run.periodStart, end: run.periodEnd })}
        </Link>
      ),
    },
    {
      key: 'city',
      title: t('fields.issuingCity'),
      width: 120,
      render: (_, run) => <CityName code={run.cityCode} />,
    },
    {
      key: 'redemptions',
      title: t('settlements.redemptionCount'),
      align: 'right',
      width: 110,
      render: (_, run) => formatCount(run.redemptionCount, language),
    },
    {
      key: 'payments',
      title: t('settlements.paymentCount'),
      align: 'right',
      width: 110,
      render: (_, run) => formatCount(run.paymentCount, language),
    },
    {
      key: 'total',
      title: t('settlements.total'),
      align: 'right',
      width: 150,
      render: (_, run) => <Money fen={run.totalFen} />,
    },
    {
      key: 'cutoff',
      title: t('settlements.cutoffAt'),
      width: 170,
      render: (_, run) => formatTimestamp(run.cutoffAt, language),
    },
  ]

  return (
    <>
      <PageTitle
        title={t('settlements.title')}
        subtitle={t('settlements.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('settlements.new')}
          </Button>
        }
      />
      <Card>
        {allCities && (
          <FilterBar onClear={url.clearFilters} canClear={url.hasAny}>
            <FilterField id="settlement-city" label={t('fields.issuingCity')} width={150}>
              <Select
                id="settlement-city"
                allowClear
                placeholder={t('common.all')}
                options={cities.options}
                loading={cities.loading}
                value={city}
                onChange={(value?: string) => url.setFilter('city', value)}
              />
            </FilterField>
          </FilterBar>
        )}
        {page.isError && <InlineError error={page.error} onRetry={() => void page.refetch()} />}
        <SyntheticNotice shown={runs.some((run) => run.isSynthetic)} />
        <Table<SettlementRun>
          rowKey="id"
          columns={columns}
          dataSource={runs}
          loading={page.isFetching}
          pagination={false}
          size="middle"
          scroll={tableScroll}
          locale={{ emptyText: <Empty description={t('settlements.empty')} /> }}
          data-testid="settlement-table"
        />
        <CursorPager pager={pager} />
      </Card>
      {creating && <NewSettlementDialog onClose={() => setCreating(false)} />}
    </>
  )
}
