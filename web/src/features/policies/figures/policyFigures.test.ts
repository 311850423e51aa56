import { describe, expect, it } from 'vitest'
import { monthSeriesOf } from './policyFigures'

describe('monthSeriesOf', () => {
  it('puts every month from the first paid to this month on the axis, a month without payments at 0', () => {
    const series = monthSeriesOf(
      [
        { month: '2026-11', cityCode: 'HF', paidFen: 300 },
        { month: '2026-06', cityCode: 'SZ', paidFen: 100 },
        { month: '2026-06', cityCode: 'HF', paidFen: 200 },
      ],
      ['SZ', 'HF'],
      '2027-01',
    )
    expect(series.months).toEqual([
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
      '2027-01',
    ])
    expect(series.series).toEqual([
      { cityCode: 'SZ', values: [100, 0, 0, 0, 0, 0, 0, 0] },
      { cityCode: 'HF', values: [200, 0, 0, 0, 0, 300, 0, 0] },
    ])
  })

  it('has no months when nothing was paid', () => {
    expect(monthSeriesOf([], ['HF'], '2026-12')).toEqual({ months: [], series: [] })
  })

  it('ends at the last month paid when that is later than this month', () => {
    expect(
      monthSeriesOf([{ month: '2026-03', cityCode: 'HF', paidFen: 1 }], ['HF'], '2026-01').months,
    ).toEqual(['2026-03'])
  })
})
