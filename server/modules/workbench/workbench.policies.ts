// Who has a workbench, and how far it reaches: officers their city (the office the corridor), organisations their
// own work, a professional its own cases.
import type { Policy } from '../../platform/authorization'

export const workbenchPolicies = {
  read: {
    corridor_admin: 'any',
    city_officer: 'own_city',
    workstation: 'own_city',
    firm: 'own_organisation',
    provider: 'own_organisation',
    financier: 'own_organisation',
    professional: 'self',
  },
} satisfies Record<string, Policy>
