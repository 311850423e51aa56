// Settlement runs: each pays a city's approved redemptions of a period as one batch for the treasury's bank.
import { PlusOutlined } from '@ant-design/icons'
import { Button, Card, type TableColumnsType } from 'antd'
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
import { PageTitle } from '../../../shared/ui/PageTitle'
import { Count } from '../../../shared/ui/Formatted'
import { NewSettlementDialog } from './NewSettlementDialog'
import { settlementPages } from './settlements.queries'

export function SettlementsPage() {
  const { t } = useTranslation('vouchers')
  const user = useCurrentUser()
  const [creating, setCreating] = useState(false)
  const allCities = user.role === 'corridor_admin'
  const list = usePagedList(settlementPages, (url) => (allCities ? url.choice('city', cityCodes) : undefined))

  const columns: TableColumnsType<SettlementRun> = [
    column('period', t('settlements.period'), (run) => (
      <Link to={`/vouchers/settlements/${run.id}`}>
        {t('settlements.periodRange', { start: run.periodStart, end: run.periodEnd })}
      </Link>
    )),
    cityColumn(t('fields.issuingCity'), (run) => run.cityCode, 120),
    column('redemptions', t('settlements.redemptionCount'), (run) => <Count value={run.redemptionCount} />, {
      align: 'right',
      width: 110,
    }),
    column('payments', t('settlements.paymentCount'), (run) => <Count value={run.paymentCount} />, {
      align: 'right',
      width: 110,
    }),
    moneyColumn('total', t('settlements.total'), (run) => run.totalFen, 150),
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
          <FilterBar url={list.url} values={{ city: list.filters }} idPrefix="settlement">
            <CityFilter label={t('fields.issuingCity')} />
          </FilterBar>
        )}
        <PagedTable
          list={list}
          columns={columns}
          emptyText={t('settlements.empty')}
          data-testid="settlement-table"
        />
      </Card>
      {creating && <NewSettlementDialog onClose={() => setCreating(false)} />}
    </>
  )
}
