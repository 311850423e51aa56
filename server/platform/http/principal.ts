// Who is calling: a console session cookie or a bearer API token, resolved once per request.
import type { FastifyInstance } from 'fastify'
import type { Principal } from '../authorization'
import type { IdentityService } from '../identity/identity.service'

export const sessionCookieName = 'g60_session'

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null
  }
}

export function registerPrincipalResolution(app: FastifyInstance, identity: IdentityService) {
  app.decorateRequest('principal', null)
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return
    const authorization = request.headers.authorization
    if (authorization !== undefined && authorization.startsWith('Bearer ')) {
      request.principal = await identity.principalFromApiToken(authorization.slice('Bearer '.length).trim())
      return
    }
    const sessionToken = request.cookies[sessionCookieName]
    if (sessionToken !== undefined && sessionToken !== '') {
      request.principal = await identity.principalFromSession(sessionToken, request.routeOptions.url)
    }
  })
}
