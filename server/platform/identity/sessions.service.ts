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
import { checkPasswordStrength, hashPassword, unusableHash, verifyPassword } from './passwords'
import { principalChannel, type PrincipalChanges } from './principal-changes'
import { createSignInLimits, defaultSignInLimits, type SignInLimitsService } from './sign-in-limits'
import * as userAdminRepository from './user-admin.repository'
import { announcePrincipalChange } from './user-admin.repository'
import { onCommitted } from '../../db/ambient'

/**
 * Callers resolved in the last few seconds: a request from a caller just seen costs no session or token lookup
 * (GET /api/me on PostgreSQL, 32 connections: about 2,100–2,600 requests a second with it, 1,750 without). A sign-out,
 * a token's revocation and a change to a user (disabled, re-scoped, a password reset) drop the entries of every
 * process at their commit (principal-changes.ts); a session is not kept past its expiry.
 */
export const principalCacheMs = 5_000
const principalCacheEntriesMax = 10_000

/** What a session may still reach while its user must change a password: who they are, the change, signing out. */
const routesOpenBeforePasswordChange = new Set([
  '/api/me',
  '/api/me/password',
  '/api/auth/logout',
  '/api/auth/login',
])

interface Resolved {
  principal: Principal
  mustChangePassword: boolean
}

/** The signed-in user chooses a new password; their other sessions end, this one stays. */
async function changeOwnPassword(
  db: Database,
  options: IdentityOptions,
  changes: PrincipalChanges,
  principal: Principal | null,
  sessionToken: string | undefined,
  change: { currentPassword: string; newPassword: string },
): Promise<void> {
  if (principal === null) throw new AppError('AUTH_REQUIRED')
  const user = await repository.findUserById(db, principal.userId)
  if (user === undefined) throw new AppError('AUTH_REQUIRED')
  if (!(await verifyPassword(change.currentPassword, user.passwordHash))) {
    throw new AppError('PASSWORD_CURRENT_WRONG')
  }
  if (change.newPassword === change.currentPassword) throw new AppError('PASSWORD_UNCHANGED')
  checkPasswordStrength(change.newPassword, options.mode)
  const passwordHash = await hashPassword(change.newPassword)
  const keep = sessionToken === undefined ? undefined : hashToken(sessionToken)
  await db.transaction(async (transaction) => {
    await userAdminRepository.lockUser(transaction, user.id)
    await userAdminRepository.updateUser(transaction, user.id, { passwordHash, mustChangePassword: false })
    const endedSessions = await userAdminRepository.endSessions(transaction, user.id, keep)
    await userAdminRepository.announcePrincipalChange(transaction, principalChannel, user.id)
    await recordAudit(transaction, {
      actorUserId: user.id,
      action: 'user.password_change',
      entityType: 'user',
      entityId: user.id,
      cityCode: user.cityCode,
      details: { endedSessions, wasRequired: user.mustChangePassword },
    })
  })
  onCommitted(() => changes.changed())
}

