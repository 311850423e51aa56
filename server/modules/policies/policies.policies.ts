// Who may do what in policy matching: role × city × own organisation. An item's city scope is its issuer: a city,
// or G60 for the corridor office's items, which only the office reaches.
import type { Policy } from '../../platform/authorization'

export const policyPolicies = {
  /** write an item's rule and test it on a firm: the issuing city's officers and the corridor office */
  editRule: { corridor_admin: 'any', city_officer: 'own_city' },
  /** review an award list, remove a firm from it, approve and pay it; pay a confirmed fast_apply award */
  decideAwards: { corridor_admin: 'any', city_officer: 'own_city' },
  /** see award lists and awards: the issuing city, the office */
  readAwards: { corridor_admin: 'any', city_officer: 'own_city' },
  /** a firm's matches, near misses and awards: the firm, its city's officers and workstations, the office */
  readFirmMatches: {
    corridor_admin: 'any',
    city_officer: 'own_city',
    workstation: 'own_city',
    firm: 'own_organisation',
  },
  /** a fast_apply award is confirmed by the firm it is for */
  confirmAward: { firm: 'own_organisation' },
  runMatching: { corridor_admin: 'any' },
  readFigures: { corridor_admin: 'any', city_officer: 'any', workstation: 'any' },
} satisfies Record<string, Policy>
