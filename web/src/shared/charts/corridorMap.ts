// The option of the one corridor map: the four provinces from the shipped boundaries (corridorGeo.ts), the G60 line
// through the nine cities, and each city as a dot sized by the figure the page shows, named beside it (names that
// would overlap are moved apart, then hidden) with the exact figure in its tooltip.
import type { LinesSeriesOption, ScatterSeriesOption } from 'echarts/charts'
import type { GeoComponentOption, TooltipComponentOption } from 'echarts/components'
import type { ComposeOption } from 'echarts/core'
import { corridorGeoOf } from './corridorGeo'

export type CorridorMapOption = ComposeOption<
  GeoComponentOption | LinesSeriesOption | ScatterSeriesOption | TooltipComponentOption
>

export interface CorridorMapCity {
  code: string
  name: string
  longitude: number
  latitude: number
  /** the figure the dot is sized by; null while it is not known */
  value: number | null
}

/**
 * The nine cities in the order the corridor is drawn, from Hefei in the west through Songjiang to Jinhua in the
 * south: the G60 line joins them in this order.
 */
export const corridorLineOrder = ['HF', 'WH', 'XC', 'HUZ', 'SZ', 'SH-SJ', 'JX', 'HZ', 'JH'] as const

const dotSizeMin = 8
const dotSizeRange = 26
/** degrees of map around the cities: room for their names (east: the English "Shanghai (Songjiang)") */
const margin = { west: 0.8, east: 1.8, north: 0.6, south: 0.5 }

export function dotSizeOf(value: number | null, largest: number): number {
  return dotSizeMin + dotSizeRange * Math.sqrt(Math.max(0, value ?? 0) / Math.max(1, largest))
}

export function corridorLine(cities: readonly CorridorMapCity[]): [number, number][] {
  return corridorLineOrder.flatMap((code) => {
    const city = cities.find((candidate) => candidate.code === code)
    return city === undefined ? [] : [[city.longitude, city.latitude] as [number, number]]
  })
}

export function isMapCity(value: unknown): value is { data: { code: string } } {
  if (typeof value !== 'object' || value === null || !('data' in value)) return false
  const data = value.data
  return typeof data === 'object' && data !== null && 'code' in data && typeof data.code === 'string'
}

interface CorridorMapInput {
  cities: readonly CorridorMapCity[]
  describe: (code: string) => string
  selected?: string | undefined
  fontSize?: number
}

export function corridorMapOption({
  cities,
  describe,
  selected,
  fontSize = 12,
}: CorridorMapInput): CorridorMapOption {
  const longitudes = cities.map((city) => city.longitude)
  const latitudes = cities.map((city) => city.latitude)
  const largest = Math.max(1, ...cities.map((city) => city.value ?? 0))
  const colourOf = (city: CorridorMapCity) =>
    city.code === selected ? '#f5a623' : (city.value ?? 0) > 0 ? '#1561c9' : '#8c8c8c'
  return {
    animation: false,
    tooltip: {
      trigger: 'item',
      formatter: (point: unknown) => (isMapCity(point) ? describe(point.data.code) : ''),
    },
    geo: corridorGeoOf(longitudes, latitudes, margin),
    series: [
      {
        type: 'lines',
        coordinateSystem: 'geo',
        polyline: true,
        silent: true,
        lineStyle: { color: '#d4380d', width: 2, opacity: 0.55, type: 'dashed' },
        data: [{ coords: corridorLine(cities) }],
      },
      {
        type: 'scatter',
        coordinateSystem: 'geo',
        zlevel: 1,
        cursor: 'pointer',
        itemStyle: { borderColor: '#ffffff', borderWidth: 2, opacity: 0.9 },
        label: {
          show: true,
          position: 'right',
          formatter: '{b}',
          color: '#1f2937',
          fontSize,
          fontWeight: 600,
          textBorderColor: '#ffffff',
          textBorderWidth: 3,
        },
        labelLayout: { moveOverlap: 'shiftY', hideOverlap: true },
        emphasis: { scale: 1.15, itemStyle: { color: '#f5a623' } },
        data: cities.map((city) => ({
          code: city.code,
          name: city.name,
          value: [city.longitude, city.latitude, city.value ?? 0],
          symbolSize: dotSizeOf(city.value, largest),
          itemStyle: { color: colourOf(city) },
        })),
      },
    ],
  }
}
