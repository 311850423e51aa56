import type { FastifyInstance } from 'fastify'
import { sessionCookieName } from '../http/principal'
import { clientAddress } from '../http/rate-limits'
import { defineRoutes, del, get, patch, post, type Route } from '../http/routes'
import { IdParams, NoBody } from '../http/schemas'
import {
  ApiTokenCreated,
  ChangePasswordBody,
  CreateApiTokenBody,
  CreateUserBody,
  LoginBody,
  LoginResponse,
  PasswordReset,
  ResetPasswordBody,
  UpdateUserBody,
  UserListItem,
  UserListPage,
  UserListQuery,
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
        operationId: 'logIn',
        summary: 'Sign in; sets the httpOnly session cookie',
        description:
          'Anyone: signs in with a username and password and sets the httpOnly session cookie that later requests carry.',
        body: LoginBody,
        ok: LoginResponse,
        config: { idempotency: false },
      },
      async (request, reply) => {
        const session = await identity.login(
          request.body.username,
          request.body.password,
          clientAddress(request),
        )
        reply.setCookie(sessionCookieName, session.token, {
          path: '/',
          httpOnly: true,
          sameSite: 'lax',
          secure: options.secureCookies,
          expires: session.expiresAt,
        })
        return {
          user: session.user,
          expiresAt: session.expiresAt.toISOString(),
          passwordChangeRequired: session.passwordChangeRequired,
        }
      },
    ),
    post(
      '/api/auth/logout',
      {
        operationId: 'logOut',
        summary: 'Sign out',
        description: "Anyone: ends the caller's session, if any, and clears the session cookie.",
        body: NoBody,
        noContent: true,
        config: { idempotency: false },
      },
      async (request, reply) => {
        const token = request.cookies[sessionCookieName]
        if (token !== undefined && token !== '') await identity.logout(token)
        reply.clearCookie(sessionCookieName, { path: '/' })
      },
    ),
    get(
      '/api/me',
      {
        operationId: 'getMe',
        summary: 'The signed-in user',
        description: 'Any signed-in user: their account, role, city and organisation.',
        ok: UserSchema,
      },
      async (request) => identity.me(request.principal),
    ),
    post(
      '/api/me/api-tokens',
      {
        operationId: 'createApiToken',
        summary: 'Create a bearer API token for a machine client',
        description:
          'Any signed-in user: creates a bearer token acting as the caller, for a city system or bank integrating by machine.',
        body: CreateApiTokenBody,
        created: ApiTokenCreated,
      },
      async (request) => {
        const created = await identity.createApiToken(request.principal, request.body.name)
        return { ...created, createdAt: created.createdAt.toISOString() }
      },
    ),
    post(
      '/api/me/password',
      {
        operationId: 'changeMyPassword',
        summary: 'Change my password',
        description:
          'Any signed-in user, required after the office reset the password: checks the current password, sets the new one and ends the caller’s other sessions. Audited.',
        body: ChangePasswordBody,
        noContent: true,
      },
      async (request) => {
        await identity.changeOwnPassword(request.principal, request.cookies[sessionCookieName], request.body)
      },
    ),
    del(
      '/api/me/api-tokens/:id',
      {
        operationId: 'revokeApiToken',
        summary: 'Revoke one of my API tokens',
        description: 'Any signed-in user, for their own tokens: the token stops working at once.',
        params: IdParams,
        body: NoBody,
        noContent: true,
      },
      async (request) => {
        await identity.revokeApiToken(request.principal, request.params.id)
      },
    ),
    ...userAdministrationRoutes(identity),
  ])
}

/** The office's (and a city officer's, for its city) administration of users. */
function userAdministrationRoutes(identity: IdentityService): Route[] {
  return [
    post(
      '/api/users',
      {
        operationId: 'createUser',
        summary: 'Create a user (corridor office)',
        description:
          'The corridor office only: creates a user with a role and, where the role needs them, a city and an organisation.',
        body: CreateUserBody,
        created: UserSchema,
      },
      async (request) => identity.createUserAsAdministrator(request.principal, request.body),
    ),
    get(
      '/api/users',
      {
        operationId: 'listUsers',
        summary:
          'Users: search, filters, newest first, with a total (corridor office; a city officer its city)',
        description:
          "The corridor office sees every user, a city officer its own city's users; searchable by name, filtered by role, city and state, with a total.",
        querystring: UserListQuery,
        ok: UserListPage,
      },
      async (request) => identity.listUsers(request.principal, request.query),
    ),
    get(
      '/api/users/:id',
      {
        operationId: 'getUser',
        summary: 'One user',
        description: 'The corridor office, or a city officer for a user of their own city.',
        params: IdParams,
        ok: UserListItem,
      },
      async (request) => identity.getUser(request.principal, request.params.id),
    ),
    post(
      '/api/users/:id/disable',
      {
        operationId: 'disableUser',
        summary: 'Disable a user: its sessions and API tokens end at once and it can no longer sign in',
        description: 'The corridor office, or a city officer for a user of their own city; audited.',
        params: IdParams,
        body: NoBody,
        ok: UserListItem,
      },
      async (request) => identity.disableUser(request.principal, request.params.id),
    ),
    post(
      '/api/users/:id/enable',
      {
        operationId: 'enableUser',
        summary: 'Re-enable a disabled user (revoked API tokens stay revoked)',
        description: 'The corridor office, or a city officer for a user of their own city; audited.',
        params: IdParams,
        body: NoBody,
        ok: UserListItem,
      },
      async (request) => identity.enableUser(request.principal, request.params.id),
    ),
    post(
      '/api/users/:id/password-reset',
      {
        operationId: 'resetUserPassword',
        summary: 'Reset a password to a temporary one the user must change at the next sign-in',
        description:
          'The corridor office, or a city officer for a user of their own city; the user must change the password at the next sign-in. Audited.',
        params: IdParams,
        body: ResetPasswordBody,
        ok: PasswordReset,
        // the answer may carry the generated password, which must not be kept in the stored answers of keys; a
        // repeated reset is harmless (it voids the temporary password before it)
        config: { idempotency: false },
      },
      async (request) =>
        identity.resetPassword(request.principal, request.params.id, request.body.temporaryPassword),
    ),
    patch(
      '/api/users/:id',
      {
        operationId: 'updateUserScope',
        summary: "Change a user's role, city or organisation",
        description:
          'The corridor office, or a city officer within their own city (who may not make anyone corridor office); audited.',
        params: IdParams,
        body: UpdateUserBody,
        ok: UserListItem,
      },
      async (request) => identity.changeScope(request.principal, request.params.id, request.body),
    ),
  ]
}
