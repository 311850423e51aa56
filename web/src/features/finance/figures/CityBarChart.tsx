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
import ReactEChartsCore from 'echarts-for-react/esm/core'
import type { City } from '../../../shared/api/types'
import { echarts } from '../../../shared/charts/echarts'
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

function indexOfPoint(value: unknown): number | null {
  if (typeof value !== 'object' || value === null || !('dataIndex' in value)) return null
  return typeof value.dataIndex === 'number' ? value.dataIndex : null
}

export function CityBarChart({ cities, series, unit, axisName, label, testId }: CityBarChartProps) {
  const { language, nameOf } = useLanguage()
  const shown = (value: number) =>
    unit === 'fen' ? formatFen(value, language) : formatCount(value, language)
  const describe = (points: unknown) => {
    const first = Array.isArray(points) ? points[0] : points
    const index = indexOfPoint(first)
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
    xAxis: {
      type: 'category',
      data: cities.map((city) => nameOf(city)),
      axisLabel: { interval: 0, rotate: 30 },
    },
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
  return (
    <div
      data-testid={testId}
      role="img"
      aria-label={`${label}: ${summary}`}
      style={{ width: '100%', height: 300 }}
    >
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge
        lazyUpdate
        style={{ width: '100%', height: '100%' }}
        opts={{ renderer: 'canvas' }}
      />
    </div>
  )
}
