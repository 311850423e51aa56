// The shapes of the instrument seed: the rows it generates, the input it takes, and the records it follows while it
// lays out each instrument's year (an owner, an instrument with its template, a booker, a booking).
import type { ModuleSeedInput, SeedFirm, SeedProvider } from '../../../seed/support/organisations'
import type * as tables from '../instruments.tables'
import type { InstrumentTemplate } from './catalogue'
import type { SeedOpening } from './opening'

export type InstrumentRow = typeof tables.instruments.$inferInsert
export type BookingRow = typeof tables.instrumentBookings.$inferInsert
export type ViolationRow = typeof tables.instrumentViolations.$inferInsert
export type OwnerPolicyRow = typeof tables.instrumentOwnerPolicies.$inferInsert

export interface InstrumentDemoData {
  /** the seeding moment: bookings before it have run their course, bookings after it are still to come */
  activityEndsAt: Date
  instruments: InstrumentRow[]
  ownerPolicies: OwnerPolicyRow[]
  bookings: BookingRow[]
  violations: ViolationRow[]
}

export interface InstrumentFigures {
  instruments: number
  /** the mean number of bookings an instrument has over the year (many have none, a few have hundreds) */
  bookingsPerInstrument: number
  /** instruments the demo provider owns */
  demoOwnerInstruments: number
}

export interface InstrumentGeneratorInput extends ModuleSeedInput {
  figures: InstrumentFigures
  firms: readonly SeedFirm[]
  providers: readonly SeedProvider[]
}

export interface Owner {
  row: SeedProvider
  weight: number
  openness: number
}

export interface Plan {
  owner: Owner
  template: InstrumentTemplate
  isDemo: boolean
}

export interface Instrument {
  row: InstrumentRow & { id: string; originalValueFen: number }
  template: InstrumentTemplate
  owner: Owner
  isDemo: boolean
  /** the share of its bookings made by outsiders */
  openness: number
  createdAtMs: number
  /** no bookings after this (maintenance or retirement) */
  bookableUntilMs: number
  /** its opening hours, as the row holds them: bookings are laid only inside them */
  opening: SeedOpening
}

export interface Booker {
  userId: string
  organisationId: string
  cityCode: string
  isDemo: boolean
}

export interface Booking {
  row: BookingRow & { id: string; startsAt: Date; endsAt: Date; status: string }
  instrument: Instrument
  booker: Booker
  future: boolean
  violation: ViolationRow | null
}

export const withId = <Row extends { id?: string }>(row: Row & { id: string }) => row
