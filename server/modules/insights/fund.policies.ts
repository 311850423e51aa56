// Who may do what with the G60 fund: the corridor office runs it; its figures are the corridor's, open to every
// signed-in role; the investments with the firms' names are for the office, the cities' officers and workstations
// (any city: the fund is the nine cities' together), and a firm sees its own.
import type { Policy } from '../../platform/authorization'

export const fundPolicies = {
  /** record an investment, a follow-on or an exit; see the equity referrals waiting to become investments */
  manage: { corridor_admin: 'any' },
  /** backers, totals, the breakdowns and the heat map: whole-fund figures with no firm named */
  readFigures: {
    corridor_admin: 'any',
    city_officer: 'any',
    workstation: 'any',
    firm: 'any',
    provider: 'any',
    financier: 'any',
    professional: 'any',
  },
  /** investments with their firms' names and capital calls */
  readInvestments: {
    corridor_admin: 'any',
    city_officer: 'any',
    workstation: 'any',
    firm: 'own_organisation',
  },
} satisfies Record<string, Policy>
