// The shared-instrument catalogue of the corridor's owners and a year of bookings that ends at a given moment, with
// the weeks after it already booked: completed bookings with the time used and ratings, cancellations, rejections,
// no-shows and overbooking with their violations, bookings in progress, and requests and approvals to come. A pure
// function of the registry rows, the seed and that moment (no database, no clock, no Math.random).
//
// Held slots of one instrument never overlap (the exclusion constraint of migration 0010 refuses it for held
// statuses): each instrument's bookings are laid out one after another on its own timeline. Actors are synthetic
// user ids, except for the demo accounts, which appear as demoUserToken(username) until the seeder knows their ids.
import { createBookerPicker } from './bookers'
import { handOverDemoBookings } from './demo'
import { makeInstrument } from './instrument-rows'
import { generateOwners } from './owners'
import { demoTemplatesOf, planCatalogue } from './plans'
import { generateOwnerPolicies } from './policies'
import { createInstrumentSeed } from './state'
import { playTimelines } from './timelines'
import type { InstrumentDemoData, InstrumentGeneratorInput } from './types'

export function generateInstrumentData(input: InstrumentGeneratorInput): InstrumentDemoData {
  const seed = createInstrumentSeed(input)
  const owners = generateOwners(seed)
  const demoTemplates = demoTemplatesOf(seed)
  const catalogueRandom = seed.random.fork('catalogue')
  const plans = planCatalogue(seed, owners, demoTemplates, catalogueRandom)
  const instruments = plans.map((plan) => makeInstrument(seed, catalogueRandom, plan, demoTemplates.at(-1)))
  generateOwnerPolicies(seed, instruments)
  const bookings = playTimelines(seed, instruments, createBookerPicker(seed, owners))
  handOverDemoBookings(seed, owners, bookings)
  for (const booking of bookings) {
    seed.out.bookings.push(booking.row)
    if (booking.violation !== null) seed.out.violations.push(booking.violation)
  }
  return seed.out
}
