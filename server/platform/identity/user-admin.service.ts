// The administration of users: the list, one user, disabling and re-enabling, password resets and changes of role
// or scope. The corridor office manages everyone; a city officer only its own city's users, never granting the
// office's role or another city; nobody disables or re-scopes themselves. Each act commits with its audit record
// and tells every process to drop what it cached of the user (principal-changes.ts).
import type { Database } from '../../db/client'
import { recordAudit } from '../audit'
import { authorize, type Principal, type Role } from '../authorization'
import { AppError } from '../errors'
import { presentListPage, sortedPageRequest, toListPage } from '../http/list'
import { asRole } from './identity.model'
import type { IdentityOptions } from './identity.model'
import { checkPasswordStrength, generateTemporaryPassword, hashPassword } from './passwords'
import { principalChannel, type PrincipalChanges } from './principal-changes'
import * as repository from './user-admin.repository'
import type { UserListRow, UserSort } from './user-admin.repository'
import { checkScope } from './users.service'
import { onCommitted } from '../../db/ambient'

const manageUsersPolicy = { corridor_admin: 'any', city_officer: 'own_city' } as const

export interface UserListQuery {
  limit?: number
  cursor?: string
  q?: string
  role?: Role
  city?: string
  organisation?: string
  status?: 'enabled' | 'disabled'
  sort?: UserSort | `-${UserSort}`
}

export interface UserScopeChange {
  role?: Role
  cityCode?: string | null
  organisationId?: string | null
}

export function presentListedUser(row: UserListRow) {
  return {
    id: row.id,
    username: row.username,
    displayNameZh: row.display_name_zh,
    displayNameEn: row.display_name_en,
    role: asRole(row.role),
    cityCode: row.city_code,
    cityNameZh: row.city_name_zh,
    cityNameEn: row.city_name_en,
    organisationId: row.organisation_id,
    organisationNameZh: row.organisation_name_zh,
    organisationNameEn: row.organisation_name_en,
    disabled: row.disabled,
    passwordChangeRequired: row.must_change_password,
    isDemo: row.is_demo,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  }
}

export type ListedUser = ReturnType<typeof presentListedUser>

/** Who may administer users at all: the office, and city officers (within their city, below). */
function administrator(principal: Principal | null): Principal {
  return authorize(principal, manageUsersPolicy, { cityCode: principal?.cityCode ?? null })
}

/** A city officer reaches only users of its own city; the office reaches everyone. */
function reachUser(actor: Principal, target: { cityCode: string | null }): Principal {
  if (actor.role === 'city_officer' && target.cityCode !== actor.cityCode) {
    throw new AppError('USER_CITY_OUT_OF_REACH', { cityCode: target.cityCode })
  }
  return actor
}

function refuseSelf(actor: Principal, userId: string) {
  if (actor.userId === userId) throw new AppError('USER_SELF_CHANGE_REFUSED')
}

async function named(db: Database, userId: string): Promise<ListedUser> {
  const row = await repository.findNamedUser(db, userId)
  if (row === undefined) throw new AppError('NOT_FOUND', { userId })
  return presentListedUser(row)
}

async function listUsers(db: Database, principal: Principal | null, query: UserListQuery) {
  const actor = administrator(principal)
  if (actor.role === 'city_officer' && query.city !== undefined && query.city !== actor.cityCode) {
    throw new AppError('USER_CITY_OUT_OF_REACH', { cityCode: query.city })
  }
  const filter: repository.UserListFilter = {
    search: query.q,
    role: query.role,
    cityCode: actor.role === 'city_officer' ? (actor.cityCode ?? undefined) : query.city,
    organisationId: query.organisation,
    disabled: query.status === undefined ? undefined : query.status === 'disabled',
  }
  // newest first: the office checks the accounts it has just made
  const page = sortedPageRequest(query, '-createdAt')
  const read = await repository.listUsers(db, filter, page)
  return presentListPage(
    toListPage(page, read, (row) =>
      page.order.key === 'createdAt' ? new Date(row.created_at) : row.username,
    ),
    presentListedUser,
  )
}

async function getUser(db: Database, principal: Principal | null, userId: string): Promise<ListedUser> {
  const actor = administrator(principal)
  const user = await named(db, userId)
  reachUser(actor, user)
  return user
}

async function lockReachable(transaction: Database, actor: Principal, userId: string) {
  const user = await repository.lockUser(transaction, userId)
  if (user === undefined) throw new AppError('NOT_FOUND', { userId })
  return { actor: reachUser(actor, user), user }
}

