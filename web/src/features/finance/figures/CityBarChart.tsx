// The nine cities side by side as bars, one series per figure: money in 10,000 yuan on the axis (the tooltip gives
// the exact amounts), or counts.
import { BarChart, type BarSeriesOption } from 'echarts/charts'
import {
  LegendComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
} from 'echarts/components'
import type { ComposeOption } from 'echarts/core'
import type { City } from '../../../shared/api/types'
import { echarts } from '../../../shared/charts/echarts'
import { EChart } from '../../../shared/charts/EChart'
import { cityAxis, indexOfPoint } from '../../../shared/charts/points'
import { formatCount, formatFen } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'

echarts.use([BarChart, LegendComponent])

type BarOption = ComposeOption<
  BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>

export interface CitySeries {
  name: string
  colour: string
  /** one value per city, in the cities' order: fen for money, else a count */
  values: number[]
}

interface CityBarChartProps {
  cities: City[]
  series: CitySeries[]
  unit: 'fen' | 'count'
  axisName: string
  label: string
  testId: string
}

const fenPerTenThousandYuan = 1_000_000

export function CityBarChart({ cities, series, unit, axisName, label, testId }: CityBarChartProps) {
  const { language, nameOf } = useLanguage()
  const shown = (value: number) =>
    unit === 'fen' ? formatFen(value, language) : formatCount(value, language)
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
    yAxis: { type: 'value', name: axisName, minInterval: unit === 'count' ? 1 : 0 },
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
