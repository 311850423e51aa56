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
import { CursorPager } from '../../../shared/ui/CursorPager'
import { cityCodes } from '../../../shared/ui/enums'
import { FilterBar, FilterField } from '../../../shared/ui/FilterBar'
import { Money } from '../../../shared/ui/Money'
import { InlineError } from '../../../shared/ui/PageError'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { SyntheticNotice } from '../../../shared/ui/SyntheticTag'
import { tableScroll } from '../../../shared/ui/tables'
import { useCursorPager } from '../../../shared/ui/useCursorPager'
import { useUrlFilters } from '../../../shared/ui/useUrlFilters'
import { CityName } from '../../registry/reference/CityName'
import { useCityOptions } from '../../registry/reference/options'
import { NewSettlementDialog } from './NewSettlementDialog'
import { useSettlementPage } from './settlements.queries'

export function SettlementsPage() {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const user = useCurrentUser()
  const filters = useUrlFilters()
  const [pageSize, setPageSize] = useState(20)
  const [creating, setCreating] = useState(false)
  const cities = useCityOptions()
  const allCities = user.role === 'corridor_admin'
  const city = allCities ? filters.choice('city', cityCodes) : undefined
  const pager = useCursorPager(JSON.stringify([city, pageSize]))
  const page = useSettlementPage(city, pager.cursor, pageSize)
  const runs = page.data?.items ?? []

  const columns: TableColumnsType<SettlementRun> = [
    {
      key: 'period',
      title: t('vouchers.settlements.period'),
      render: (_, run) => (
        <Link to={`/vouchers/settlements/${run.id}`}>
          {t('vouchers.settlements.periodRange', { start: run.periodStart, end: run.periodEnd })}
        </Link>
      ),
    },
    {
      key: 'city',
      title: t('vouchers.fields.issuingCity'),
      width: 120,
      render: (_, run) => <CityName code={run.cityCode} />,
    },
    {
      key: 'redemptions',
      title: t('vouchers.settlements.redemptionCount'),
      align: 'right',
      width: 110,
      render: (_, run) => formatCount(run.redemptionCount, language),
    },
    {
      key: 'payments',
      title: t('vouchers.settlements.paymentCount'),
      align: 'right',
      width: 110,
      render: (_, run) => formatCount(run.paymentCount, language),
    },
    {
      key: 'total',
      title: t('vouchers.settlements.total'),
      align: 'right',
      width: 150,
      render: (_, run) => <Money fen={run.totalFen} />,
    },
    {
      key: 'cutoff',
      title: t('vouchers.settlements.cutoffAt'),
      width: 170,
      render: (_, run) => formatTimestamp(run.cutoffAt, language),
    },
  ]

  return (
    <>
      <PageTitle
        title={t('vouchers.settlements.title')}
        subtitle={t('vouchers.settlements.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('vouchers.settlements.new')}
          </Button>
        }
      />
      <Card>
        {allCities && (
          <FilterBar onClear={filters.clearFilters} canClear={filters.hasAny}>
            <FilterField id="settlement-city" label={t('vouchers.fields.issuingCity')} width={150}>
              <Select
                id="settlement-city"
                allowClear
                placeholder={t('common.all')}
                options={cities.options}
                loading={cities.loading}
                value={city}
                onChange={(value?: string) => filters.setFilter('city', value)}
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
          locale={{ emptyText: <Empty description={t('vouchers.settlements.empty')} /> }}
          data-testid="settlement-table"
        />
        <CursorPager
          pager={pager}
          nextCursor={page.data?.nextCursor}
          pageSize={pageSize}
          onPageSizeChange={setPageSize}
          busy={page.isFetching}
          itemsOnPage={runs.length}
        />
      </Card>
      {creating && <NewSettlementDialog onClose={() => setCreating(false)} />}
    </>
  )
}
