// Users, sessions and API tokens as a platform module: the sign-in, sign-out, user and token routes. Its error codes
// are the platform's own (platform/errors.ts): principal resolution answers them on every route.
import type { FastifyInstance } from 'fastify'
import type { Database } from '../../db/client'
import { defineModule } from '../module'
import { registerIdentityRoutes } from './identity.routes'
import { createIdentityService } from './identity.service'

export function createIdentityModule(
  db: Database,
  options: { sessionDurationHours: number; mode: 'demo' | 'production' },
) {
  const service = createIdentityService(db, options)
  return defineModule({
    service,
    name: 'identity',
    errors: {},
    registerRoutes(app: FastifyInstance) {
      registerIdentityRoutes(app, service, { secureCookies: options.mode === 'production' })
    },
  })
}
