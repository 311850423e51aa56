// Who may do what with instruments: role × city × own organisation. An instrument and its bookings belong to the
// owning provider and its city; a booker reaches its own bookings.
import type { Policy } from '../../platform/authorization'

export const instrumentPolicies = {
  /** the owner publishes and edits its instruments; the city and the corridor office may too */
  writeInstrument: { corridor_admin: 'any', city_officer: 'own_city', provider: 'own_organisation' },
  /** firms book; providers book other owners' instruments (and their own, as internal users) */
  book: { firm: 'own_organisation', provider: 'own_organisation' },
  /** the booking's own side: the booker's organisation sees it, the booker alone cancels or rates it */
  readBooking: {
    corridor_admin: 'any',
    city_officer: 'own_city',
    firm: 'own_organisation',
    provider: 'own_organisation',
  },
  actAsBooker: { firm: 'self', provider: 'self' },
  /** the owner approves, rejects, checks in and completes */
  runBooking: { corridor_admin: 'any', provider: 'own_organisation' },
  /** owners' blacklist thresholds, and the corridor's grade levels */
  setOwnerPolicy: { corridor_admin: 'any', city_officer: 'own_city', provider: 'own_organisation' },
  setGradeLevels: { corridor_admin: 'any' },
  readStatistics: { corridor_admin: 'any', city_officer: 'any', provider: 'own_organisation' },
} as const satisfies Record<string, Policy>
