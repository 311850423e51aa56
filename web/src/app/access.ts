// Which roles see which pages. This is convenience for the menu and the 403 page only: the server decides
// every request on its own (role × city × own organisation).
import type { Role } from '../shared/api/types'

export const pageAccess = {
  administration: ['corridor_admin'],
  /** booking shared instruments: firms, and providers booking other owners' instruments */
  instrumentBooking: ['firm', 'provider'],
  /** an owner's instruments and the bookings of them */
  instrumentOwner: ['provider'],
  /** editing an instrument: its owner, its city's officers, the corridor office */
  instrumentEditing: ['provider', 'city_officer', 'corridor_admin'],
  /** sharing statistics: the offices for every city, a provider for its own instruments */
  instrumentStatistics: ['corridor_admin', 'city_officer', 'provider'],
  /** a firm's vouchers, claims and orders */
  voucherWallet: ['firm'],
  /** deciding claims and running schemes: a city's officers, the corridor office for every city */
  voucherDecisions: ['city_officer', 'corridor_admin'],
  /** a provider's service products and the orders placed with it */
  serviceProducts: ['provider'],
  /** redemption claims: the provider files, the firm confirms, the issuing city decides */
  redemptions: ['provider', 'firm', 'city_officer', 'corridor_admin'],
  /** tech finance: a firm's own score, needs and referrals */
  financeFirm: ['firm'],
  /** financing needs and their matches: the firm's own, its city's for the workstation and officers */
  financeNeeds: ['firm', 'workstation', 'city_officer', 'corridor_admin'],
  /** a firm's score card: its city's officers and workstation, the corridor office */
  financeFirmScores: ['workstation', 'city_officer', 'corridor_admin'],
  /** an institution's products and referral queue */
  financeInstitution: ['financier'],
  /** the workstation case board (officers read it) */
  financeCases: ['workstation', 'city_officer', 'corridor_admin'],
  /** tech-finance figures per city */
  financeFigures: ['corridor_admin', 'city_officer', 'workstation'],
  /** the innovation-points scoring parameters */
  financeParameters: ['corridor_admin'],
} as const satisfies Record<string, readonly Role[]>

export function mayOpen(role: Role, allowedRoles: readonly Role[] | undefined): boolean {
  return allowedRoles === undefined || allowedRoles.includes(role)
}
