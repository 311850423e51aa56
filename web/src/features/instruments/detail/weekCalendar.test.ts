// The availability drawn on the week: refused intervals cut into days (one crossing midnight), and a start
// bookable only inside an interval the server called bookable.
import { describe, expect, it } from 'vitest'
import type { AvailabilityInterval } from '../common/instrument.types'
import { isBookableStart, unavailableOfWeek } from './weekCalendar'

const intervals: AvailabilityInterval[] = [
  {
    startsAt: '2026-12-01T00:00:00+08:00',
    endsAt: '2026-12-02T10:30:00+08:00',
    bookable: false,
    reason: 'lead_time',
    code: 'BOOKING_LEAD_TIME',
  },
  {
    startsAt: '2026-12-02T10:30:00+08:00',
    endsAt: '2026-12-02T12:00:00+08:00',
    bookable: true,
    reason: null,
    code: null,
  },
  {
    startsAt: '2026-12-02T12:00:00+08:00',
    endsAt: '2026-12-02T13:00:00+08:00',
    bookable: false,
    reason: 'taken',
    code: 'BOOKING_SLOT_TAKEN',
  },
]

describe('the availability on the week calendar', () => {
  it('cuts each refused interval into the days it covers, with its reason', () => {
    expect(unavailableOfWeek(intervals, '2026-12-01')).toEqual([
      { day: '2026-12-01', startMinutes: 0, endMinutes: 1440, reason: 'lead_time' },
      { day: '2026-12-02', startMinutes: 0, endMinutes: 630, reason: 'lead_time' },
      { day: '2026-12-02', startMinutes: 720, endMinutes: 780, reason: 'taken' },
    ])
  })

  it('lets a booking start only inside a bookable interval', () => {
    expect(isBookableStart(intervals, '2026-12-02T10:00:00+08:00')).toBe(false)
    expect(isBookableStart(intervals, '2026-12-02T10:30:00+08:00')).toBe(true)
    expect(isBookableStart(intervals, '2026-12-02T11:30:00+08:00')).toBe(true)
    expect(isBookableStart(intervals, '2026-12-02T12:00:00+08:00')).toBe(false)
    // outside what the server answered: not offered
    expect(isBookableStart(intervals, '2026-12-05T10:00:00+08:00')).toBe(false)
  })
})
