// The booking rules as pure functions: price, cancellation notice, check-in window, violations, recurrence and the
// owners' grade (the workflow's table is in bookings.workflow.ts). No database, no clock unless one is passed in.
import { AppError } from '../../platform/errors'
import './instruments.errors'
import { type InstrumentPriceUnit, type OwnerGrade, type ViolationKind } from './instruments.reference'

const minuteMs = 60_000
const hourMs = 60 * minuteMs
const weekMs = 7 * 24 * hourMs

/** Check-in opens this long before the start… */
export const checkInOpensBeforeMinutes = 30
/** …and a booking nobody checked in to this long after its start is a no-show. */
export const noShowGraceMinutes = 60
/** The longest run of weekly repeats one request may ask for. */
export const recurrenceWeeksMax = 26

export function durationMinutes(startsAt: Date, endsAt: Date): number {
  return Math.round((endsAt.getTime() - startsAt.getTime()) / minuteMs)
}

/**
 * What a booking costs (instrument_booking_request() computes the same): per hour, the price of the minutes booked
 * rounded half up to the fen; per sample, the price times the samples.
 */
export function bookingAmountFen(input: {
  priceUnit: InstrumentPriceUnit
  priceFen: number
  minutes: number
  sampleCount: number | null
}): number {
  if (input.priceUnit === 'per_sample') return input.priceFen * (input.sampleCount ?? 0)
  return Number((BigInt(input.priceFen) * BigInt(input.minutes) + 30n) / 60n)
}

/** A booker may cancel until the notice period before the start begins; after that only the owner may. */
export function isWithinCancellationNotice(startsAt: Date, now: Date, noticeHours: number): boolean {
  return now.getTime() <= startsAt.getTime() - noticeHours * hourMs
}

export function isCheckInOpen(startsAt: Date, now: Date): boolean {
  const opensAtMs = startsAt.getTime() - checkInOpensBeforeMinutes * minuteMs
  const closesAtMs = startsAt.getTime() + noShowGraceMinutes * minuteMs
  return now.getTime() >= opensAtMs && now.getTime() <= closesAtMs
}

/** The instant after which an approved booking without a check-in is a no-show. */
export function noShowAfter(startsAt: Date): Date {
  return new Date(startsAt.getTime() + noShowGraceMinutes * minuteMs)
}

/** Booking more than twice the time used holds the instrument from others for nothing: a violation. */
export function completionViolation(bookedMinutes: number, usedMinutes: number): ViolationKind | null {
  return bookedMinutes > 2 * usedMinutes ? 'overbooked' : null
}

/** The same slot, week after week: the first occurrence and weeks − 1 more. */
export function weeklyOccurrences(
  startsAt: Date,
  endsAt: Date,
  weeks: number,
): { startsAt: Date; endsAt: Date }[] {
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > recurrenceWeeksMax) {
    throw new AppError('VALIDATION_FAILED', { problems: [{ path: '/recurrence/weeks', rule: 'range' }] })
  }
  return Array.from({ length: weeks }, (_, week) => ({
    startsAt: new Date(startsAt.getTime() + week * weekMs),
    endsAt: new Date(endsAt.getTime() + week * weekMs),
  }))
}

export interface OwnerYear {
  effectiveHours: number
  externalHours: number
  /** null when nothing was rated */
  averageRating: number | null
}

export interface GradeLevel {
  grade: OwnerGrade
  minEffectiveHours: number
  minSharingRatePercent: number
  minRatingTenths: number
}

/** external ÷ effective hours, as a percentage with one decimal; 0 when nothing was used */
export function sharingRatePercent(effectiveHours: number, externalHours: number): number {
  if (effectiveHours <= 0) return 0
  return Math.round((externalHours / effectiveHours) * 1000) / 10
}

/** The first grade (A before B…) whose every threshold the owner's year meets; D when none. */
export function gradeOf(year: OwnerYear, levels: readonly GradeLevel[]): OwnerGrade {
  const rate = sharingRatePercent(year.effectiveHours, year.externalHours)
  const ratingTenths = year.averageRating === null ? 0 : Math.round(year.averageRating * 10)
  const sorted = [...levels].sort((left, right) => left.grade.localeCompare(right.grade))
  const met = sorted.find(
    (level) =>
      year.effectiveHours >= level.minEffectiveHours &&
      rate >= level.minSharingRatePercent &&
      ratingTenths >= level.minRatingTenths,
  )
  return met?.grade ?? 'D'
}
