import type { FastifyInstance } from 'fastify'
import { sessionCookieName } from '../http/principal'
import { defineRoutes, del, get, post } from '../http/routes'
import { IdParams } from '../http/schemas'
import {
  ApiTokenCreated,
  CreateApiTokenBody,
  CreateUserBody,
  LoginBody,
  LoginResponse,
  UserSchema,
} from './identity.schemas'
import type { IdentityService } from './identity.service'

export function registerIdentityRoutes(
  app: FastifyInstance,
  identity: IdentityService,
  options: { secureCookies: boolean },
) {
  defineRoutes(app, { tags: ['auth'] }, [
    post(
      '/api/auth/login',
      {
        summary: 'Sign in; sets the httpOnly session cookie',
        body: LoginBody,
        ok: LoginResponse,
        config: { idempotency: false },
      },
      async (request, reply) => {
        const session = await identity.login(request.body.username, request.body.password)
        reply.setCookie(sessionCookieName, session.token, {
          path: '/',
          httpOnly: true,
          sameSite: 'lax',
          secure: options.secureCookies,
          expires: session.expiresAt,
        })
        return { user: session.user, expiresAt: session.expiresAt.toISOString() }
      },
    ),
    post(
      '/api/auth/logout',
      { summary: 'Sign out', noContent: true, config: { idempotency: false } },
      async (request, reply) => {
        const token = request.cookies[sessionCookieName]
        if (token !== undefined && token !== '') await identity.logout(token)
        reply.clearCookie(sessionCookieName, { path: '/' })
      },
    ),
    get('/api/me', { summary: 'The signed-in user', ok: UserSchema }, async (request) =>
      identity.me(request.principal),
    ),
    post(
      '/api/me/api-tokens',
      {
        summary: 'Create a bearer API token for a machine client',
        body: CreateApiTokenBody,
        created: ApiTokenCreated,
      },
      async (request) => {
        const created = await identity.createApiToken(request.principal, request.body.name)
        return { ...created, createdAt: created.createdAt.toISOString() }
      },
    ),
    del('/api/me/api-tokens/:id', { params: IdParams, noContent: true }, async (request) => {
      await identity.revokeApiToken(request.principal, request.params.id)
    }),
    post(
      '/api/users',
      { summary: 'Create a user (corridor office)', body: CreateUserBody, created: UserSchema },
      async (request) => identity.createUserAsAdministrator(request.principal, request.body),
    ),
  ])
}
