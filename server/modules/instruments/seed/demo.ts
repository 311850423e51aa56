// The demo accounts' own bookings: existing outside bookings handed over to firm.sh, firm.hf and provider.sz, every
// slot kept where it was, so that each of their pages has past, cancelled and coming bookings, some across city
// lines and some on the demo provider's instruments.
import { hourMs } from '../../../seed/support/time'
import { demoUserToken } from '../../../seed/support/actors'
import type { Owners } from './owners'
import type { InstrumentSeed } from './state'
import type { Booking } from './types'

interface Want {
  status: string
  future: boolean
  onDemoOwner: boolean | null
  crossCity: boolean | null
}

const demoFirmWants: readonly Want[] = [
  { status: 'completed', future: false, onDemoOwner: true, crossCity: null },
  { status: 'completed', future: false, onDemoOwner: null, crossCity: true },
  { status: 'completed', future: false, onDemoOwner: null, crossCity: false },
  { status: 'completed', future: false, onDemoOwner: null, crossCity: null },
  { status: 'completed', future: false, onDemoOwner: null, crossCity: null },
  { status: 'cancelled', future: false, onDemoOwner: null, crossCity: null },
  { status: 'requested', future: true, onDemoOwner: true, crossCity: null },
  { status: 'approved', future: true, onDemoOwner: true, crossCity: null },
  { status: 'approved', future: true, onDemoOwner: null, crossCity: null },
]

/** Bookings handed over so far, and the times each demo organisation is busy (an hour apart from each other). */
interface HandOver {
  candidates: Booking[]
  handed: Set<Booking>
  busyByOrganisation: Map<string, [number, number][]>
}

function isFree(handOver: HandOver, organisationId: string, booking: Booking): boolean {
  const startsAtMs = booking.row.startsAt.getTime()
  const endsAtMs = booking.row.endsAt.getTime()
  return !(handOver.busyByOrganisation.get(organisationId) ?? []).some(
    ([busyStart, busyEnd]) => startsAtMs < busyEnd + hourMs && busyStart < endsAtMs + hourMs,
  )
}

function hand(
  handOver: HandOver,
  booking: Booking,
  username: string,
  organisation: { id: string; cityCode: string },
) {
  handOver.handed.add(booking)
  booking.booker = {
    userId: demoUserToken(username),
    organisationId: organisation.id,
    cityCode: organisation.cityCode,
    isDemo: true,
  }
  Object.assign(booking.row, {
    bookerUserId: booking.booker.userId,
    bookerOrganisationId: organisation.id,
    bookerCityCode: organisation.cityCode,
  })
  const busy = handOver.busyByOrganisation.get(organisation.id) ?? []
  busy.push([booking.row.startsAt.getTime(), booking.row.endsAt.getTime()])
  handOver.busyByOrganisation.set(organisation.id, busy)
}

function handToDemoFirm(handOver: HandOver, username: string, firm: { id: string; cityCode: string }) {
  let lastCompleted: Booking | undefined
  for (const want of demoFirmWants) {
    const found = handOver.candidates.find(
      (booking) =>
        !handOver.handed.has(booking) &&
        booking.row.status === want.status &&
        booking.future === want.future &&
        (want.onDemoOwner === null || booking.instrument.isDemo === want.onDemoOwner) &&
        (want.crossCity === null || (booking.row.cityCode !== firm.cityCode) === want.crossCity) &&
        isFree(handOver, firm.id, booking),
    )
    if (found === undefined) continue
    hand(handOver, found, username, firm)
    if (
      found.row.status === 'completed' &&
      (lastCompleted === undefined || found.row.startsAt > lastCompleted.row.startsAt)
    ) {
      lastCompleted = found
    }
  }
  // The latest completed booking is still to be rated by the demo firm.
  if (lastCompleted !== undefined) Object.assign(lastCompleted.row, { rating: null, ratingComment: null })
}

/** The demo provider books two other owners' instruments too. */
function handToDemoProvider(handOver: HandOver, provider: { id: string; cityCode: string }) {
  for (const want of [
    { status: 'completed', future: false },
    { status: 'approved', future: true },
  ]) {
    const found = handOver.candidates.find(
      (booking) =>
        !handOver.handed.has(booking) &&
        !booking.instrument.isDemo &&
        booking.row.status === want.status &&
        booking.future === want.future &&
        isFree(handOver, provider.id, booking),
    )
    if (found !== undefined) hand(handOver, found, 'provider.sz', provider)
  }
}

export function handOverDemoBookings(
  seed: InstrumentSeed,
  owners: Owners,
  bookings: readonly Booking[],
): void {
  const candidates = seed.random
    .fork('demo')
    .shuffle(
      bookings.filter(
        (booking) =>
          booking.row.userClass === 'external' &&
          booking.violation === null &&
          booking.instrument.row.monthlyQuotaHours === 0 &&
          !booking.booker.isDemo,
      ),
    )
  const handOver: HandOver = { candidates, handed: new Set(), busyByOrganisation: new Map() }
  const firmById = new Map(seed.input.firms.map((firm) => [firm.id, firm]))
  for (const [firmId, username] of seed.demoFirmIds) {
    const firm = firmById.get(firmId)
    if (firm !== undefined) handToDemoFirm(handOver, username, { id: firmId, cityCode: firm.cityCode })
  }
  if (seed.demoProviderId !== undefined) {
    handToDemoProvider(handOver, { id: seed.demoProviderId, cityCode: owners.demoOwner.row.cityCode })
  }
}
