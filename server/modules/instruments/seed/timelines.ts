// Each instrument's timeline: how many bookings it has over the year and in the weeks after it (an idle third, the
// rest spread widely around the mean), laid end to end inside its opening hours (opening.ts) so that no two held
// slots overlap, each booking and its buffer ending before the next begins, whatever its status.
import { gaussian, type Random } from '../../../seed/random'
import { dayMs, minuteMs } from '../../../seed/support/time'
import type { BookerPicker } from './bookers'
import { playBooking, type BookingBook } from './booking'
import { fittingStart, longestPeriodMinutes } from './opening'
import { futureDays, windowDays, type InstrumentSeed } from './state'
import type { Booking, Instrument } from './types'

/** Days ahead of the seeding moment at which the demo provider's instruments are booked for sure. */
const demoFutureDays = [1.3, 2.6, 4.5, 7, 10, 15, 22]
// An idle third; the rest spread widely (log-normal), with the same mean overall.
const idleShare = 0.3
const spread = 1.1
const spreadMean = Math.exp((spread * spread) / 2)

/** When the instrument's bookings would start if nothing were in the way, in order. */
function candidateStarts(seed: InstrumentSeed, instrument: Instrument, random: Random) {
  const [durationLow, durationHigh] = instrument.template.durationMinutes
  const typicalMinutes = durationLow + (durationHigh - durationLow) / 3
  const capacity = Math.floor((0.5 * windowDays * dayMs) / (typicalMinutes * minuteMs))
  const meanBookings = seed.input.figures.bookingsPerInstrument
  let expected: number
  if (instrument.isDemo) expected = Math.max(12, meanBookings * 6)
  else if (random.chance(idleShare)) expected = 0
  else expected = (meanBookings / (1 - idleShare)) * (Math.exp(spread * gaussian(random)) / spreadMean)
  const pastCount = Math.min(capacity, Math.floor(expected) + (random.chance(expected % 1) ? 1 : 0))
  const futureExpected = (expected * futureDays * 0.45) / windowDays
  const futureCount = Math.min(
    capacity,
    Math.floor(futureExpected) + (random.chance(futureExpected % 1) ? 1 : 0),
  )
  const fromMs = Math.max(seed.startMs, instrument.createdAtMs + dayMs)
  const candidates: number[] = []
  for (let index = 0; index < pastCount; index++)
    candidates.push(fromMs + random.next() * (seed.endMs - fromMs))
  for (let index = 0; index < futureCount; index++) {
    candidates.push(seed.endMs + Math.pow(random.next(), 1.6) * futureDays * dayMs)
  }
  if (instrument.isDemo) {
    for (const days of demoFutureDays) candidates.push(seed.endMs + (days + 0.3 * random.next()) * dayMs)
  }
  return { fromMs, candidates: candidates.sort((a, b) => a - b) }
}

export function playTimelines(
  seed: InstrumentSeed,
  instruments: readonly Instrument[],
  pickBooker: BookerPicker,
): Booking[] {
  const book: BookingBook = { violationsByUser: new Map(), quotaMinutes: new Map() }
  const bookings: Booking[] = []
  const timelineRandom = seed.random.fork('timelines')
  for (const instrument of instruments) {
    const random = timelineRandom.fork(instrument.row.id)
    const [durationLow, durationHigh] = instrument.template.durationMinutes
    const { fromMs, candidates } = candidateStarts(seed, instrument, random)
    let heldUntilMs = fromMs
    // no booking is longer than the instrument's longest opening period
    const longestMinutes = Math.min(durationHigh, longestPeriodMinutes(instrument.opening))
    for (const candidate of candidates) {
      const stepMinutes = durationLow >= 60 ? 30 : 15
      const steps = Math.floor((longestMinutes - durationLow) / stepMinutes)
      const minutes = durationLow + Math.floor(Math.pow(random.next(), 2) * (steps + 1)) * stepMinutes
      const startsAtMs = fittingStart(instrument.opening, Math.max(candidate, heldUntilMs), minutes)
      if (startsAtMs === null) break
      const endsAtMs = startsAtMs + minutes * minuteMs
      if (endsAtMs >= Math.min(seed.futureEndMs, instrument.bookableUntilMs)) break
      heldUntilMs = endsAtMs + instrument.row.bufferMinutes * minuteMs
      const booking = playBooking(seed, book, pickBooker, instrument, { startsAtMs, endsAtMs }, random)
      if (booking !== null) bookings.push(booking)
    }
  }
  return bookings
}
