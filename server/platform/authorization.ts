// The one authorization helper: role × city × own organisation, called by every service before it acts.
import { AppError } from './errors'

export const roles = [
  'corridor_admin',
  'city_officer',
  'firm',
  'provider',
  'financier',
  'workstation',
  'professional',
] as const
export type Role = (typeof roles)[number]

export interface Principal {
  userId: string
  username: string
  role: Role
  cityCode: string | null
  organisationId: string | null
}

/** How far a role's grant reaches: everything, its own city's records, or its own organisation's. */
export type Reach = 'any' | 'own_city' | 'own_organisation' | 'self'

export type Policy = Partial<Record<Role, Reach>>

export interface ResourceScope {
  cityCode?: string | null
  organisationId?: string | null
  userId?: string | null
}

function reaches(principal: Principal, reach: Reach, scope: ResourceScope): boolean {
  switch (reach) {
    case 'any':
      return true
    case 'own_city':
      return principal.cityCode !== null && scope.cityCode === principal.cityCode
    case 'own_organisation':
      return principal.organisationId !== null && scope.organisationId === principal.organisationId
    case 'self':
      return scope.userId === principal.userId
  }
}

export function isAllowed(principal: Principal | null, policy: Policy, scope: ResourceScope = {}): boolean {
  if (principal === null) return false
  const reach = policy[principal.role]
  return reach !== undefined && reaches(principal, reach, scope)
}

/** Throws AUTH_REQUIRED for an anonymous caller and FORBIDDEN for one the policy does not reach. */
export function authorize(principal: Principal | null, policy: Policy, scope: ResourceScope = {}): Principal {
  if (principal === null) throw new AppError('AUTH_REQUIRED')
  if (!isAllowed(principal, policy, scope)) {
    throw new AppError('FORBIDDEN', { role: principal.role })
  }
  return principal
}

export function requirePrincipal(principal: Principal | null): Principal {
  if (principal === null) throw new AppError('AUTH_REQUIRED')
  return principal
}
