// Who may do what in tech finance: role × city × own organisation, plus the firm's consent for an institution to
// read its indicators (checked by the referrals service, against the referral that carries it).
import type { Policy } from '../../platform/authorization'

export const financePolicies = {
  writeProduct: { corridor_admin: 'any', financier: 'own_organisation' },
  setParameters: { corridor_admin: 'any' },
  /** a firm's own score and indicators; officers and workstations of its city; the corridor office */
  readScore: {
    corridor_admin: 'any',
    city_officer: 'own_city',
    workstation: 'own_city',
    firm: 'own_organisation',
  },
  recordIndicators: {
    corridor_admin: 'any',
    city_officer: 'own_city',
    workstation: 'own_city',
    firm: 'own_organisation',
  },
  writeNeed: { firm: 'own_organisation', workstation: 'own_city' },
  readNeed: {
    corridor_admin: 'any',
    city_officer: 'own_city',
    workstation: 'own_city',
    firm: 'own_organisation',
  },
  /** only the firm refers its need, because the referral carries its consent */
  refer: { firm: 'own_organisation' },
  decideReferral: { financier: 'own_organisation' },
  readReferralAsInstitution: { financier: 'own_organisation' },
  readReferralAsFirmSide: {
    corridor_admin: 'any',
    city_officer: 'own_city',
    workstation: 'own_city',
    firm: 'own_organisation',
  },
  runCase: { corridor_admin: 'any', workstation: 'own_city' },
  readCase: { corridor_admin: 'any', city_officer: 'own_city', workstation: 'own_city' },
  readFigures: { corridor_admin: 'any', city_officer: 'any', workstation: 'any' },
  matchFirmsForProduct: { corridor_admin: 'any', financier: 'own_organisation' },
} as const satisfies Record<string, Policy>
