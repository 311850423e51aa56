// The nine cities side by side as bars, one series per figure: money in 10,000 yuan on the axis (the tooltip gives
// the exact amounts), counts, or shares in per cent (0–100).
import { BarChart, type BarSeriesOption } from 'echarts/charts'
import {
  LegendComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
} from 'echarts/components'
import type { ComposeOption } from 'echarts/core'
import { formatCount, formatFen } from '../format/format'
import { useLanguage, type Named } from '../i18n/useLanguage'
import { echarts } from './echarts'
import { EChart } from './EChart'
import { cityAxis, indexOfPoint } from './points'

echarts.use([BarChart, LegendComponent])

type BarOption = ComposeOption<
  BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>

export interface CitySeries {
  name: string
  colour: string
  /** one value per city, in the cities' order: fen for money, a count, or a share in per cent */
  values: number[]
}

interface CityBarChartProps {
  cities: Named[]
  series: CitySeries[]
  unit: 'fen' | 'count' | 'percent'
  axisName: string
  label: string
  testId: string
}

const fenPerTenThousandYuan = 1_000_000

export function CityBarChart({ cities, series, unit, axisName, label, testId }: CityBarChartProps) {
  const { language, nameOf } = useLanguage()
  const shown = (value: number) =>
    unit === 'fen'
      ? formatFen(value, language)
      : unit === 'percent'
        ? `${formatCount(value, language)}%`
        : formatCount(value, language)
  const describe = (points: unknown) => {
    const index = indexOfPoint(points)
    const city = index === null ? undefined : cities[index]
    if (index === null || city === undefined) return ''
    return [nameOf(city), ...series.map((item) => `${item.name}: ${shown(item.values[index] ?? 0)}`)].join(
      '<br/>',
    )
  }
  const option: BarOption = {
    animation: false,
    grid: { left: 56, right: 16, top: 64, bottom: 56 },
    legend: { top: 0, itemWidth: 12, itemHeight: 12 },
    tooltip: { trigger: 'axis', formatter: describe },
    xAxis: cityAxis(cities.map((city) => nameOf(city))),
    yAxis:
      unit === 'percent'
        ? { type: 'value', name: axisName, min: 0, max: 100, axisLabel: { formatter: '{value}%' } }
        : { type: 'value', name: axisName, minInterval: unit === 'count' ? 1 : 0 },
    series: series.map((item) => ({
      type: 'bar',
      name: item.name,
      data: item.values.map((value) => (unit === 'fen' ? value / fenPerTenThousandYuan : value)),
      barMaxWidth: 22,
      itemStyle: { color: item.colour, borderRadius: [3, 3, 0, 0] },
    })),
  }
  const summary = cities
    .map(
      (city, index) =>
        `${nameOf(city)} ${series.map((item) => `${item.name} ${shown(item.values[index] ?? 0)}`).join(', ')}`,
    )
    .join('; ')
  return <EChart option={option} label={`${label}: ${summary}`} testId={testId} frame={{ height: 300 }} />
}
