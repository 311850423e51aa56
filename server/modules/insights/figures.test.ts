// The pure arithmetic of insights: periods, the integration index (shares, contributions, the base, versions of
// weights), location quotients and Krugman indices, on figures small enough to check by hand.
import { describe, expect, it } from 'vitest'
import { krugmanIndex, krugmanIndices, locationQuotients } from './division-of-labour'
import { indexFigureOf, sharesOf, weightsAreValid, type FlowCell } from './integration-index'
import './insights.errors'
import type { IndexWeights } from './insights.tables'
import { addMonths, periodRange } from './period'

const equal: IndexWeights = { voucher: 20, instrument: 20, case: 20, credit: 20, award: 20 }

function cell(kind: FlowCell['kind'], fromCityCode: string, toCityCode: string, value: number): FlowCell {
  return { kind, fromCityCode, toCityCode, value }
}

describe('periods', () => {
  it('reads a year, a month, a quarter and a span, and the last twelve months by default', () => {
    expect(periodRange('2026')).toEqual({ fromMonth: '2026-01-01', toMonth: '2026-12-01' })
    expect(periodRange('2026-03')).toEqual({ fromMonth: '2026-03-01', toMonth: '2026-03-01' })
    expect(periodRange('2026-Q4')).toEqual({ fromMonth: '2026-10-01', toMonth: '2026-12-01' })
    expect(periodRange('2025-11..2026-02')).toEqual({ fromMonth: '2025-11-01', toMonth: '2026-02-01' })
    expect(periodRange(undefined, '2026-12-07')).toEqual({ fromMonth: '2026-01-01', toMonth: '2026-12-01' })
    expect(addMonths('2026-12-01', 1)).toBe('2027-01-01')
    expect(addMonths('2026-01-01', -13)).toBe('2024-12-01')
  })

  it('refuses what is not a period, a span backwards and one over ten years', () => {
    for (const period of ['2026-13', '26', '2026-Q5', '2026-02..2026-01', '2000-01..2026-01', 'last year'])
      expect(() => periodRange(period)).toThrow(expect.objectContaining({ code: 'INSIGHTS_PERIOD_INVALID' }))
  })
})

describe('the integration index', () => {
  const base = [
    cell('voucher', 'HF', 'SZ', 100),
    cell('voucher', 'HF', 'HF', 300),
    cell('case', 'HF', 'HZ', 1),
  ]
  const month = [
    cell('voucher', 'HF', 'SZ', 200),
    cell('voucher', 'SZ', 'SZ', 200),
    cell('case', 'SZ', 'SZ', 4),
  ]

  it('takes a city’s share from the cells it sends or receives, the corridor’s from all', () => {
    expect(sharesOf(month, 'HF')).toEqual({ voucher: { cross: 200, total: 200 } })
    expect(sharesOf(month, 'SZ')).toEqual({
      voucher: { cross: 200, total: 400 },
      case: { cross: 0, total: 4 },
    })
    expect(sharesOf(month, 'G60')).toEqual({
      voucher: { cross: 200, total: 400 },
      case: { cross: 0, total: 4 },
    })
  })

  it('is the weighted shares over the base month’s, times 100, with contributions adding up to the change', () => {
    // corridor: base voucher 1/4, case 1/1; month voucher 1/2, case 0
    const figure = indexFigureOf(sharesOf(month, 'G60'), sharesOf(base, 'G60'), equal)
    const baseSum = 20 * 0.25 + 20 * 1
    expect(figure.indexValue).toBe(Math.round(((100 * (20 * 0.5 + 20 * 0)) / baseSum) * 100) / 100)
    expect(figure.contributions.voucher).toBe(Math.round(((100 * 20 * 0.25) / baseSum) * 100) / 100)
    expect(figure.contributions.case).toBe(Math.round(((100 * 20 * -1) / baseSum) * 100) / 100)
    const sum = Object.values(figure.contributions).reduce((total, value) => total + value, 0)
    expect(Math.abs(sum - ((figure.indexValue ?? 0) - 100))).toBeLessThan(0.02)
  })

  it('leaves out a kind without activity in the month or the base, and weights it by its version', () => {
    const onlyCases: IndexWeights = { voucher: 0, instrument: 0, case: 100, credit: 0, award: 0 }
    expect(indexFigureOf(sharesOf(month, 'G60'), sharesOf(base, 'G60'), onlyCases).indexValue).toBe(0)
    expect(indexFigureOf(sharesOf(month, 'G60'), sharesOf([], 'G60'), equal)).toEqual({
      indexValue: null,
      contributions: {},
    })
    expect(indexFigureOf(sharesOf(base, 'G60'), sharesOf(base, 'G60'), equal).indexValue).toBe(100)
  })

  it('accepts whole points adding up to 100 only', () => {
    expect(weightsAreValid(equal)).toBe(true)
    expect(weightsAreValid({ ...equal, voucher: 21 })).toBe(false)
    expect(weightsAreValid({ ...equal, voucher: 19.5, case: 20.5 })).toBe(false)
    expect(weightsAreValid({ voucher: 120, instrument: -20, case: 0, credit: 0, award: 0 })).toBe(false)
  })
})

describe('the division of labour', () => {
  const counts = [
    { cityCode: 'HF', industryCode: 'ic', firms: 30 },
    { cityCode: 'HF', industryCode: 'ai', firms: 10 },
    { cityCode: 'SZ', industryCode: 'ic', firms: 10 },
    { cityCode: 'SZ', industryCode: 'ai', firms: 50 },
  ]

  it('gives location quotients: the city’s share of an industry over the corridor’s', () => {
    const quotients = locationQuotients(counts)
    // HF: 30/40 in ic; corridor 40/100 in ic → 0.75 / 0.4
    expect(quotients.find((row) => row.cityCode === 'HF' && row.industryCode === 'ic')?.quotient).toBe(1.875)
    expect(quotients.find((row) => row.cityCode === 'SZ' && row.industryCode === 'ai')?.quotient).toBe(
      Math.round((50 / 60 / 0.6) * 100_000) / 100_000,
    )
  })

  it('gives Krugman indices from 0 (the same mix) to 2 (nothing in common)', () => {
    expect(krugmanIndex(new Map([['ic', 1]]), new Map([['ai', 1]]))).toBe(2)
    expect(
      krugmanIndex(
        new Map([
          ['ic', 0.5],
          ['ai', 0.5],
        ]),
        new Map([
          ['ai', 0.5],
          ['ic', 0.5],
        ]),
      ),
    ).toBe(0)
    const indices = krugmanIndices(counts, ['HF', 'SZ'])
    // HF 0.75/0.25, SZ 1/6 and 5/6
    expect(indices.pairs[0]?.index).toBe(
      Math.round((Math.abs(0.75 - 1 / 6) + Math.abs(0.25 - 5 / 6)) * 100_000) / 100_000,
    )
    expect(indices.mean).toBe(indices.pairs[0]?.index)
    expect(indices.againstRest.map((row) => row.index)).toEqual([indices.mean, indices.mean])
  })
})
