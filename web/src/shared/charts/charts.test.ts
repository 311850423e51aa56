import { describe, expect, it } from 'vitest'
import { cityHeatmapOption } from './cityHeatmap'
import { cityMapAspectRatio, cityMapOption, isCityPoint, type CityMapLayout } from './cityMap'
import { indexOfPoint } from './points'

const places = [
  { code: 'SZ', longitude: 120.6, latitude: 31.3 },
  { code: 'HZ', longitude: 120.2, latitude: 30.3 },
  { code: 'HF', longitude: 117.3, latitude: 31.8 },
]

const layout: CityMapLayout = {
  grid: { left: 0.1, right: 0.2, top: 0.05, bottom: 0.05 },
  axes: 'hidden',
  gridColour: '#eeeeee',
  networkOpacity: 0.5,
  labelWidthPx: 80,
  fontSize: 12,
}

describe('the console charts', () => {
  it('finds the category a tooltip points at, alone or first of several', () => {
    expect(indexOfPoint({ dataIndex: 2 })).toBe(2)
    expect(indexOfPoint([{ dataIndex: 1 }, { dataIndex: 3 }])).toBe(1)
    expect(indexOfPoint('nothing')).toBeNull()
    expect(indexOfPoint([])).toBeNull()
  })

  it('draws the city map with its network, its dots and their names, the axes as the layout says', () => {
    const option = cityMapOption(places, layout, { data: [] })
    const series = Array.isArray(option.series) ? option.series : []
    expect(series.map((item) => item.type)).toEqual(['lines', 'scatter'])
    expect(Array.isArray(series[0]?.data) ? series[0].data.length : 0).toBe(places.length - 1)
    expect(option.grid).toEqual({ left: '10%', right: '20%', top: '5%', bottom: '5%' })
    expect(option.xAxis).toMatchObject({ axisLabel: { show: false } })
    expect(cityMapOption(places, { ...layout, axes: 'degrees' }, { data: [] }).xAxis).toMatchObject({
      interval: 1,
    })
    expect(cityMapAspectRatio(places, layout)).toBeGreaterThan(0)
    expect(isCityPoint({ data: { code: 'SZ' } })).toBe(true)
    expect(isCityPoint({ data: { name: 'SZ' } })).toBe(false)
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
