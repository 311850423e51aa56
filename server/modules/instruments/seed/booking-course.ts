// A booking's course once it is made, through the workflow's own transitions (requested → approved → checked_in →
// completed, or cancelled, rejected, no_show): decisions some hours after the request, cancellations before the
// notice runs out (or by the owner after it), and the violations the rules record for no-shows and overbooking.
import type { Random } from '../../../seed/random'
import { hourMs, minuteMs } from '../../../seed/support/time'
import { bookingWorkflow } from '../bookings.workflow'
import { completionViolation, noShowAfter } from '../rules'
import type { BookingBook } from './booking'
import { bookingTexts } from './catalogue'
import type { InstrumentSeed } from './state'
import type { Booking, BookingRow } from './types'

/** more violations than this and a booker would be barred by the default policy: the seed stays within it */
const violationsPerUserMax = 3
const ratingWeights = [0, 1, 3, 8, 30, 58]

export interface Course {
  seed: InstrumentSeed
  book: BookingBook
  booking: Booking
  random: Random
  /** the owner's instrument manager, who decides on requests */
  manager: string
  minutes: number
  createdAtMs: number
}

/** Takes a move of the booking's workflow with the changes that go with it, at `atMs` (never before it was made). */
function move(course: Course, action: string, changes: Partial<BookingRow>, atMs: number) {
  const row = course.booking.row
  Object.assign(row, { status: bookingWorkflow.moveFrom(row.status, action), ...changes })
  row.updatedAt = new Date(Math.max(atMs, course.createdAtMs))
}

/** The owner's decision on a request, some hours after it, before the start and the seeding moment. */
function decisionMs({ seed, booking, random, createdAtMs }: Course): number {
  return Math.min(
    createdAtMs + (0.5 + 30 * Math.pow(random.next(), 2)) * hourMs,
    booking.row.startsAt.getTime() - minuteMs,
    seed.endMs - minuteMs,
  )
}

/** Approves a request (a booking of an instrument without approval already is); returns when. */
function approve(course: Course): number {
  if (!course.booking.instrument.row.requiresApproval) return course.createdAtMs
  const atMs = decisionMs(course)
  move(course, 'approve', { decidedAt: new Date(atMs), decidedByUserId: course.manager }, atMs)
  return atMs
}

/** Cancelled by the booker before the notice runs out, or else by the owner. */
function cancel(course: Course, afterMs: number) {
  const { seed, random, booking } = course
  const startsAtMs = booking.row.startsAt.getTime()
  const noticeHours = booking.instrument.row.cancellationNoticeHours
  const noticeEndMs = Math.min(startsAtMs - noticeHours * hourMs, seed.endMs - minuteMs)
  if (noticeEndMs > afterMs + minuteMs && random.chance(0.85)) {
    const atMs = afterMs + random.next() * (noticeEndMs - afterMs)
    const reason = random.pick(bookingTexts.bookingCancelReasons)
    move(course, 'cancel', { cancelledAt: new Date(atMs), cancelReason: reason }, atMs)
  } else {
    const latestMs = Math.min(startsAtMs, seed.endMs - minuteMs)
    const atMs = afterMs + random.next() * Math.max(latestMs - afterMs, minuteMs)
    const reason = random.pick(bookingTexts.ownerCancelReasons)
    move(course, 'cancel', { cancelledAt: new Date(atMs), cancelReason: reason }, atMs)
  }
}

function reject(course: Course) {
  const atMs = decisionMs(course)
  const changes = {
    decidedAt: new Date(atMs),
    decidedByUserId: course.manager,
    decisionReason: course.random.pick(bookingTexts.bookingRejectReasons),
  }
  move(course, 'reject', changes, atMs)
}

function checkIn(course: Course) {
  const startsAtMs = course.booking.row.startsAt.getTime()
  const atMs = Math.max(startsAtMs - course.random.integer(0, 25) * minuteMs, course.createdAtMs + minuteMs)
  move(course, 'check_in', { checkedInAt: new Date(atMs) }, atMs)
}

