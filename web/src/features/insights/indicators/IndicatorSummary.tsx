// Every indicator at a glance: its latest value (the corridor's, or each city's latest for a city indicator: the
// first city's here), the target and the gap in the colour of its direction, the trend, the period and the source.
import { ArrowDownOutlined, ArrowUpOutlined, MinusOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { column, type Column } from '../../../shared/ui/columns'
import { DataTable } from '../../../shared/ui/DataTable'
import { Day } from '../../../shared/ui/Formatted'
import type { Indicator } from '../common/insights.types'
import { formatIndicatorValue, headlineSeries, trendOf } from './indicatorFigures'
import { GapText } from './IndicatorValuesTable'

const trendIcons = { up: <ArrowUpOutlined />, down: <ArrowDownOutlined />, flat: <MinusOutlined /> }

export function IndicatorSummary({ indicators, loading }: { indicators: Indicator[]; loading: boolean }) {
  const { t } = useTranslation('insights')
  const { language, isChinese, nameOf } = useLanguage()
  const columns: Column<Indicator & { id: string }>[] = [
    column('name', t('indicators.name'), (row) => nameOf(row), { width: 220, fixed: 'left' }),
    column(
      'latest',
      t('indicators.latest'),
      (row) => {
        const series = headlineSeries(row)
        const latest = series?.latest ?? null
        if (latest === null || series === undefined) return '—'
        const scope = row.series.length > 1 ? ` (${isChinese ? series.scopeNameZh : series.scopeNameEn})` : ''
        return `${formatIndicatorValue(latest.value, row, language)}${scope}`
      },
      { width: 190, align: 'right' },
    ),
    column(
      'target',
      t('indicators.target'),
      (row) => (row.target === null ? '—' : formatIndicatorValue(row.target, row, language)),
      { width: 110, align: 'right' },
    ),
    column(
      'gap',
      t('indicators.gap'),
      (row) => <GapText value={headlineSeries(row)?.latest ?? null} indicator={row} />,
      {
        width: 110,
        align: 'right',
      },
    ),
    column(
      'trend',
      t('indicators.trend'),
      (row) => {
        const trend = trendOf(headlineSeries(row))
        return trend === null ? (
          '—'
        ) : (
          <span aria-label={t(`indicators.trends.${trend}`)}>{trendIcons[trend]}</span>
        )
      },
      80,
    ),
    column(
      'period',
      t('indicators.periodEnd'),
      (row) => {
        const latest = headlineSeries(row)?.latest
        return latest == null ? '—' : <Day day={latest.periodEnd} />
      },
      130,
    ),
    column('source', t('indicators.source'), (row) => headlineSeries(row)?.latest?.source ?? row.source, {
      width: 300,
      ellipsis: true,
    }),
    column(
      'published',
      t('indicators.publishedOn'),
      (row) => {
        const latest = headlineSeries(row)?.latest
        return latest == null ? '—' : <Day day={latest.publishedOn} />
      },
      130,
    ),
  ]
  return (
    <DataTable
      rows={indicators.map((indicator) => ({ ...indicator, id: indicator.code }))}
      columns={columns}
      loading={loading}
      size="small"
      scroll={{ x: 1270 }}
      data-testid="indicator-summary"
    />
  )
}
