import { describe, expect, it } from 'vitest'
import type { DivisionOfLabour } from '../common/insights.types'
import { krugmanCells, krugmanOf, meanSeries, quotientCells, quotientOf, yearOf } from './labour'

const year = (value: number, mean: number): DivisionOfLabour['years'][number] => ({
  year: value,
  firms: 10,
  quotients: [
    { cityCode: 'SZ', industryCode: 'ic', firms: 4, quotient: 1.6 },
    { cityCode: 'HF', industryCode: 'ai', firms: 3, quotient: 0.8 },
    { cityCode: 'XX', industryCode: 'ai', firms: 3, quotient: 9 },
  ],
  krugman: {
    pairs: [{ firstCityCode: 'SZ', secondCityCode: 'HF', index: 0.9 }],
    againstRest: [{ cityCode: 'SZ', index: 0.4 }],
    mean: mean,
  },
})

const data: DivisionOfLabour = {
  basis: 'firms',
  industries: [],
  years: [year(2025, 0.7), year(2024, 0.6)],
}

describe('the division of labour', () => {
  it('lays the quotients out on city rows and industry columns, leaving out unknown codes', () => {
    const cells = quotientCells(year(2025, 0), ['SZ', 'HF'], ['ai', 'ic'])
    expect(cells.map((cell) => cell.value)).toEqual([
      [1, 0, 1.6],
      [0, 1, 0.8],
    ])
    expect(quotientOf(year(2025, 0), 'HF', 'ai')).toBe(0.8)
    expect(quotientOf(year(2025, 0), 'HF', 'ic')).toBeNull()
  })

  it('reads a pair’s Krugman index either way round, 0 for a city with itself', () => {
    expect(krugmanOf(year(2025, 0), 'HF', 'SZ')).toBe(0.9)
    expect(krugmanOf(year(2025, 0), 'SZ', 'SZ')).toBe(0)
    expect(krugmanOf(year(2025, 0), 'SZ', 'HZ')).toBeNull()
    expect(krugmanCells(year(2025, 0), ['SZ', 'HF']).map((cell) => cell.value)).toEqual([
      [1, 0, 0.9],
      [0, 1, 0.9],
    ])
  })

  it('puts the years oldest first and picks the chosen year or the latest', () => {
    const series = meanSeries(data)
    expect(series.years).toEqual([2024, 2025])
    expect(series.means).toEqual([0.6, 0.7])
    expect(series.againstRest('SZ')).toEqual([0.4, 0.4])
    expect(series.againstRest('HZ')).toEqual([null, null])
    expect(yearOf(data, undefined)?.year).toBe(2025)
    expect(yearOf(data, '2024')?.year).toBe(2024)
    expect(yearOf(data, '1999')?.year).toBe(2025)
  })
})
