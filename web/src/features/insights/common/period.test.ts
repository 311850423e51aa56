import { describe, expect, it } from 'vitest'
import { formatMonthRange, monthsOfRange, periodModeOf, periodOfMode, quarterOf, validPeriod } from './period'

describe('statistical periods', () => {
  it('tells each kind of period the API takes, and anything else as the last twelve months', () => {
    expect(periodModeOf(undefined)).toBe('recent')
    expect(periodModeOf('2026')).toBe('year')
    expect(periodModeOf('2026-Q3')).toBe('quarter')
    expect(periodModeOf('2026-03')).toBe('month')
    expect(periodModeOf('2025-11..2026-02')).toBe('range')
    expect(periodModeOf('2026-02..2025-11')).toBe('recent')
    expect(periodModeOf('2026-13')).toBe('recent')
    expect(validPeriod('2026-Q5')).toBeUndefined()
    expect(validPeriod('2026-Q4')).toBe('2026-Q4')
  })

  it('makes the period of each kind that holds a month', () => {
    expect(quarterOf('2026-08')).toBe(3)
    expect(periodOfMode('year', '2026-08')).toBe('2026')
    expect(periodOfMode('quarter', '2026-08')).toBe('2026-Q3')
    expect(periodOfMode('month', '2026-08')).toBe('2026-08')
    expect(periodOfMode('range', '2026-08')).toBe('2026-01..2026-08')
    expect(periodOfMode('recent', '2026-08')).toBeUndefined()
  })

  it('lists the months of a range and writes it in words', () => {
    expect(monthsOfRange({ fromMonth: '2025-11-01', toMonth: '2026-02-01' })).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ])
    expect(formatMonthRange({ fromMonth: '2026-01-01', toMonth: '2026-12-01' }, 'zh-CN')).toBe(
      '2026年1月 – 2026年12月',
    )
    expect(formatMonthRange({ fromMonth: '2026-03-01', toMonth: '2026-03-01' }, 'en-US')).toBe('Mar 2026')
  })
})
