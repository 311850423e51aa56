import { createHash, randomBytes } from 'node:crypto'
import type { Database } from '../../db/client'
import { createTtlCache } from '../cache'
import { recordAudit } from '../audit'
import { authorize, roles, type Principal, type Role } from '../authorization'
import { AppError, assert } from '../errors'
import { newId } from '../ids'
import * as repository from './identity.repository'
import { demoPassword, hashPassword, unusableHash, verifyPassword } from './passwords'

export const loginFailuresMax = 5
export const loginFailureWindowMs = 15 * 60 * 1000
const passwordLengthMin = 10

export interface IdentityOptions {
  sessionDurationHours: number
  mode: 'demo' | 'production'
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
}

const organisationPrefixByRole: Partial<Record<Role, string>> = {
  firm: 'firm_',
  provider: 'prov_',
  financier: 'inst_',
}
const rolesWithCity: readonly Role[] = ['city_officer', 'workstation']

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

function asRole(value: string): Role {
  const role = roles.find((candidate) => candidate === value)
  assert(role !== undefined, `stored role ${value} is not a known role`)
  return role
}

export function toPrincipal(user: repository.UserRow): Principal {
  return {
    userId: user.id,
    username: user.username,
    role: asRole(user.role),
    cityCode: user.cityCode,
    organisationId: user.organisationId,
  }
}

export function toPublicUser(user: repository.UserRow): PublicUser {
  return {
    id: user.id,
    username: user.username,
    displayNameZh: user.displayNameZh,
    displayNameEn: user.displayNameEn,
    role: asRole(user.role),
    cityCode: user.cityCode,
    organisationId: user.organisationId,
  }
}

const manageUsersPolicy = { corridor_admin: 'any' } as const

/**
 * Callers resolved in the last few seconds: a request from a caller just seen costs no session or token lookup.
 * Logout and token revocation in this process drop entries at once; another process of a scaled-out deployment
 * sees them within principalCacheMs.
 */
export const principalCacheMs = 5_000
const principalCacheEntriesMax = 10_000

