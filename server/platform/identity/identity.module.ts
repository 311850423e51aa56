// Users, sessions and API tokens as a platform module: the sign-in, sign-out, user and token routes. Its own codes
// (identity.errors.ts) are the administration's; the sign-in's are the platform's (platform/errors.ts), since
// principal resolution answers them on every route.
import type { FastifyInstance } from 'fastify'
import type { Database } from '../../db/client'
import { defineModule } from '../module'
import { identityErrors } from './identity.errors'
import { registerIdentityRoutes } from './identity.routes'
import { createIdentityService, type IdentityOptions } from './identity.service'

export function createIdentityModule(db: Database, options: IdentityOptions) {
  const service = createIdentityService(db, options, { watchChanges: true })
  return defineModule({
    service,
    name: 'identity',
    errors: identityErrors,
    registerRoutes(app: FastifyInstance) {
      registerIdentityRoutes(app, service, { secureCookies: options.mode === 'production' })
    },
    close: () => service.close(),
  })
}
