// A scope's integration index over the months: the index as a line (base month = 100, on the left axis) over each
// kind's contribution to its change from 100 as stacked bars (on the right axis; they add up to index − 100).
import { BarChart, LineChart, type BarSeriesOption, type LineSeriesOption } from 'echarts/charts'
import {
  LegendComponent,
  MarkLineComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type MarkLineComponentOption,
  type TooltipComponentOption,
} from 'echarts/components'
import type { ComposeOption } from 'echarts/core'
import { useTranslation } from 'react-i18next'
import { echarts } from '../../../shared/charts/echarts'
import { EChart } from '../../../shared/charts/EChart'
import { indexOfPoint } from '../../../shared/charts/points'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { kindColours } from '../common/kinds'
import { formatMonth } from '../common/period'
import { alignedAxes, contributingKinds, type IndexRow } from './indexSeries'

echarts.use([LineChart, BarChart, LegendComponent, MarkLineComponent])

type IndexOption = ComposeOption<
  | LineSeriesOption
  | BarSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
  | MarkLineComponentOption
>

const points = (value: number | null, language: string) =>
  value === null ? '—' : new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value)

export function IndexChart({
  rows,
  testId,
  height = 340,
}: {
  rows: IndexRow[]
  testId: string
  height?: number
}) {
  const { t } = useTranslation('insights')
  const { language } = useLanguage()
  const kinds = contributingKinds(rows)
  const axes = alignedAxes(rows, kinds)
  const months = rows.map((row) => formatMonth(row.month, language))
  const describe = (pointed: unknown) => {
    const index = indexOfPoint(pointed)
    const row = index === null ? undefined : rows[index]
    if (row === undefined) return ''
    return [
      `${months[index ?? 0] ?? ''}: ${t('index.value')} ${points(row.indexValue, language)}`,
      ...kinds.map((kind) => `${t(`kinds.${kind}`)} ${points(row.contributions[kind], language)}`),
    ].join('<br/>')
  }
  const option: IndexOption = {
    animation: false,
    grid: { left: 48, right: 48, top: 64, bottom: 32 },
    legend: { top: 0, type: 'scroll', itemWidth: 12, itemHeight: 12 },
    tooltip: { trigger: 'axis', formatter: describe },
    xAxis: { type: 'category', data: months },
    yAxis: [
      { type: 'value', name: t('index.value'), ...axes.index },
      { type: 'value', name: t('index.contribution'), splitLine: { show: false }, ...axes.contribution },
    ],
    series: [
      ...kinds.map((kind): BarSeriesOption => ({
        type: 'bar',
        name: t(`kinds.${kind}`),
        stack: 'contributions',
        yAxisIndex: 1,
        barMaxWidth: 18,
        itemStyle: { color: kindColours[kind], opacity: 0.75 },
        data: rows.map((row) => row.contributions[kind]),
      })),
      {
        type: 'line',
        name: t('index.value'),
        data: rows.map((row) => row.indexValue),
        lineStyle: { color: '#0b2f6b', width: 2.5 },
        itemStyle: { color: '#0b2f6b' },
        connectNulls: false,
        markLine: {
          silent: true,
          symbol: 'none',
          label: { formatter: t('index.base'), position: 'insideStartTop' },
          lineStyle: { type: 'dashed', color: '#8c8c8c' },
          data: [{ yAxis: 100 }],
        },
      },
    ],
  }
  const summary = rows
    .map((row, index) => `${months[index] ?? ''} ${points(row.indexValue, language)}`)
    .join('; ')
  return (
    <EChart
      option={option}
      label={`${t('index.chartLabel')}: ${summary}`}
      testId={testId}
      frame={{ height }}
    />
  )
}