export function createIdentityService(db: Database, options: IdentityOptions) {
  const principals = createTtlCache<Principal | null>({
    ttlMs: principalCacheMs,
    entriesMax: principalCacheEntriesMax,
  })
  function checkScope(user: NewUser) {
    const prefix = organisationPrefixByRole[user.role]
    if (prefix !== undefined && !(user.organisationId ?? '').startsWith(prefix)) {
      throw new AppError('VALIDATION_FAILED', { field: 'organisationId', expected: `${prefix}…` })
    }
    if (rolesWithCity.includes(user.role) && !user.cityCode) {
      throw new AppError('VALIDATION_FAILED', { field: 'cityCode', reason: 'required for this role' })
    }
  }

  function checkPassword(user: NewUser) {
    const weak = user.password.length < passwordLengthMin
    const demoInProduction = options.mode === 'production' && user.password === demoPassword
    if ((weak && !(user.isDemo && user.password === demoPassword)) || demoInProduction) {
      throw new AppError('PASSWORD_TOO_WEAK')
    }
  }

  /** The API's way in: only a signed-in corridor office user may create users. */
  async function createUserAsAdministrator(principal: Principal | null, user: NewUser): Promise<PublicUser> {
    return createUser(authorize(principal, manageUsersPolicy), user)
  }

  /** The CLI and the seeder create users as the system (actor null); the API goes through the function above. */
  async function createUser(actor: Principal | null, user: NewUser): Promise<PublicUser> {
    checkScope(user)
    checkPassword(user)
    const passwordHash = await hashPassword(user.password)
    return db.transaction(async (transaction) => {
      const inserted = await repository.insertUser(transaction, {
        id: newId('usr'),
        username: user.username,
        displayNameZh: user.displayNameZh,
        displayNameEn: user.displayNameEn,
        passwordHash,
        role: user.role,
        cityCode: user.cityCode ?? null,
        organisationId: user.organisationId ?? null,
        isDemo: user.isDemo ?? false,
      })
      if (inserted === undefined) throw new AppError('USER_EXISTS', { username: user.username })
      await recordAudit(transaction, {
        actorUserId: actor?.userId ?? null,
        action: 'user.create',
        entityType: 'user',
        entityId: inserted.id,
        cityCode: inserted.cityCode,
        details: {
          username: inserted.username,
          role: inserted.role,
          organisationId: inserted.organisationId,
        },
      })
      return toPublicUser(inserted)
    })
  }

  async function login(username: string, password: string) {
    const failures = await repository.countRecentFailures(db, username, Date.now() - loginFailureWindowMs)
    if (failures >= loginFailuresMax) throw new AppError('AUTH_RATE_LIMITED', { retryAfterSeconds: 900 })
    const user = await repository.findUserByUsername(db, username)
    const passwordMatches = await verifyPassword(password, user?.passwordHash ?? unusableHash)
    const demoRefused = user?.isDemo === true && options.mode === 'production'
    if (user === undefined || !passwordMatches || user.disabled || demoRefused) {
      await repository.insertLoginFailure(db, username)
      throw new AppError('AUTH_INVALID_CREDENTIALS')
    }
    const token = randomBytes(32).toString('base64url')
    const expiresAt = new Date(Date.now() + options.sessionDurationHours * 3600 * 1000)
    await db.transaction(async (transaction) => {
      await repository.clearLoginFailures(transaction, username)
      await repository.insertSession(transaction, hashToken(token), user.id, expiresAt)
      await recordAudit(transaction, {
        actorUserId: user.id,
        action: 'session.create',
        entityType: 'user',
        entityId: user.id,
        cityCode: user.cityCode,
      })
    })
    return { token, expiresAt, user: toPublicUser(user) }
  }

  async function logout(sessionToken: string): Promise<void> {
    const tokenHash = hashToken(sessionToken)
    principals.delete(`session:${tokenHash}`)
    await repository.deleteSession(db, tokenHash)
  }

  async function principalFromSession(sessionToken: string): Promise<Principal | null> {
    const key = `session:${hashToken(sessionToken)}`
    const cached = principals.get(key)
    if (cached !== undefined) return cached.value
    const user = await repository.findUserBySession(db, key.slice('session:'.length))
    const principal = user === undefined || user.disabled ? null : toPrincipal(user)
    principals.set(key, principal)
    return principal
  }

  async function principalFromApiToken(apiToken: string): Promise<Principal> {
    const key = `token:${hashToken(apiToken)}`
    const cached = principals.get(key)
    if (cached !== undefined && cached.value !== null) return cached.value
    const user = await repository.findUserByApiToken(db, key.slice('token:'.length))
    if (user === undefined || user.disabled) throw new AppError('AUTH_TOKEN_INVALID')
    const principal = toPrincipal(user)
    principals.set(key, principal)
    return principal
  }

  /** For operators' commands (g60 settle --as officer.hf): the CLI acts as a named, enabled user. */
  async function principalOfUsername(username: string): Promise<Principal> {
    const user = await repository.findUserByUsername(db, username)
    if (user === undefined || user.disabled) throw new AppError('USER_NOT_FOUND', { username })
    return toPrincipal(user)
  }

  async function me(principal: Principal | null): Promise<PublicUser> {
    if (principal === null) throw new AppError('AUTH_REQUIRED')
    const user = await repository.findUserById(db, principal.userId)
    if (user === undefined) throw new AppError('AUTH_REQUIRED')
    return toPublicUser(user)
  }

  async function createApiToken(principal: Principal | null, name: string) {
    if (principal === null) throw new AppError('AUTH_REQUIRED')
    const token = `g60_${randomBytes(32).toString('base64url')}`
    return db.transaction(async (transaction) => {
      const row = await repository.insertApiToken(transaction, {
        id: newId('tok'),
        tokenHash: hashToken(token),
        userId: principal.userId,
        name,
      })
      assert(row !== undefined, 'insert returned the token row')
      await recordAudit(transaction, {
        actorUserId: principal.userId,
        action: 'api_token.create',
        entityType: 'api_token',
        entityId: row.id,
        details: { name },
      })
      return { id: row.id, name: row.name, token, createdAt: row.createdAt }
    })
  }

  async function revokeApiToken(principal: Principal | null, id: string): Promise<void> {
    if (principal === null) throw new AppError('AUTH_REQUIRED')
    await db.transaction(async (transaction) => {
      const revoked = await repository.revokeApiToken(transaction, id, principal.userId)
      if (revoked === undefined) throw new AppError('NOT_FOUND', { apiTokenId: id })
      // the cache is keyed by token hash, which the id does not give: revocation is rare, so drop it all
      principals.clear()
      await recordAudit(transaction, {
        actorUserId: principal.userId,
        action: 'api_token.revoke',
        entityType: 'api_token',
        entityId: id,
      })
    })
  }

  return {
    createUser,
    createUserAsAdministrator,
    login,
    logout,
    principalFromSession,
    principalFromApiToken,
    principalOfUsername,
    me,
    createApiToken,
    revokeApiToken,
  }
}

export type IdentityService = ReturnType<typeof createIdentityService>
