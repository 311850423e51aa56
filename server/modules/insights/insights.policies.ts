// Who may do what in insights: role × city × own organisation. Matrices, the index, the division of labour and
// indicators are public figures; the records behind a flow are not.
import type { Policy } from '../../platform/authorization'

export const insightsPolicies = {
  /** every record of every flow: the office; a city's officers and workstations, the flows touching their city */
  readFlowRecords: { corridor_admin: 'any', city_officer: 'own_city', workstation: 'own_city' },
  /** a firm, provider or institution sees the records it is a party to */
  readOwnFlowRecords: {
    firm: 'own_organisation',
    provider: 'own_organisation',
    financier: 'own_organisation',
  },
  /** the office sets the index weights and refreshes the figures */
  setWeights: { corridor_admin: 'any' },
  refresh: { corridor_admin: 'any' },
} satisfies Record<string, Policy>
