// Who may change what in the registry: role × city × own organisation.
import type { Policy } from '../../platform/authorization'

export const registryPolicies = {
  updateCity: { corridor_admin: 'any' },
  writeIndustry: { corridor_admin: 'any' },
  writePark: { corridor_admin: 'any', city_officer: 'own_city' },
  writeAlliance: { corridor_admin: 'any' },
  createFirm: { corridor_admin: 'any', city_officer: 'own_city' },
  updateFirm: { corridor_admin: 'any', city_officer: 'own_city', firm: 'own_organisation' },
  readFirmFigures: {
    corridor_admin: 'any',
    city_officer: 'own_city',
    workstation: 'own_city',
    firm: 'own_organisation',
  },
  createInstitution: { corridor_admin: 'any' },
  updateInstitution: { corridor_admin: 'any', financier: 'own_organisation' },
  createProvider: { corridor_admin: 'any', city_officer: 'own_city' },
  updateProvider: { corridor_admin: 'any', city_officer: 'own_city', provider: 'own_organisation' },
  admitProvider: { corridor_admin: 'any', city_officer: 'own_city' },
  /** a provider hands in its own self-evaluation (self_evaluation → credit_check); the city does the rest */
  submitSelfEvaluation: { corridor_admin: 'any', city_officer: 'own_city', provider: 'own_organisation' },
} as const satisfies Record<string, Policy>

/** Certified facts a firm may not change about itself: officials set them. */
export const officialFirmFields = [
  'isHighTech',
  'highTechCertifiedOn',
  'isLeading',
  'isTechSme',
  'industryCode',
  'nameZh',
] as const

/** The public notice runs this many calendar days before a provider may be made active. */
export const publicNoticeDays = 7

/** Statuses that take a provider out of service: the decision must give its reason. */
export const admissionStatusesNeedingReason: readonly string[] = ['suspended', 'blacklisted']

/** Provider admission: self-evaluation → credit check → 7-day public notice → active; suspension and blacklist. */
export const admissionTransitions: Record<string, readonly string[]> = {
  self_evaluation: ['credit_check', 'blacklisted'],
  credit_check: ['public_notice', 'self_evaluation', 'blacklisted'],
  public_notice: ['active', 'credit_check', 'blacklisted'],
  active: ['suspended', 'blacklisted'],
  suspended: ['active', 'blacklisted'],
  blacklisted: [],
}
