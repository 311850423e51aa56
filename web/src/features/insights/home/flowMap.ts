// The corridor map's option: the four provinces' boundaries (shared/charts/corridorGeo.ts), the nine cities as dots
// sized by the activity they send and receive, and each cross-city flow of one kind as an arrow from city to city,
// as wide as its value. Suppressed cells draw no arrow.
import type { LinesSeriesOption, ScatterSeriesOption } from 'echarts/charts'
import type { GeoComponentOption, TooltipComponentOption } from 'echarts/components'
import type { ComposeOption } from 'echarts/core'
import { corridorGeoOf, provinceNames } from '../../../shared/charts/corridorGeo'
import type { FlowCell } from '../common/insights.types'

export type FlowMapOption = ComposeOption<
  GeoComponentOption | LinesSeriesOption | ScatterSeriesOption | TooltipComponentOption
>

export interface MapCity {
  code: string
  name: string
  longitude: number
  latitude: number
}

export interface FlowLine {
  fromCityCode: string
  toCityCode: string
  value: number
  records: number
  coords: [[number, number], [number, number]]
  lineStyle: { width: number }
}

/** how large the map draws its marks: on a phone's narrow map, smaller */
const sizes = {
  wide: {
    lineWidthMin: 1.2,
    lineWidthRange: 7,
    arrow: 9,
    dotMin: 10,
    dotRange: 22,
    font: 12,
    provinceFont: 13,
  },
  compact: {
    lineWidthMin: 0.8,
    lineWidthRange: 3.5,
    arrow: 6,
    dotMin: 6,
    dotRange: 12,
    font: 10,
    provinceFont: 10,
  },
}
type Sizes = (typeof sizes)['wide']
/** degrees of map around the cities: room for their names, and a look at the land around them */
const margin = { west: 0.8, east: 1.1, north: 0.65, south: 0.55 }

/** where each province's name is written: inside its land and clear of the cities' dots */
const provinceLabelAt: Record<(typeof provinceNames)[number]['name'], [number, number]> = {
  Anhui: [116.95, 30.35],
  Jiangsu: [119.35, 32.35],
  Zhejiang: [121.0, 29.35],
  Shanghai: [121.78, 31.45],
}

/** The cross-city cells with a value to draw, widest last (drawn on top). */
export function flowLines(
  cells: readonly FlowCell[],
  cities: readonly MapCity[],
  { lineWidthMin, lineWidthRange }: Pick<Sizes, 'lineWidthMin' | 'lineWidthRange'> = sizes.wide,
): FlowLine[] {
  const at = new Map(cities.map((city) => [city.code, [city.longitude, city.latitude] as [number, number]]))
  const drawn = cells.filter(
    (cell) => cell.fromCityCode !== cell.toCityCode && cell.value !== null && cell.value > 0,
  )
  const largest = Math.max(1, ...drawn.map((cell) => cell.value ?? 0))
  return drawn
    .flatMap((cell) => {
      const from = at.get(cell.fromCityCode)
      const to = at.get(cell.toCityCode)
      const value = cell.value ?? 0
      if (from === undefined || to === undefined) return []
      const width = lineWidthMin + lineWidthRange * Math.sqrt(value / largest)
      return [{ ...cell, value, coords: [from, to] as FlowLine['coords'], lineStyle: { width } }]
    })
    .sort((first, second) => first.value - second.value)
}

/** What each city sends and receives across city lines, by code (a suppressed cell counts as nothing). */
export function crossActivity(cells: readonly FlowCell[]): Map<string, number> {
  const activity = new Map<string, number>()
  for (const cell of cells) {
    if (cell.fromCityCode === cell.toCityCode || cell.value === null) continue
    for (const code of [cell.fromCityCode, cell.toCityCode])
      activity.set(code, (activity.get(code) ?? 0) + cell.value)
  }
  return activity
}

export function isFlowLine(value: unknown): value is { data: FlowLine } {
  if (typeof value !== 'object' || value === null || !('data' in value)) return false
  const data = value.data
  return typeof data === 'object' && data !== null && 'fromCityCode' in data && 'toCityCode' in data
}

interface FlowMapInput {
  cities: readonly MapCity[]
  cells: readonly FlowCell[]
  colour: string
  isChinese: boolean
  describeLine: (line: FlowLine) => string
  describeCity: (code: string) => string
  /** a phone's narrow map: smaller marks and names */
  compact?: boolean
}

export function flowMapOption(input: FlowMapInput): FlowMapOption {
  const { cities, cells, colour, isChinese } = input
  const size = input.compact === true ? sizes.compact : sizes.wide
  const longitudes = cities.map((city) => city.longitude)
  const latitudes = cities.map((city) => city.latitude)
  const activity = crossActivity(cells)
  const busiest = Math.max(1, ...activity.values())
  return {
    animation: false,
    tooltip: {
      trigger: 'item',
      formatter: (point: unknown) =>
        isFlowLine(point)
          ? input.describeLine(point.data)
          : isCityDot(point)
            ? input.describeCity(point.data.code)
            : '',
    },
    geo: corridorGeoOf(longitudes, latitudes, margin),
    series: [
      {
        type: 'scatter',
        coordinateSystem: 'geo',
        silent: true,
        symbolSize: 0,
        label: {
          show: true,
          formatter: '{b}',
          color: '#8a9bb5',
          fontSize: size.provinceFont,
          fontStyle: 'italic',
        },
        data: provinceNames.map((province) => ({
          name: isChinese ? province.nameZh : province.nameEn,
          value: provinceLabelAt[province.name],
        })),
      },
      {
        type: 'lines',
        coordinateSystem: 'geo',
        zlevel: 1,
        cursor: 'pointer',
        symbol: ['none', 'arrow'],
        symbolSize: size.arrow,
        lineStyle: { color: colour, opacity: 0.7, curveness: 0.22 },
        emphasis: { lineStyle: { opacity: 1, color: '#f5a623' } },
        data: flowLines(cells, cities, size),
      },
      {
        type: 'scatter',
        coordinateSystem: 'geo',
        zlevel: 2,
        cursor: 'pointer',
        itemStyle: { color: '#0b2f6b', borderColor: '#ffffff', borderWidth: 2 },
        label: {
          show: true,
          position: 'right',
          formatter: '{b}',
          color: '#1f2937',
          fontSize: size.font,
          fontWeight: 600,
          textBorderColor: '#ffffff',
          textBorderWidth: 3,
        },
        labelLayout: { moveOverlap: 'shiftY' },
        data: cities.map((city) => ({
          code: city.code,
          name: city.name,
          value: [city.longitude, city.latitude],
          symbolSize: size.dotMin + size.dotRange * Math.sqrt((activity.get(city.code) ?? 0) / busiest),
        })),
      },
    ],
  }
}

export function isCityDot(value: unknown): value is { data: { code: string } } {
  if (typeof value !== 'object' || value === null || !('data' in value)) return false
  const data = value.data
  return typeof data === 'object' && data !== null && 'code' in data && typeof data.code === 'string'
}
