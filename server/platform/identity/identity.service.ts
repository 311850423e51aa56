// Identity's face: users, and the sessions and API tokens through which they act.
import type { Database } from '../../db/client'
import type { IdentityOptions } from './identity.model'
import { watchPrincipalChanges, type PrincipalChanges } from './principal-changes'
import { createSessionsService } from './sessions.service'
import { createUserAdminService } from './user-admin.service'
import { createUsersService } from './users.service'

export type { IdentityOptions, NewUser, PublicUser } from './identity.model'
export { toPrincipal, toPublicUser } from './identity.model'
export { principalCacheMs } from './sessions.service'
export { defaultSignInLimits, type SignInLimits } from './sign-in-limits'

/** A service that answers no requests (the seeder, a CLI command) holds no cache and needs to hear no changes. */
const quietChanges: PrincipalChanges = {
  cachingSafe: true,
  epoch: 0,
  changed: () => undefined,
  close: async () => undefined,
}

/**
 * Identity's services. A serving process watches other processes' changes to users (`watchChanges`), which holds a
 * database connection open until `close()`.
 */
export function createIdentityService(
  db: Database,
  options: IdentityOptions,
  settings: { watchChanges?: boolean } = {},
) {
  // the watcher drops the sessions' cache, which is made with the watcher: the callback finds it once both exist
  const holder: { sessions?: ReturnType<typeof createSessionsService> } = {}
  const changes =
    settings.watchChanges === true
      ? watchPrincipalChanges(db, () => holder.sessions?.dropCachedPrincipals())
      : quietChanges
  const sessions = createSessionsService(db, options, changes)
  holder.sessions = sessions
  return {
    ...createUsersService(db, options),
    ...sessions,
    ...createUserAdminService(db, options, changes),
    close: () => changes.close(),
  }
}

export type IdentityService = ReturnType<typeof createIdentityService>
