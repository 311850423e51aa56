// The figures city by city, with the totals of the rows shown as the last line.
import { Table, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { column, moneyColumn } from '../../../shared/ui/columns'
import { formatCount, formatFen } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { Money } from '../../../shared/ui/Money'
import { CityName } from '../../../shared/reference/CityName'
import type { CityFigures } from '../common/finance.types'
import { formatPercent } from '../common/format'
import { totalsOf, type FigureTotals } from './totals'

type Row = CityFigures | (FigureTotals & { cityCode: 'total' })

export function FiguresTable({ rows, loading }: { rows: CityFigures[]; loading: boolean }) {
  const { t } = useTranslation('finance')
  const { language } = useLanguage()
  const growth = (value: number | null) =>
    value === null ? (
      <span className="g60-muted">{t('common.none')}</span>
    ) : (
      `${value > 0 ? '+' : ''}${formatPercent(value, language)}`
    )
  const columns: TableColumnsType<Row> = [
    column(
      'city',
      t('common.city'),
      (row) =>
        row.cityCode === 'total' ? (
          <strong>{t('figures.total')}</strong>
        ) : (
          <CityName code={row.cityCode} linked />
        ),
      { width: 100, fixed: 'left' },
    ),
    column(
      'decisions',
      t('figures.decisions'),
      (row) => `${formatCount(row.approvedCount, language)} / ${formatCount(row.declinedCount, language)}`,
      { align: 'right', width: 100 },
    ),
    moneyColumn('granted', t('figures.creditGranted'), (row) => row.creditGrantedFen, 140),
    moneyColumn('drawn', t('figures.creditDrawn'), (row) => row.creditDrawnFen, 140),
    column(
      'growth',
      t('figures.loanGrowth'),
      (row) => (
        <>
          {growth(row.loanGrowthPercent)}
          <span className="g60-secondary-name">
            {t('figures.previousLine', { amount: formatFen(row.previousCreditDrawnFen, language) })}
          </span>
        </>
      ),
      { align: 'right', width: 150 },
    ),
    column(
      'firstTime',
      t('figures.firstTimeBorrowers'),
      (row) => formatCount(row.firstTimeBorrowers, language),
      { align: 'right', width: 80 },
    ),
    column(
      'guarantees',
      t('figures.guarantees'),
      (row) => (
        <>
          <Money fen={row.guaranteesFen} />
          <span className="g60-secondary-name">
            {t('figures.shareLine', { share: formatPercent(row.guaranteeSharePercent, language) })}
          </span>
        </>
      ),
      { align: 'right', width: 140 },
    ),
    moneyColumn('equity', t('figures.equityRaised'), (row) => row.equityRaisedFen, 140),
  ]
  const dataSource: Row[] = rows.length > 1 ? [...rows, { ...totalsOf(rows), cityCode: 'total' }] : rows
  return (
    <Table<Row>
      rowKey="cityCode"
      columns={columns}
      dataSource={dataSource}
      loading={loading}
      pagination={false}
      size="middle"
      scroll={{ x: 990 }}
      rowClassName={(row) => (row.cityCode === 'total' ? 'g60-total-row' : '')}
      data-testid="finance-figures-table"
    />
  )
}
