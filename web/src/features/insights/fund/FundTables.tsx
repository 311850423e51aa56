// The G60 fund's figures as tables (the server writes their files): each backer's commitment, calls and what remains; the portfolio by
// industry × city; the amounts by stage.
import { useTranslation } from 'react-i18next'
import { useLanguage, type Named } from '../../../shared/i18n/useLanguage'
import { column, moneyColumn, type Column } from '../../../shared/ui/columns'
import { DataTable } from '../../../shared/ui/DataTable'
import { Count, Day } from '../../../shared/ui/Formatted'
import { Money } from '../../../shared/ui/Money'
import type { Backer, FundFigures } from '../common/insights.types'

export function BackersTable({ figures }: { figures: FundFigures }) {
  const { t } = useTranslation('insights')
  const { nameOf } = useLanguage()
  const columns: Column<Backer & { id: string }>[] = [
    column('name', t('fund.backer'), (row) => nameOf(row), { width: 220, fixed: 'left' }),
    moneyColumn('committed', t('fund.committed'), (row) => row.committedFen, 170),
    moneyColumn('called', t('fund.called'), (row) => row.calledFen, 170),
    moneyColumn('remaining', t('fund.remaining'), (row) => row.remainingFen, 170),
    column('committedOn', t('fund.committedOn'), (row) => <Day day={row.committedOn} />, 130),
  ]
  return (
    <DataTable
      rows={figures.backers.map((backer) => ({ ...backer, id: backer.code }))}
      columns={columns}
      size="small"
      scroll={{ x: 860 }}
      data-testid="fund-backers-table"
    />
  )
}

interface HeatRow {
  id: string
  industry: Named
  amounts: { amountFen: number; investments: number }[]
}

function heatRows(figures: FundFigures): HeatRow[] {
  const { industries, cities, cells } = figures.heatMap
  return industries.map((industry) => ({
    id: industry.code,
    industry,
    amounts: cities.map((city) => {
      const cell = cells.find((entry) => entry.industry === industry.code && entry.cityCode === city.code)
      return { amountFen: cell?.amountFen ?? 0, investments: cell?.investments ?? 0 }
    }),
  }))
}

export function PortfolioTable({ figures }: { figures: FundFigures }) {
  const { t } = useTranslation('insights')
  const { nameOf } = useLanguage()
  const cities = figures.heatMap.cities
  const columns: Column<HeatRow>[] = [
    column('industry', t('fund.industry'), (row) => nameOf(row.industry), { width: 150, fixed: 'left' }),
    ...cities.map((city, index) =>
      column(
        city.code,
        nameOf(city),
        (row: HeatRow) => {
          const amount = row.amounts[index]
          return amount === undefined || amount.investments === 0 ? (
            '—'
          ) : (
            <>
              <Money fen={amount.amountFen} />
              <br />
              <span className="g60-muted" style={{ fontSize: 12 }}>
                {t('fund.investmentsCount', { count: amount.investments })}
              </span>
            </>
          )
        },
        { width: 150, align: 'right' },
      ),
    ),
  ]
  return (
    <DataTable<HeatRow>
      rows={heatRows(figures)}
      columns={columns}
      size="small"
      scroll={{ x: 150 + cities.length * 150 }}
      data-testid="fund-portfolio-table"
    />
  )
}

type StageRow = FundFigures['byStage'][number] & { id: string }

export function StageTable({ figures }: { figures: FundFigures }) {
  const { t } = useTranslation('insights')
  const { nameOf } = useLanguage()
  const right = { width: 110, align: 'right' as const }
  const columns: Column<StageRow>[] = [
    column('stage', t('fund.stage'), (row) => nameOf(row.stage), 110),
    moneyColumn('amount', t('fund.invested'), (row) => row.amountFen, 170),
    column('investments', t('fund.investments'), (row) => <Count value={row.investments} />, right),
    column('followOns', t('fund.followOns'), (row) => <Count value={row.followOns} />, right),
    column('firms', t('fund.firms'), (row) => <Count value={row.firms} />, right),
    column('exits', t('fund.exits'), (row) => <Count value={row.exits} />, right),
    moneyColumn('proceeds', t('fund.exitProceeds'), (row) => row.exitProceedsFen, 170),
  ]
  return (
    <DataTable<StageRow>
      rows={figures.byStage.map((row) => ({ ...row, id: row.stage.code }))}
      columns={columns}
      size="small"
      scroll={{ x: 900 }}
      data-testid="fund-stage-table"
    />
  )
}
