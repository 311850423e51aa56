import { describe, expect, it } from 'vitest'
import { isDay, periodOf, shanghaiStartOf, shanghaiToday } from './days'

describe('calendar days in Asia/Shanghai', () => {
  it('turns the date at 16:00 UTC, midnight in Shanghai', () => {
    expect(shanghaiToday(Date.parse('2026-03-31T15:59:59Z'))).toBe('2026-03-31')
    expect(shanghaiToday(Date.parse('2026-03-31T16:00:00Z'))).toBe('2026-04-01')
    expect(shanghaiToday(Date.parse('2026-12-31T16:30:00Z'))).toBe('2027-01-01')
  })

  it('starts a month or a year on the Shanghai day', () => {
    const newYearsEveUtc = Date.parse('2026-12-31T20:00:00Z')
    expect(shanghaiStartOf('month', newYearsEveUtc)).toBe('2027-01-01')
    expect(shanghaiStartOf('year', newYearsEveUtc)).toBe('2027-01-01')
    expect(shanghaiStartOf('month', Date.parse('2026-06-15T03:00:00Z'))).toBe('2026-06-01')
  })

  it('accepts only well-formed dates', () => {
    expect(isDay('2026-02-28')).toBe(true)
    expect(isDay('2026-13-01')).toBe(false)
    expect(isDay('2026-2-28')).toBe(false)
    expect(isDay(undefined)).toBe(false)
    expect(isDay('')).toBe(false)
  })

  it('reads a period from the address: this year to today where a day is missing or not a day', () => {
    const now = Date.parse('2026-06-15T03:00:00Z')
    expect(periodOf('2026-02-01', '2026-03-31', now)).toEqual({
      periodStart: '2026-02-01',
      periodEnd: '2026-03-31',
    })
    expect(periodOf(undefined, undefined, now)).toEqual({
      periodStart: '2026-01-01',
      periodEnd: '2026-06-15',
    })
    expect(periodOf('2026-2-1', '2026-04-31x', now)).toEqual({
      periodStart: '2026-01-01',
      periodEnd: '2026-06-15',
    })
  })
})
