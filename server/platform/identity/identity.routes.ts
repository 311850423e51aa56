import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { errorResponses, IdParams } from '../http/schemas'
import { sessionCookieName } from '../http/principal'
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
  instance: FastifyInstance,
  identity: IdentityService,
  options: { secureCookies: boolean },
) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()

  app.post(
    '/api/auth/login',
    {
      config: { idempotency: false },
      schema: {
        tags: ['auth'],
        summary: 'Sign in; sets the httpOnly session cookie',
        body: LoginBody,
        response: { 200: LoginResponse, ...errorResponses },
      },
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
  )

  app.post(
    '/api/auth/logout',
    {
      config: { idempotency: false },
      schema: { tags: ['auth'], summary: 'Sign out', response: { 204: Type.Null(), ...errorResponses } },
    },
    async (request, reply) => {
      const token = request.cookies[sessionCookieName]
      if (token !== undefined && token !== '') await identity.logout(token)
      reply.clearCookie(sessionCookieName, { path: '/' })
      return reply.code(204).send(null)
    },
  )

  app.get(
    '/api/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user',
        response: { 200: UserSchema, ...errorResponses },
      },
    },
    async (request) => identity.me(request.principal),
  )

  app.post(
    '/api/me/api-tokens',
    {
      schema: {
        tags: ['auth'],
        summary: 'Create a bearer API token for a machine client',
        body: CreateApiTokenBody,
        response: { 201: ApiTokenCreated, ...errorResponses },
      },
    },
    async (request, reply) => {
      const created = await identity.createApiToken(request.principal, request.body.name)
      return reply.code(201).send({ ...created, createdAt: created.createdAt.toISOString() })
    },
  )

  app.delete(
    '/api/me/api-tokens/:id',
    {
      schema: { tags: ['auth'], params: IdParams, response: { 204: Type.Null(), ...errorResponses } },
    },
    async (request, reply) => {
      await identity.revokeApiToken(request.principal, request.params.id)
      return reply.code(204).send(null)
    },
  )

  app.post(
    '/api/users',
    {
      schema: {
        tags: ['auth'],
        summary: 'Create a user (corridor office)',
        body: CreateUserBody,
        response: { 201: UserSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await identity.createUserAsAdministrator(request.principal, request.body)),
  )
}
