// One booking of an instrument's timeline: its booker (within the instrument's monthly quota), price and purpose,
// when it was made, and its course as far as it has got at the seeding moment: still to come (requested,
// approved, or cancelled or rejected ahead), in progress, or past (completed with the time used and a rating,
// cancelled, rejected, or a no-show), with the violations the rules record.
import type { Random } from '../../../seed/random'
import { dayMs, hourMs, minuteMs } from '../../../seed/support/time'
import { bookingAmountFen, durationMinutes } from '../rules'
import type { BookerPicker } from './bookers'
import { bookingTexts } from './catalogue'
import { playFinishedBooking, playFutureBooking, playInProgress, type Course } from './booking-course'
import { shanghaiMonthOf, type InstrumentSeed } from './state'
import { withId, type Booker, type Booking, type BookingRow, type Instrument } from './types'

/** What the bookings of all instruments share: each booker's violations and each organisation's monthly hours. */
export interface BookingBook {
  violationsByUser: Map<string, number>
  quotaMinutes: Map<string, number>
}

const quotaKey = (instrument: Instrument, organisationId: string, startsAtMs: number) =>
  `${instrument.row.id}/${organisationId}/${shanghaiMonthOf(startsAtMs)}`

/** A booker within the instrument's monthly quota for its organisation (three tries), or null. */
function bookerWithinQuota(
  book: BookingBook,
  pickBooker: BookerPicker,
  instrument: Instrument,
  random: Random,
  startsAtMs: number,
  minutes: number,
): Booker | null {
  let booker = pickBooker(instrument, random)
  const quotaMinutes = instrument.row.monthlyQuotaHours * 60
  if (quotaMinutes === 0) return booker
  const usedBy = (candidate: Booker) =>
    book.quotaMinutes.get(quotaKey(instrument, candidate.organisationId, startsAtMs)) ?? 0
  for (let attempt = 0; attempt < 3; attempt++) {
    if (usedBy(booker) + minutes <= quotaMinutes) break
    booker = pickBooker(instrument, random)
  }
  return usedBy(booker) + minutes > quotaMinutes ? null : booker
}

/** When the booking was made: some time ahead, mostly days, sometimes weeks; never after the seeding moment. */
function createdAtOf(
  seed: InstrumentSeed,
  instrument: Instrument,
  random: Random,
  startsAtMs: number,
  future: boolean,
) {
  const leadMs = instrument.row.leadTimeHours * hourMs
  const aheadMs = leadMs + hourMs + Math.pow(random.next(), 2.5) * 21 * dayMs
  let createdAtMs = Math.max(startsAtMs - aheadMs, instrument.createdAtMs + hourMs)
  if (future) {
    const latestMs = Math.min(startsAtMs - leadMs - 10 * minuteMs, seed.endMs - 10 * minuteMs)
    createdAtMs = Math.min(createdAtMs, latestMs)
    if (instrument.isDemo && startsAtMs > seed.endMs + 3 * dayMs && random.chance(0.4)) {
      // Requests the demo provider has not yet decided: made in the last three days.
      createdAtMs = latestMs - random.next() * 2.5 * dayMs
    }
  }
  return Math.floor(createdAtMs / minuteMs) * minuteMs
}

export function playBooking(
  seed: InstrumentSeed,
  book: BookingBook,
  pickBooker: BookerPicker,
  instrument: Instrument,
  slot: { startsAtMs: number; endsAtMs: number },
  random: Random,
): Booking | null {
  const row = instrument.row
  const { startsAtMs, endsAtMs } = slot
  const minutes = durationMinutes(new Date(startsAtMs), new Date(endsAtMs))
  const booker = bookerWithinQuota(book, pickBooker, instrument, random, startsAtMs, minutes)
  if (booker === null) return null
  const userClass = booker.organisationId === row.providerId ? 'internal' : 'external'
  const sampleCount =
    row.priceUnit === 'per_sample'
      ? random.integer(...(instrument.template.samplesPerBooking ?? [1, 10]))
      : null
  const amountFen = bookingAmountFen({
    priceUnit: row.priceUnit === 'per_sample' ? 'per_sample' : 'per_hour',
    priceFen: userClass === 'internal' ? row.internalPriceFen : row.externalPriceFen,
    minutes,
    sampleCount,
  })
  const future = startsAtMs > seed.endMs - 5 * minuteMs
  const finished = endsAtMs + 15 * minuteMs <= seed.endMs
  const createdAtMs = createdAtOf(seed, instrument, random, startsAtMs, future)
  const id = seed.makeId('ibkg', createdAtMs)
  const manager = seed.staffUser(row.providerId, 0)
  const bookingRow = withId<BookingRow & { startsAt: Date; endsAt: Date; status: string }>({
    id,
    instrumentId: row.id,
    providerId: row.providerId,
    cityCode: row.cityCode,
    bookerUserId: booker.userId,
    bookerOrganisationId: booker.organisationId,
    bookerCityCode: booker.cityCode,
    userClass,
    startsAt: new Date(startsAtMs),
    endsAt: new Date(endsAtMs),
    heldDuring: `[${new Date(startsAtMs).toISOString()},${new Date(endsAtMs + row.bufferMinutes * minuteMs).toISOString()})`,
    purpose: random.pick(bookingTexts.purposesByCategory[instrument.template.category]),
    sampleCount,
    amountFen,
    voucherOrderId: null,
    voucherShareFen: 0,
    // A request waits for the owner where the owner approves; elsewhere a booking is approved as it is made.
    status: row.requiresApproval ? 'requested' : 'approved',
    recurrenceId: null,
    decisionReason: null,
    decidedByUserId: null,
    decidedAt: null,
    checkedInAt: null,
    usedMinutes: null,
    completedAt: null,
    rating: null,
    ratingComment: null,
    cancelledAt: null,
    cancelReason: null,
    isSynthetic: true,
    createdAt: new Date(createdAtMs),
    updatedAt: new Date(createdAtMs),
  })
  const booking: Booking = { row: bookingRow, instrument, booker, future, violation: null }
  const course: Course = { seed, book, booking, random, manager, minutes, createdAtMs }
  if (future) playFutureBooking(course)
  else if (!finished) playInProgress(course)
  else playFinishedBooking(course)
  if (
    ['requested', 'approved', 'checked_in', 'completed'].includes(bookingRow.status) &&
    row.monthlyQuotaHours > 0
  ) {
    const key = quotaKey(instrument, booker.organisationId, startsAtMs)
    book.quotaMinutes.set(key, (book.quotaMinutes.get(key) ?? 0) + minutes)
  }
  return booking
}
