// What identity's services share: the options, a new user's fields, a user as the API shows it, and the mappings
// from a stored user.
import { createHash } from 'node:crypto'
import { roles, type Principal, type Role } from '../authorization'
import { assert } from '../errors'
import type { UserRow } from './identity.repository'
import type { SignInLimits } from './sign-in-limits'

export interface IdentityOptions {
  sessionDurationHours: number
  mode: 'demo' | 'production'
  /** the serving process's (config); a service that signs nobody in (the seeder, a CLI command) keeps the defaults */
  signInLimits?: SignInLimits
}

export interface NewUser {
  username: string
  password: string
  displayNameZh: string
  displayNameEn: string
  role: Role
  cityCode?: string | null
  organisationId?: string | null
  isDemo?: boolean
}

export interface PublicUser {
  id: string
  username: string
  displayNameZh: string
  displayNameEn: string
  role: Role
  cityCode: string | null
  organisationId: string | null
  passwordChangeRequired: boolean
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

export function asRole(value: string): Role {
  const role = roles.find((candidate) => candidate === value)
  assert(role !== undefined, `stored role ${value} is not a known role`)
  return role
}

export function toPrincipal(user: UserRow): Principal {
  return {
    userId: user.id,
    username: user.username,
    role: asRole(user.role),
    cityCode: user.cityCode,
    organisationId: user.organisationId,
  }
}

export function toPublicUser(user: UserRow): PublicUser {
  return {
    id: user.id,
    username: user.username,
    displayNameZh: user.displayNameZh,
    displayNameEn: user.displayNameEn,
    role: asRole(user.role),
    cityCode: user.cityCode,
    organisationId: user.organisationId,
    passwordChangeRequired: user.mustChangePassword,
  }
}
