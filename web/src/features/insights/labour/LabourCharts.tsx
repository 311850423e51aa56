// The division of labour's charts: location quotients as a city × industry heat map (blue above 1, the city
// specialised; orange below), the Krugman index of each pair of cities as a heat map, and the mean index over the
// years as a line with each city against the rest.
import { LineChart, type HeatmapSeriesOption, type LineSeriesOption } from 'echarts/charts'
import {
  LegendComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
} from 'echarts/components'
import type { ComposeOption } from 'echarts/core'
import { useTranslation } from 'react-i18next'
import type { HeatmapOption } from '../../../shared/charts/cityHeatmap'
import { echarts } from '../../../shared/charts/echarts'
import { EChart } from '../../../shared/charts/EChart'
import type { LabourYear } from '../common/insights.types'
import { krugmanCells, quotientCells, type meanSeries } from './labour'

echarts.use([LineChart, LegendComponent])

const fixed = (point: unknown) => {
  if (typeof point !== 'object' || point === null || !('data' in point)) return ''
  const data = point.data
  if (typeof data !== 'object' || data === null || !('value' in data) || !Array.isArray(data.value)) return ''
  const value: unknown = data.value[2]
  return typeof value === 'number' ? value.toFixed(2) : ''
}

interface Axes {
  x: string[]
  y: string[]
  xName: string
  yName: string
}

function heatmapOption(axes: Axes, data: HeatmapSeriesOption['data'], visualMap: HeatmapOption['visualMap']) {
  const option: HeatmapOption = {
    animation: false,
    grid: { left: 90, right: 16, top: 12, bottom: 120 },
    tooltip: { trigger: 'item', formatter: fixed },
    xAxis: {
      type: 'category',
      data: axes.x,
      name: axes.xName,
      nameLocation: 'middle',
      nameGap: 66,
      splitArea: { show: true },
      axisLabel: { interval: 0, rotate: 35, fontSize: 11, width: 90, overflow: 'truncate' },
    },
    yAxis: {
      type: 'category',
      data: axes.y,
      name: axes.yName,
      nameLocation: 'middle',
      nameGap: 76,
      inverse: true,
    },
    visualMap,
    series: [{ type: 'heatmap', data, label: { show: true, formatter: fixed, fontSize: 11 } }],
  }
  return option
}

const scale = { orient: 'horizontal' as const, left: 'center', bottom: 0 }

export function QuotientHeatmap({
  year,
  cities,
  industries,
}: {
  year: LabourYear
  cities: Axis
  industries: Axis
}) {
  const { t } = useTranslation('insights')
  const cells = quotientCells(year, cities.codes, industries.codes)
  const option = heatmapOption(
    { x: industries.names, y: cities.names, xName: t('labour.industry'), yName: t('labour.city') },
    cells,
    {
      type: 'piecewise',
      ...scale,
      itemWidth: 14,
      // 1 is the corridor's own share: orange below it (less of the industry), blue above (specialised)
      pieces: [
        { lt: 0.5, color: '#f5a623', label: '< 0.5' },
        { gte: 0.5, lt: 0.8, color: '#fcd89a', label: '0.5–0.8' },
        { gte: 0.8, lt: 1.25, color: '#f0f0f0', label: '0.8–1.25' },
        { gte: 1.25, lt: 2, color: '#7aa7e6', label: '1.25–2' },
        { gte: 2, color: '#1561c9', label: '≥ 2' },
      ],
    },
  )
  const label = t('labour.quotientLabel', {
    year: year.year,
    cells: cells
      .map(
        (cell) =>
          `${cities.names[cell.value[1]] ?? ''} ${industries.names[cell.value[0]] ?? ''} ${cell.value[2].toFixed(2)}`,
      )
      .join('; '),
  })
  return <EChart option={option} label={label} testId="quotient-heatmap" frame={{ height: 460 }} />
}

export interface Axis {
  codes: string[]
  names: string[]
}

export function KrugmanHeatmap({ year, cities }: { year: LabourYear; cities: Axis }) {
  const { t } = useTranslation('insights')
  const cells = krugmanCells(year, cities.codes)
  const option = heatmapOption(
    { x: cities.names, y: cities.names, xName: t('labour.city'), yName: t('labour.city') },
    cells,
    {
      type: 'continuous',
      min: 0,
      max: 2,
      text: ['2', '0'],
      inRange: { color: ['#e8f1fd', '#7aa7e6', '#1561c9', '#0b2f6b'] },
      ...scale,
    },
  )
  const label = t('labour.krugmanLabel', { year: year.year, mean: year.krugman.mean.toFixed(2) })
  return <EChart option={option} label={label} testId="krugman-heatmap" frame={{ height: 460 }} />
}

type TrendOption = ComposeOption<
  LineSeriesOption | LegendComponentOption | GridComponentOption | TooltipComponentOption
>

export function KrugmanTrend({ series, cities }: { series: ReturnType<typeof meanSeries>; cities: Axis }) {
  const { t } = useTranslation('insights')
  const option: TrendOption = {
    animation: false,
    grid: { left: 48, right: 16, top: 72, bottom: 32 },
    legend: { top: 0, type: 'scroll', itemWidth: 12, itemHeight: 12 },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value) => (typeof value === 'number' ? value.toFixed(3) : '—'),
    },
    xAxis: { type: 'category', data: series.years.map(String) },
    yAxis: { type: 'value', name: t('labour.krugman'), min: 0 },
    series: [
      {
        type: 'line',
        name: t('labour.mean'),
        data: series.means,
        lineStyle: { width: 3.5, color: '#0b2f6b' },
        itemStyle: { color: '#0b2f6b' },
        z: 3,
      },
      ...cities.codes.map((code, index): LineSeriesOption => ({
        type: 'line',
        name: t('labour.againstRest', { city: cities.names[index] ?? code }),
        data: series.againstRest(code),
        lineStyle: { width: 1, type: 'dashed' },
        symbolSize: 4,
      })),
    ],
  }
  const label = t('labour.trendLabel', {
    means: series.years.map((year, index) => `${year} ${series.means[index]?.toFixed(3) ?? ''}`).join('; '),
  })
  return <EChart option={option} label={label} testId="krugman-trend" frame={{ height: 340 }} />
}
