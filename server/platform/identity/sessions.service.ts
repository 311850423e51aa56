// Sessions and API tokens: signing in and out, and the principal behind a session cookie or a bearer token.
import { randomBytes } from 'node:crypto'
import type { Database } from '../../db/client'
import { recordAudit } from '../audit'
import type { Principal } from '../authorization'
import { createTtlCache } from '../cache'
import { AppError, assert } from '../errors'
import { newId } from '../ids'
import * as repository from './identity.repository'
import { hashToken, toPrincipal, toPublicUser, type IdentityOptions } from './identity.model'
import { unusableHash, verifyPassword } from './passwords'

export const loginFailuresMax = 5
export const loginFailureWindowMs = 15 * 60 * 1000

/**
 * Callers resolved in the last few seconds: a request from a caller just seen costs no session or token lookup.
 * Logout and token revocation in this process drop entries at once; another process of a scaled-out deployment
 * sees them within principalCacheMs.
 */
export const principalCacheMs = 5_000
const principalCacheEntriesMax = 10_000

export function createSessionsService(db: Database, options: IdentityOptions) {
  const principals = createTtlCache<Principal | null>({
    ttlMs: principalCacheMs,
    entriesMax: principalCacheEntriesMax,
  })

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

  return { login, logout, principalFromSession, principalFromApiToken, createApiToken, revokeApiToken }
}
