import { bookingWorkflow } from './bookings.workflow'
import { describe, expect, it } from 'vitest'
import { valueTierOf } from './instruments.reference'
import {
  bookingAmountFen,
  completionViolation,
  gradeOf,
  isCheckInOpen,
  isWithinCancellationNotice,
  sharingRatePercent,
  weeklyOccurrences,
} from './rules'

const at = (text: string) => new Date(text)

describe('price', () => {
  it('charges the minutes booked at the hourly price, rounded half up, or the samples', () => {
    expect(
      bookingAmountFen({ priceUnit: 'per_hour', priceFen: 600_00, minutes: 90, sampleCount: null }),
    ).toBe(900_00)
    expect(bookingAmountFen({ priceUnit: 'per_hour', priceFen: 101, minutes: 30, sampleCount: null })).toBe(
      51,
    )
    expect(bookingAmountFen({ priceUnit: 'per_hour', priceFen: 100, minutes: 20, sampleCount: null })).toBe(
      33,
    )
    expect(bookingAmountFen({ priceUnit: 'per_sample', priceFen: 250_00, minutes: 60, sampleCount: 4 })).toBe(
      1000_00,
    )
  })
})

describe('value tiers', () => {
  it('start at ¥300k, ¥500k and ¥10M', () => {
    expect(valueTierOf(299_999_99)).toBe(null)
    expect(valueTierOf(300_000_00)).toBe('from_300k')
    expect(valueTierOf(500_000_00)).toBe('from_500k')
    expect(valueTierOf(9_999_999_99)).toBe('from_500k')
    expect(valueTierOf(10_000_000_00)).toBe('from_10m')
  })
})

describe('notice, check-in and violations', () => {
  const startsAt = at('2026-12-10T01:00:00Z')
  it('lets the booker cancel until the notice period begins', () => {
    expect(isWithinCancellationNotice(startsAt, at('2026-12-09T01:00:00Z'), 24)).toBe(true)
    expect(isWithinCancellationNotice(startsAt, at('2026-12-09T01:00:01Z'), 24)).toBe(false)
  })
  it('opens check-in 30 minutes before the start and closes it an hour after', () => {
    expect(isCheckInOpen(startsAt, at('2026-12-10T00:29:59Z'))).toBe(false)
    expect(isCheckInOpen(startsAt, at('2026-12-10T00:30:00Z'))).toBe(true)
    expect(isCheckInOpen(startsAt, at('2026-12-10T02:00:00Z'))).toBe(true)
    expect(isCheckInOpen(startsAt, at('2026-12-10T02:00:01Z'))).toBe(false)
  })
  it('counts booking over twice the time used as a violation', () => {
    expect(completionViolation(120, 60)).toBe(null)
    expect(completionViolation(121, 60)).toBe('overbooked')
    expect(completionViolation(60, 0)).toBe('overbooked')
  })
})

describe('recurrence', () => {
  it('repeats the slot weekly and refuses more than 26 weeks', () => {
    const slots = weeklyOccurrences(at('2026-12-01T01:00:00Z'), at('2026-12-01T03:00:00Z'), 3)
    expect(slots.map((slot) => slot.startsAt.toISOString())).toEqual([
      '2026-12-01T01:00:00.000Z',
      '2026-12-08T01:00:00.000Z',
      '2026-12-15T01:00:00.000Z',
    ])
    expect(() => weeklyOccurrences(at('2026-12-01T01:00:00Z'), at('2026-12-01T03:00:00Z'), 27)).toThrow()
  })
})

describe('grades', () => {
  const levels = [
    { grade: 'A', minEffectiveHours: 800, minSharingRatePercent: 50, minRatingTenths: 45 },
    { grade: 'B', minEffectiveHours: 400, minSharingRatePercent: 30, minRatingTenths: 40 },
    { grade: 'C', minEffectiveHours: 100, minSharingRatePercent: 10, minRatingTenths: 0 },
    { grade: 'D', minEffectiveHours: 0, minSharingRatePercent: 0, minRatingTenths: 0 },
  ] as const
  it('give the first grade whose every threshold is met', () => {
    expect(gradeOf({ effectiveHours: 900, externalHours: 500, averageRating: 4.6 }, levels)).toBe('A')
    expect(gradeOf({ effectiveHours: 900, externalHours: 500, averageRating: 4.2 }, levels)).toBe('B')
    expect(gradeOf({ effectiveHours: 150, externalHours: 10, averageRating: null }, levels)).toBe('D')
    expect(gradeOf({ effectiveHours: 150, externalHours: 20, averageRating: null }, levels)).toBe('C')
    expect(sharingRatePercent(0, 0)).toBe(0)
    expect(sharingRatePercent(3, 1)).toBe(33.3)
  })
})

describe('workflow', () => {
  it('ends in rejected, cancelled, completed (rated once) and no-show', () => {
    for (const end of ['rejected', 'cancelled', 'no_show'] as const)
      expect(bookingWorkflow.actionsFrom(end)).toEqual([])
    expect(bookingWorkflow.actionsFrom('completed')).toEqual(['rate'])
    expect(bookingWorkflow.moveFrom('requested', 'approve')).toBe('approved')
    expect(() => bookingWorkflow.moveFrom('completed', 'cancel')).toThrow(
      expect.objectContaining({ code: 'BOOKING_TRANSITION_INVALID' }),
    )
  })
})
