// Settlement runs: each pays a city's approved redemptions of a period as one batch for the treasury's bank.
import { PlusOutlined } from '@ant-design/icons'
import { Button, Card, Flex, type TableColumnsType } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { SettlementRun } from '../../../shared/api/types'
import { PagedTable } from '../../../shared/list/PagedRows'
import { usePagedList } from '../../../shared/list/usePagedList'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { cityColumn, column, moneyColumn, timestampColumn } from '../../../shared/ui/columns'
import { cityCodes } from '../../../shared/ui/enums'
import { FilterBar } from '../../../shared/ui/FilterBar'
import { CityFilter } from '../../../shared/ui/filters'
import { ExportButton } from '../../../shared/list/ExportButton'
import { sortable, sortChange, sortFilter } from '../../../shared/list/sorting'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { Count } from '../../../shared/ui/Formatted'
import { NewSettlementDialog } from './NewSettlementDialog'
import {
  settlementListExportPath,
  settlementPages,
  settlementSortKeys,
  type SettlementFilters,
} from './settlements.queries'

export function SettlementsPage() {
  const { t } = useTranslation('vouchers')
  const user = useCurrentUser()
  const [creating, setCreating] = useState(false)
  const allCities = user.role === 'corridor_admin'
  const list = usePagedList(settlementPages, (url): SettlementFilters => ({
    city: allCities ? url.choice('city', cityCodes) : undefined,
    // the run people look for is the latest period's, so the newest period comes first
    sort: sortFilter(url, settlementSortKeys, '-periodStart'),
  }))
  const sort = list.filters.sort ?? '-periodStart'

  const columns: TableColumnsType<SettlementRun> = [
    sortable(
      column('period', t('settlements.period'), (run) => (
        <Link to={`/vouchers/settlements/${run.id}`}>
          {t('settlements.periodRange', { start: run.periodStart, end: run.periodEnd })}
        </Link>
      )),
      'periodStart',
      sort,
    ),
    cityColumn(t('fields.issuingCity'), (run) => run.cityCode, 120),
    column('redemptions', t('settlements.redemptionCount'), (run) => <Count value={run.redemptionCount} />, {
      align: 'right',
      width: 110,
    }),
    column('payments', t('settlements.paymentCount'), (run) => <Count value={run.paymentCount} />, {
      align: 'right',
      width: 110,
    }),
    sortable(
      moneyColumn('total', t('settlements.total'), (run) => run.totalFen, 150),
      'totalFen',
      sort,
    ),
    timestampColumn('cutoff', t('settlements.cutoffAt'), (run) => run.cutoffAt, 170),
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
          <FilterBar url={list.url} values={list.filters} idPrefix="settlement">
            <CityFilter label={t('fields.issuingCity')} />
          </FilterBar>
        )}
        <Flex justify="flex-end" style={{ marginBottom: 12 }}>
          <ExportButton path={settlementListExportPath} query={{ ...list.filters }} />
        </Flex>
        <PagedTable
          list={list}
          columns={columns}
          onChange={sortChange<SettlementRun>(list.url)}
          emptyText={t('settlements.empty')}
          data-testid="settlement-table"
        />
      </Card>
      {creating && <NewSettlementDialog onClose={() => setCreating(false)} />}
    </>
  )
}
