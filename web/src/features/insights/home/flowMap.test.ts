import { describe, expect, it } from 'vitest'
import type { FlowCell } from '../common/insights.types'
import { crossActivity, flowLines, flowMapOption, isFlowLine } from './flowMap'

const cities = [
  { code: 'SZ', name: '苏州', longitude: 120.6, latitude: 31.3 },
  { code: 'HF', name: '合肥', longitude: 117.2, latitude: 31.8 },
  { code: 'HZ', name: '杭州', longitude: 120.2, latitude: 30.3 },
]

const cell = (from: string, to: string, value: number | null, records = 5): FlowCell => ({
  fromCityCode: from,
  toCityCode: to,
  value,
  records,
  suppressed: value === null,
})

const cells = [cell('SZ', 'SZ', 900), cell('SZ', 'HF', 400), cell('HF', 'SZ', 100), cell('HZ', 'HF', null, 2)]

describe('the corridor map of flows', () => {
  it('draws an arrow per cross-city cell with a value, widest last, none for home or suppressed cells', () => {
    const lines = flowLines(cells, cities)
    expect(lines.map((line) => `${line.fromCityCode}>${line.toCityCode}`)).toEqual(['HF>SZ', 'SZ>HF'])
    expect(lines[1]?.coords).toEqual([
      [120.6, 31.3],
      [117.2, 31.8],
    ])
    expect(lines[1]?.lineStyle.width).toBeGreaterThan(lines[0]?.lineStyle.width ?? 0)
    expect(isFlowLine({ data: lines[0] })).toBe(true)
    expect(isFlowLine({ data: { code: 'SZ' } })).toBe(false)
  })

  it('sizes each city by what it sends and receives across city lines', () => {
    expect(Object.fromEntries(crossActivity(cells))).toEqual({ SZ: 500, HF: 500 })
  })

  it('frames the cities on the provinces’ map, with the province names in the user’s language', () => {
    const option = flowMapOption({
      cities,
      cells,
      colour: '#1561c9',
      isChinese: false,
      describeLine: () => '',
      describeCity: () => '',
    })
    expect(option.geo).toMatchObject({
      map: 'g60-corridor',
      boundingCoords: [
        [117.2 - 0.8, 31.8 + 0.65],
        [120.6 + 1.1, 30.3 - 0.55],
      ],
    })
    const series = Array.isArray(option.series) ? option.series : []
    expect(series.map((item) => item.type)).toEqual(['scatter', 'lines', 'scatter'])
    const provinces = series[0]?.data
    expect(Array.isArray(provinces) ? provinces.map((item) => (item as { name: string }).name) : []).toEqual([
      'Shanghai',
      'Jiangsu',
      'Zhejiang',
      'Anhui',
    ])
  })
})