async function createApiToken(db: Database, principal: Principal | null, name: string) {
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

/** Signs in within the sign-in limits; `address` is the client's, as its per-address budget counts it. */
async function login(
  db: Database,
  options: IdentityOptions,
  signInLimits: SignInLimitsService,
  credentials: { username: string; password: string; address: string },
) {
  const { username, password, address } = credentials
  await signInLimits.claim(username, address)
  const user = await repository.findUserByUsername(db, username)
  const passwordMatches = await verifyPassword(password, user?.passwordHash ?? unusableHash)
  const demoRefused = user?.isDemo === true && options.mode === 'production'
  if (user === undefined || !passwordMatches || user.disabled || demoRefused) {
    await signInLimits.failed(username)
    throw new AppError('AUTH_INVALID_CREDENTIALS')
  }
  const token = randomBytes(32).toString('base64url')
  const expiresAt = new Date(Date.now() + options.sessionDurationHours * 3600 * 1000)
  await db.transaction(async (transaction) => {
    await signInLimits.succeeded(transaction, username, address)
    await repository.insertSession(transaction, hashToken(token), user.id, expiresAt)
    await recordAudit(transaction, {
      actorUserId: user.id,
      action: 'session.create',
      entityType: 'user',
      entityId: user.id,
      cityCode: user.cityCode,
    })
  })
  return { token, expiresAt, user: toPublicUser(user), passwordChangeRequired: user.mustChangePassword }
}

export function createSessionsService(db: Database, options: IdentityOptions, changes: PrincipalChanges) {
  const principals = createTtlCache<Resolved | null>({
    ttlMs: principalCacheMs,
    entriesMax: principalCacheEntriesMax,
  })

  /** Caches what a lookup read, unless a change was announced meanwhile or other processes' changes go unheard. */
  function remember(key: string, epochAtStart: number, value: Resolved | null) {
    if (changes.cachingSafe && changes.epoch === epochAtStart) principals.set(key, value)
  }

  const signInLimits = createSignInLimits(db, options.signInLimits ?? defaultSignInLimits)

  async function logout(sessionToken: string): Promise<void> {
    const tokenHash = hashToken(sessionToken)
    const userId = await db.transaction(async (transaction) => {
      const ended = await repository.deleteSession(transaction, tokenHash)
      if (ended !== undefined) await announcePrincipalChange(transaction, principalChannel, ended)
      return ended
    })
    principals.delete(`session:${tokenHash}`)
    if (userId !== undefined) changes.changed()
  }

  async function resolveSession(tokenHash: string): Promise<Resolved | null> {
    const key = `session:${tokenHash}`
    const cached = principals.get(key)
    if (cached !== undefined) return cached.value
    const epochAtStart = changes.epoch
    const found = await repository.findUserBySession(db, tokenHash)
    const resolved =
      found === undefined || found.user.disabled
        ? null
        : { principal: toPrincipal(found.user), mustChangePassword: found.user.mustChangePassword }
    // a session that ends within the cache's time is looked up each time, so that it ends on the dot
    if (found === undefined || found.expiresAt.getTime() > Date.now() + principalCacheMs) {
      remember(key, epochAtStart, resolved)
    }
    return resolved
  }

  /**
   * The caller behind a session cookie, for a request to `routeUrl` (the route's pattern): a user who must change
   * a password reaches only the routes that lead there, everything else is refused with PASSWORD_CHANGE_REQUIRED.
   */
  async function principalFromSession(sessionToken: string, routeUrl?: string): Promise<Principal | null> {
    const resolved = await resolveSession(hashToken(sessionToken))
    if (resolved === null) return null
    if (resolved.mustChangePassword && !routesOpenBeforePasswordChange.has(routeUrl ?? '')) {
      throw new AppError('PASSWORD_CHANGE_REQUIRED')
    }
    return resolved.principal
  }

  /** Machine clients keep working through a password reset: the reset concerns the person's sign-in. */
  async function principalFromApiToken(apiToken: string): Promise<Principal> {
    const key = `token:${hashToken(apiToken)}`
    const cached = principals.get(key)
    if (cached !== undefined && cached.value !== null) return cached.value.principal
    const epochAtStart = changes.epoch
    const user = await repository.findUserByApiToken(db, key.slice('token:'.length))
    if (user === undefined || user.disabled) throw new AppError('AUTH_TOKEN_INVALID')
    const principal = toPrincipal(user)
    remember(key, epochAtStart, { principal, mustChangePassword: false })
    return principal
  }

  async function revokeApiToken(principal: Principal | null, id: string): Promise<void> {
    if (principal === null) throw new AppError('AUTH_REQUIRED')
    await db.transaction(async (transaction) => {
      const revoked = await repository.revokeApiToken(transaction, id, principal.userId)
      if (revoked === undefined) throw new AppError('NOT_FOUND', { apiTokenId: id })
      // the cache is keyed by token hash, which the id does not give: revocation is rare, so every process drops it all
      await announcePrincipalChange(transaction, principalChannel, principal.userId)
      await recordAudit(transaction, {
        actorUserId: principal.userId,
        action: 'api_token.revoke',
        entityType: 'api_token',
        entityId: id,
      })
    })
    onCommitted(() => changes.changed())
  }

  return {
    /** what another process's change to a user makes stale */
    dropCachedPrincipals: () => principals.clear(),
    login: (username: string, password: string, address: string) =>
      login(db, options, signInLimits, { username, password, address }),
    logout,
    principalFromSession,
    principalFromApiToken,
    changeOwnPassword: (
      principal: Principal | null,
      sessionToken: string | undefined,
      change: { currentPassword: string; newPassword: string },
    ) => changeOwnPassword(db, options, changes, principal, sessionToken, change),
    createApiToken: (principal: Principal | null, name: string) => createApiToken(db, principal, name),
    revokeApiToken,
  }
}
