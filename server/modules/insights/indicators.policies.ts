// Who may do what with indicators: reading is public (published statistics); values are entered by the corridor office,
// and by a city's officers for their own city's values of city indicators. The platform's measures are computed.
import type { Policy } from '../../platform/authorization'

export const indicatorPolicies = {
  /** enter or import a value; a value's scope is its city (none for the corridor, which only the office reaches) */
  enterValues: { corridor_admin: 'any', city_officer: 'own_city' },
} satisfies Record<string, Policy>
