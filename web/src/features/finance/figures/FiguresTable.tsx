// The figures city by city, with the totals of the rows shown as the last line.
import { Table, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
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
    {
      key: 'city',
      title: t('common.city'),
      fixed: 'left',
      width: 100,
      render: (_, row) =>
        row.cityCode === 'total' ? (
          <strong>{t('figures.total')}</strong>
        ) : (
          <CityName code={row.cityCode} linked />
        ),
    },
    {
      key: 'decisions',
      title: t('figures.decisions'),
      align: 'right',
      width: 100,
      render: (_, row) =>
        `${formatCount(row.approvedCount, language)} / ${formatCount(row.declinedCount, language)}`,
    },
    {
      key: 'granted',
      title: t('figures.creditGranted'),
      align: 'right',
      width: 140,
      render: (_, row) => <Money fen={row.creditGrantedFen} />,
    },
    {
      key: 'drawn',
      title: t('figures.creditDrawn'),
      align: 'right',
      width: 140,
      render: (_, row) => <Money fen={row.creditDrawnFen} />,
    },
    {
      key: 'growth',
      title: t('figures.loanGrowth'),
      align: 'right',
      width: 150,
      render: (_, row) => (
        <>
          {growth(row.loanGrowthPercent)}
          <span className="g60-secondary-name">
            {t('figures.previousLine', { amount: formatFen(row.previousCreditDrawnFen, language) })}
          </span>
        </>
      ),
    },
    {
      key: 'firstTime',
      title: t('figures.firstTimeBorrowers'),
      align: 'right',
      width: 80,
      render: (_, row) => formatCount(row.firstTimeBorrowers, language),
    },
    {
      key: 'guarantees',
      title: t('figures.guarantees'),
      align: 'right',
      width: 140,
      render: (_, row) => (
        <>
          <Money fen={row.guaranteesFen} />
          <span className="g60-secondary-name">
            {t('figures.shareLine', { share: formatPercent(row.guaranteeSharePercent, language) })}
          </span>
        </>
      ),
    },
    {
      key: 'equity',
      title: t('figures.equityRaised'),
      align: 'right',
      width: 140,
      render: (_, row) => <Money fen={row.equityRaisedFen} />,
    },
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