export function createUserAdminService(db: Database, options: IdentityOptions, changes: PrincipalChanges) {
  /** Runs an act on one user in one transaction with its audit record, then drops this process's cache. */
  async function act<Result>(
    principal: Principal | null,
    userId: string,
    work: (transaction: Database, actor: Principal, user: repository.LockedUser) => Promise<Result>,
  ): Promise<Result> {
    const administering = administrator(principal)
    const result = await db.transaction(async (transaction) => {
      const { actor, user } = await lockReachable(transaction, administering, userId)
      const answer = await work(transaction, actor, user)
      await repository.announcePrincipalChange(transaction, principalChannel, userId)
      return answer
    })
    onCommitted(() => changes.changed())
    return result
  }

  async function disableUser(principal: Principal | null, userId: string): Promise<ListedUser> {
    await act(principal, userId, async (transaction, actor, user) => {
      refuseSelf(actor, userId)
      if (user.disabled) throw new AppError('USER_ALREADY_DISABLED')
      await repository.updateUser(transaction, userId, { disabled: true })
      const ended = await repository.endSessionsAndTokens(transaction, userId)
      await recordAudit(transaction, {
        actorUserId: actor.userId,
        action: 'user.disable',
        entityType: 'user',
        entityId: userId,
        cityCode: user.cityCode,
        details: { endedSessions: ended.sessions, revokedApiTokens: ended.apiTokens },
      })
    })
    return named(db, userId)
  }

  /** Re-enabling lets the user sign in again; the API tokens revoked by the disabling stay revoked. */
  async function enableUser(principal: Principal | null, userId: string): Promise<ListedUser> {
    await act(principal, userId, async (transaction, actor, user) => {
      if (!user.disabled) throw new AppError('USER_ALREADY_ENABLED')
      await repository.updateUser(transaction, userId, { disabled: false })
      await recordAudit(transaction, {
        actorUserId: actor.userId,
        action: 'user.enable',
        entityType: 'user',
        entityId: userId,
        cityCode: user.cityCode,
      })
    })
    return named(db, userId)
  }

  /**
   * Sets a temporary password (the office's, or one generated and answered once) that the user must change at the
   * next sign-in; the user's sessions end. Machine clients' API tokens keep working.
   */
  async function resetPassword(principal: Principal | null, userId: string, temporaryPassword?: string) {
    administrator(principal)
    if (temporaryPassword !== undefined) checkPasswordStrength(temporaryPassword, options.mode)
    const password = temporaryPassword ?? generateTemporaryPassword()
    const passwordHash = await hashPassword(password)
    await act(principal, userId, async (transaction, actor, user) => {
      await repository.updateUser(transaction, userId, { passwordHash, mustChangePassword: true })
      const endedSessions = await repository.endSessions(transaction, userId)
      await recordAudit(transaction, {
        actorUserId: actor.userId,
        action: 'user.password_reset',
        entityType: 'user',
        entityId: userId,
        cityCode: user.cityCode,
        details: { generated: temporaryPassword === undefined, endedSessions },
      })
    })
    return {
      user: await named(db, userId),
      temporaryPassword: temporaryPassword === undefined ? password : null,
    }
  }

  /** A new role or scope, checked as a new user's would be; the user's next request acts with it. */
  async function changeScope(principal: Principal | null, userId: string, change: UserScopeChange) {
    await act(principal, userId, async (transaction, actor, user) => {
      refuseSelf(actor, userId)
      const next = {
        role: change.role ?? asRole(user.role),
        cityCode: change.cityCode === undefined ? user.cityCode : change.cityCode,
        organisationId: change.organisationId === undefined ? user.organisationId : change.organisationId,
      }
      checkScope(next)
      if (
        actor.role === 'city_officer' &&
        (next.role === 'corridor_admin' || next.cityCode !== actor.cityCode)
      ) {
        throw new AppError('USER_CITY_OUT_OF_REACH', { role: next.role, cityCode: next.cityCode })
      }
      await repository.updateUser(transaction, userId, next)
      await recordAudit(transaction, {
        actorUserId: actor.userId,
        action: 'user.scope_change',
        entityType: 'user',
        entityId: userId,
        cityCode: next.cityCode ?? user.cityCode,
        details: {
          before: { role: user.role, cityCode: user.cityCode, organisationId: user.organisationId },
          after: next,
        },
      })
    })
    return named(db, userId)
  }

  return {
    listUsers: (principal: Principal | null, query: UserListQuery) => listUsers(db, principal, query),
    getUser: (principal: Principal | null, userId: string) => getUser(db, principal, userId),
    disableUser,
    enableUser,
    resetPassword,
    changeScope,
  }
}
