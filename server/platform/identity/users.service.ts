// Users: created by the corridor office (the API), the CLI or the seeder, and read by who they are.
import type { Database } from '../../db/client'
import { recordAudit } from '../audit'
import { authorize, type Principal, type Role } from '../authorization'
import { AppError } from '../errors'
import { newId } from '../ids'
import * as repository from './identity.repository'
import {
  toPrincipal,
  toPublicUser,
  type IdentityOptions,
  type NewUser,
  type PublicUser,
} from './identity.model'
import { checkPasswordStrength, hashPassword } from './passwords'

const organisationPrefixByRole: Partial<Record<Role, string>> = {
  firm: 'firm_',
  provider: 'prov_',
  financier: 'inst_',
}
const rolesWithCity: readonly Role[] = ['city_officer', 'workstation']
const manageUsersPolicy = { corridor_admin: 'any' } as const

/** A role's scope must hold together: a city for the city roles, an organisation of the right kind for others. */
export function checkScope(user: Pick<NewUser, 'role' | 'cityCode' | 'organisationId'>) {
  const prefix = organisationPrefixByRole[user.role]
  if (prefix !== undefined && !(user.organisationId ?? '').startsWith(prefix)) {
    throw new AppError('VALIDATION_FAILED', { field: 'organisationId', expected: `${prefix}…` })
  }
  if (rolesWithCity.includes(user.role) && !user.cityCode) {
    throw new AppError('VALIDATION_FAILED', { field: 'cityCode', reason: 'required for this role' })
  }
}

export function createUsersService(db: Database, options: IdentityOptions) {
  /** The CLI and the seeder create users as the system (actor null); the API goes through the function below. */
  async function createUser(actor: Principal | null, user: NewUser): Promise<PublicUser> {
    checkScope(user)
    checkPasswordStrength(user.password, options.mode, user.isDemo ?? false)
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

  return {
    createUser,

    /** The API's way in: only a signed-in corridor office user may create users. */
    createUserAsAdministrator: (principal: Principal | null, user: NewUser) =>
      createUser(authorize(principal, manageUsersPolicy), user),

    /** For operators' commands (g60 settle --as officer.hf): the CLI acts as a named, enabled user. */
    async principalOfUsername(username: string): Promise<Principal> {
      const user = await repository.findUserByUsername(db, username)
      if (user === undefined || user.disabled) throw new AppError('USER_NOT_FOUND', { username })
      return toPrincipal(user)
    },

    async me(principal: Principal | null): Promise<PublicUser> {
      if (principal === null) throw new AppError('AUTH_REQUIRED')
      const user = await repository.findUserById(db, principal.userId)
      if (user === undefined) throw new AppError('AUTH_REQUIRED')
      return toPublicUser(user)
    },
  }
}
