import { describe, expect, it } from 'vitest'
import type { IndexMonth } from '../common/insights.types'
import { alignedAxes, contributingKinds, indexRowOf, latestIndex } from './indexSeries'

const month = (
  value: string,
  indexValue: number | null,
  contributions: Record<string, number>,
): IndexMonth => ({
  month: `${value}-01`,
  weightsId: 'iwt_1',
  indexValue,
  contributions,
  kinds: [{ kind: 'voucher', cross: 5, total: 10, share: 0.5, baseShare: 0.4 }],
})

describe('the integration index by month', () => {
  it('reads each kind’s contribution and share, absent kinds as none', () => {
    const row = indexRowOf(month('2026-03', 112.5, { voucher: 20, case: -7.5 }))
    expect(row.month).toBe('2026-03')
    expect(row.contributions).toEqual({
      voucher: 20,
      instrument: null,
      case: -7.5,
      credit: null,
      award: null,
    })
    expect(row.shares.voucher).toBe(0.5)
    expect(row.baseShares.voucher).toBe(0.4)
    expect(row.shares.case).toBeNull()
    expect(contributingKinds([row])).toEqual(['voucher', 'case'])
  })

  it('aligns the index axis (100) with the contributions axis (0), covering the stacks and the index', () => {
    const rows = [
      indexRowOf(month('2026-01', 62, { voucher: -30, case: -8 })),
      indexRowOf(month('2026-02', 171, { voucher: 50, case: 21 })),
    ]
    const axes = alignedAxes(rows, ['voucher', 'case'])
    expect(axes.contribution).toEqual({ min: -50, max: 100 })
    expect(axes.index).toEqual({ min: 50, max: 200 })
    const narrow = alignedAxes([indexRowOf(month('2026-03', 104, { voucher: 4 }))], ['voucher'])
    expect(narrow).toEqual({ index: { min: 100, max: 110 }, contribution: { min: 0, max: 10 } })
  })

  it('gives the latest index and its change from the month before that has one', () => {
    const rows = [
      indexRowOf(month('2026-01', 100, {})),
      indexRowOf(month('2026-02', 104.25, {})),
      indexRowOf(month('2026-03', null, {})),
    ]
    expect(latestIndex(rows)).toMatchObject({ row: { month: '2026-02' }, change: 4.25 })
    expect(latestIndex([])).toBeNull()
  })
})