function violate(course: Course, kind: 'no_show' | 'overbooked', atMs: number) {
  const { booking, book, seed } = course
  const { booker, row } = booking
  book.violationsByUser.set(booker.userId, (book.violationsByUser.get(booker.userId) ?? 0) + 1)
  booking.violation = {
    id: seed.makeId('ivio', atMs),
    bookingId: row.id,
    userId: booker.userId,
    organisationId: booker.organisationId,
    instrumentId: row.instrumentId,
    providerId: row.providerId,
    kind,
    occurredAt: new Date(atMs),
    isSynthetic: true,
  }
}

/** A booking still to come: held (requests made in the last day or so still wait for the owner), or cancelled or
 * rejected ahead of it. */
export function playFutureBooking(course: Course) {
  const { seed, random, booking, createdAtMs } = course
  const requiresApproval = booking.instrument.row.requiresApproval
  const outcome = booking.instrument.isDemo
    ? 'hold'
    : random.weightedPick(['hold', 'cancelled', 'rejected'], [90, 7, requiresApproval ? 3 : 0])
  if (outcome === 'cancelled') cancel(course, approve(course))
  else if (outcome === 'rejected') reject(course)
  else if (requiresApproval && (seed.endMs - createdAtMs > 20 * hourMs || random.chance(0.3))) approve(course)
}

/** A booking under way at the seeding moment. */
export function playInProgress(course: Course) {
  approve(course)
  checkIn(course)
}

function complete(course: Course, mayViolate: boolean) {
  const { random, minutes } = course
  const startsAtMs = course.booking.row.startsAt.getTime()
  approve(course)
  checkIn(course)
  const overbooked = mayViolate && random.chance(0.015)
  const usedShare = overbooked ? 0.2 + 0.25 * random.next() : 0.7 + 0.3 * random.next()
  const usedMinutes = Math.max(1, Math.round(minutes * usedShare))
  const completedAtMs = startsAtMs + (usedMinutes + random.integer(0, 10)) * minuteMs
  const rated = random.chance(0.7)
  const rating = rated ? random.weightedPick([0, 1, 2, 3, 4, 5], ratingWeights) : null
  const comments = rating !== null ? (bookingTexts.bookingCommentsByRating[rating] ?? []) : []
  const changes = {
    usedMinutes,
    completedAt: new Date(completedAtMs),
    rating,
    ratingComment: comments.length > 0 && random.chance(0.5) ? random.pick(comments) : null,
  }
  move(course, 'complete', changes, completedAtMs)
  if (completionViolation(minutes, usedMinutes) === 'overbooked') violate(course, 'overbooked', completedAtMs)
}

/** A booking that has run its course: mostly completed, some cancelled or rejected, a few no-shows. */
export function playFinishedBooking(course: Course) {
  const { seed, random, booking, book } = course
  const startsAtMs = booking.row.startsAt.getTime()
  const mayViolate =
    !booking.booker.isDemo && (book.violationsByUser.get(booking.booker.userId) ?? 0) < violationsPerUserMax
  const outcome = random.weightedPick(
    ['completed', 'cancelled', 'rejected', 'no_show'],
    [
      84,
      8,
      booking.instrument.row.requiresApproval ? 4 : 0,
      mayViolate && startsAtMs + 75 * minuteMs <= seed.endMs ? 2.5 : 0,
    ],
  )
  if (outcome === 'cancelled') cancel(course, random.chance(0.5) ? approve(course) : course.createdAtMs)
  else if (outcome === 'rejected') reject(course)
  else if (outcome === 'no_show') {
    approve(course)
    const atMs = noShowAfter(booking.row.startsAt).getTime() + random.integer(1, 10) * minuteMs
    move(course, 'mark_no_show', {}, atMs)
    violate(course, 'no_show', atMs)
  } else complete(course, mayViolate)
}
