// The integration index of the corridor and of each city over the months, one line each (base month = 100).
import { LineChart, type LineSeriesOption } from 'echarts/charts'
import {
  LegendComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
} from 'echarts/components'
import type { ComposeOption } from 'echarts/core'
import { useTranslation } from 'react-i18next'
import { echarts } from '../../../shared/charts/echarts'
import { EChart } from '../../../shared/charts/EChart'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { formatMonth } from '../common/period'
import type { ScopeSeries } from './scopeSeries'

echarts.use([LineChart, LegendComponent])

type LinesOption = ComposeOption<
  LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>

export function ScopesChart({ months, series }: { months: string[]; series: ScopeSeries[] }) {
  const { t } = useTranslation('insights')
  const { language } = useLanguage()
  const option: LinesOption = {
    animation: false,
    grid: { left: 48, right: 16, top: 72, bottom: 32 },
    legend: { top: 0, type: 'scroll', itemWidth: 12, itemHeight: 12 },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value) => (typeof value === 'number' ? value.toFixed(2) : '—'),
    },
    xAxis: { type: 'category', data: months.map((month) => formatMonth(month, language)) },
    yAxis: { type: 'value', name: t('index.value'), scale: true },
    series: series.map((line) => ({
      type: 'line',
      name: line.name,
      data: line.values,
      connectNulls: false,
      showSymbol: months.length < 24,
      lineStyle: line.corridor ? { width: 3.5, color: '#0b2f6b' } : { width: 1.5 },
      itemStyle: line.corridor ? { color: '#0b2f6b' } : undefined,
      z: line.corridor ? 3 : 2,
    })),
  }
  const summary = series.map((line) => `${line.name} ${line.values.at(-1)?.toFixed(2) ?? '—'}`).join('; ')
  return (
    <EChart
      option={option}
      label={`${t('index.scopesTitle')}: ${summary}`}
      testId="index-scopes-chart"
      frame={{ height: 360 }}
    />
  )
}
