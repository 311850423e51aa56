// The nine cities drawn from their coordinates, as on the home map, each sized by the instruments that match
// the search; a click on a city narrows the search to it (and a second click widens it again).
import type { LinesSeriesOption, ScatterSeriesOption } from 'echarts/charts'
import type { GridComponentOption } from 'echarts/components'
import type { ComposeOption } from 'echarts/core'
import ReactEChartsCore from 'echarts-for-react/esm/core'
import { useTranslation } from 'react-i18next'
import type { City } from '../../../shared/api/types'
import { echarts } from '../../../shared/charts/echarts'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { mapFrame, shortestNetwork } from '../../../shared/charts/corridorNetwork'
import type { CityCount } from './cityCounts.queries'

type MapOption = ComposeOption<ScatterSeriesOption | LinesSeriesOption | GridComponentOption>

const grid = { left: 0.03, right: 0.22, top: 0.05, bottom: 0.05 }
const symbolSizeMin = 8
const symbolSizeRange = 20
const labelWidthPx = 76

function isCityPoint(value: unknown): value is { data: { code: string } } {
  if (typeof value !== 'object' || value === null || !('data' in value)) return false
  const data = value.data
  return typeof data === 'object' && data !== null && 'code' in data && typeof data.code === 'string'
}

interface InstrumentCityMapProps {
  cities: City[]
  counts: CityCount[]
  selected: string | undefined
  onSelect: (cityCode: string | undefined) => void
}

export function InstrumentCityMap({ cities, counts, selected, onSelect }: InstrumentCityMapProps) {
  const { t } = useTranslation('instruments')
  const { nameOf } = useLanguage()
  const frame = mapFrame(cities)
  const countOf = (code: string) => counts.find((entry) => entry.cityCode === code)
  const countText = (code: string) => {
    const entry = countOf(code)
    if (entry === undefined) return '…'
    return entry.more ? `${entry.count}+` : String(entry.count)
  }
  const most = Math.max(1, ...counts.map((entry) => entry.count))
  const sizeOf = (code: string) =>
    symbolSizeMin + symbolSizeRange * Math.sqrt((countOf(code)?.count ?? 0) / most)
  const colourOf = (code: string) => {
    if (code === selected) return '#f5a623'
    return (countOf(code)?.count ?? 0) > 0 ? '#1561c9' : '#bfbfbf'
  }
  const chartAspectRatio = (frame.aspectRatio * (1 - grid.top - grid.bottom)) / (1 - grid.left - grid.right)
  const percent = (share: number) => `${share * 100}%`
  const hiddenAxis = { show: false } as const

  const option: MapOption = {
    animation: false,
    grid: {
      left: percent(grid.left),
      right: percent(grid.right),
      top: percent(grid.top),
      bottom: percent(grid.bottom),
    },
    xAxis: {
      type: 'value',
      min: frame.minLongitude,
      max: frame.maxLongitude,
      axisLabel: hiddenAxis,
      axisLine: hiddenAxis,
      axisTick: hiddenAxis,
      splitLine: { lineStyle: { type: 'dashed', color: '#eef2f8' } },
    },
    yAxis: {
      type: 'value',
      min: frame.minLatitude,
      max: frame.maxLatitude,
      axisLabel: hiddenAxis,
      axisLine: hiddenAxis,
      axisTick: hiddenAxis,
      splitLine: { lineStyle: { type: 'dashed', color: '#eef2f8' } },
    },
    series: [
      {
        type: 'lines',
        coordinateSystem: 'cartesian2d',
        silent: true,
        lineStyle: { color: '#7aa7e6', width: 2, opacity: 0.45, curveness: 0.08 },
        data: shortestNetwork(cities).map(([from, to]) => ({
          coords: [
            [from.longitude, from.latitude],
            [to.longitude, to.latitude],
          ],
        })),
      },
      {
        type: 'scatter',
        cursor: 'pointer',
        data: cities.map((city) => ({
          code: city.code,
          name: `${nameOf(city)} ${countText(city.code)}`,
          value: [city.longitude, city.latitude],
          symbolSize: sizeOf(city.code),
          itemStyle: { color: colourOf(city.code) },
        })),
        itemStyle: { opacity: 0.9, borderColor: '#ffffff', borderWidth: 2 },
        emphasis: { scale: 1.15, itemStyle: { color: '#f5a623' } },
        label: {
          show: true,
          position: 'right',
          distance: 6,
          formatter: '{b}',
          color: '#1f2937',
          fontSize: 12,
          fontWeight: 600,
          width: labelWidthPx,
          overflow: 'break',
          textBorderColor: '#ffffff',
          textBorderWidth: 3,
        },
        labelLayout: { moveOverlap: 'shiftY' },
      },
    ],
  }

  return (
    <div
      data-testid="instrument-map"
      role="img"
      aria-label={t('search.mapLabel', {
        cities: cities.map((city) => `${nameOf(city)} ${countText(city.code)}`).join(', '),
      })}
      style={{ width: '100%', aspectRatio: String(chartAspectRatio), maxHeight: 300 }}
    >
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge
        lazyUpdate
        style={{ width: '100%', height: '100%' }}
        opts={{ renderer: 'canvas' }}
        onEvents={{
          click: (parameters: unknown) => {
            if (!isCityPoint(parameters)) return
            const code = parameters.data.code
            onSelect(code === selected ? undefined : code)
          },
        }}
      />
    </div>
  )
}
