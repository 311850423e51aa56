import { describe, expect, it } from 'vitest'
import { cityHeatmapOption } from './cityHeatmap'
import { corridorLine, corridorMapOption, dotSizeOf, isMapCity } from './corridorMap'
import { indexOfPoint } from './points'

const places = [
  { code: 'SZ', longitude: 120.6, latitude: 31.3 },
  { code: 'HZ', longitude: 120.2, latitude: 30.3 },
  { code: 'HF', longitude: 117.3, latitude: 31.8 },
]

describe('the console charts', () => {
  it('finds the category a tooltip points at, alone or first of several', () => {
    expect(indexOfPoint({ dataIndex: 2 })).toBe(2)
    expect(indexOfPoint([{ dataIndex: 1 }, { dataIndex: 3 }])).toBe(1)
    expect(indexOfPoint('nothing')).toBeNull()
    expect(indexOfPoint([])).toBeNull()
  })

  it('draws the corridor map: provinces, the G60 line through the cities in order, dots sized by the figure', () => {
    const cities = places.map((place, index) => ({ ...place, name: place.code, value: index * 10 }))
    const option = corridorMapOption({ cities, describe: (code) => `about ${code}` })
    const series = Array.isArray(option.series) ? option.series : []
    expect(series.map((item) => item.type)).toEqual(['lines', 'scatter'])
    // Hefei first, then Suzhou, then Hangzhou: the corridor's order, whatever order the cities came in
    expect(corridorLine(cities)).toEqual([
      [117.3, 31.8],
      [120.6, 31.3],
      [120.2, 30.3],
    ])
    expect(series[1]).toMatchObject({ labelLayout: { hideOverlap: true, moveOverlap: 'shiftY' } })
    expect(dotSizeOf(20, 20)).toBeGreaterThan(dotSizeOf(10, 20))
    expect(dotSizeOf(null, 20)).toBe(dotSizeOf(0, 20))
    expect(isMapCity({ data: { code: 'SZ' } })).toBe(true)
    expect(isMapCity({ data: { name: 'SZ' } })).toBe(false)
  })

  it('lays a city × city heat map out with both axes named and the scale from 0 to the largest value', () => {
    const option = cityHeatmapOption({
      names: ['苏州', '杭州'],
      x: { name: 'owner', nameGap: 72, rotate: 30 },
      y: { name: 'user', nameGap: 114 },
      grid: { left: 130, bottom: 140 },
      data: [{ value: [0, 1, 5] }],
      max: 5,
      scale: ['5 h', '0'],
      describe: () => '',
      cellLabel: () => '',
    })
    expect(option.xAxis).toMatchObject({ name: 'owner', nameGap: 72, axisLabel: { rotate: 30 } })
    expect(option.yAxis).toMatchObject({ name: 'user', inverse: true })
    expect(option.visualMap).toMatchObject({ min: 0, max: 5, text: ['5 h', '0'] })
    expect(option.grid).toEqual({ left: 130, right: 24, top: 16, bottom: 140 })
  })
})
