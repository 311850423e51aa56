// Identity's face: users, and the sessions and API tokens through which they act.
import type { Database } from '../../db/client'
import type { IdentityOptions } from './identity.model'
import { createSessionsService } from './sessions.service'
import { createUsersService } from './users.service'

export type { IdentityOptions, NewUser, PublicUser } from './identity.model'
export { toPrincipal, toPublicUser } from './identity.model'
export { loginFailuresMax, loginFailureWindowMs, principalCacheMs } from './sessions.service'

export function createIdentityService(db: Database, options: IdentityOptions) {
  return { ...createUsersService(db, options), ...createSessionsService(db, options) }
}

export type IdentityService = ReturnType<typeof createIdentityService>
