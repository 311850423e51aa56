import { api, unwrap } from '../../../shared/api/client'
import type { CreateUserBody } from '../../../shared/api/types'
import type { Ok, QueryOf, RequestBody } from '../../../shared/api/schemaTypes'
import { idempotencyHeader, useIdempotentMutation } from '../../../shared/api/useIdempotentMutation'
import { pagedSource } from '../../../shared/list/usePagedList'

export type ListedUser = Ok<'/api/users/{id}', 'get'>
export type UserListFilters = Omit<QueryOf<'/api/users'>, 'limit' | 'cursor'>
export type UserScopeChange = RequestBody<'/api/users/{id}', 'patch'>
export type PasswordReset = Ok<'/api/users/{id}/password-reset', 'post'>

const usersKey = ['admin', 'users'] as const

/** GET /api/users: the administration's list, newest first unless sorted otherwise, with its total. */
export const userPages = pagedSource([...usersKey, 'page'], (filters: UserListFilters, page, signal) =>
  unwrap(api.GET('/api/users', { params: { query: { ...filters, ...page } }, signal })),
)

const refreshUsers = { invalidates: { queryKey: usersKey } }

/** POST /api/users: a retry of the same form reuses its Idempotency-Key, so it cannot create a second user. */
export function useCreateUser() {
  return useIdempotentMutation(
    (body: CreateUserBody, key: string) =>
      unwrap(api.POST('/api/users', { body, headers: idempotencyHeader(key) })),
    refreshUsers,
  )
}

export function useDisableUser() {
  return useIdempotentMutation(
    (id: string, key: string) =>
      unwrap(
        api.POST('/api/users/{id}/disable', { params: { path: { id } }, headers: idempotencyHeader(key) }),
      ),
    refreshUsers,
  )
}

export function useEnableUser() {
  return useIdempotentMutation(
    (id: string, key: string) =>
      unwrap(
        api.POST('/api/users/{id}/enable', { params: { path: { id } }, headers: idempotencyHeader(key) }),
      ),
    refreshUsers,
  )
}

/** The reset's answer may carry a generated password, so the server keeps no answer under a key (none is sent). */
export function useResetPassword() {
  return useIdempotentMutation(
    (variables: { id: string; temporaryPassword?: string }) =>
      unwrap(
        api.POST('/api/users/{id}/password-reset', {
          params: { path: { id: variables.id } },
          body:
            variables.temporaryPassword === undefined
              ? {}
              : { temporaryPassword: variables.temporaryPassword },
        }),
      ),
    refreshUsers,
  )
}

export function useChangeUserScope() {
  return useIdempotentMutation(
    (variables: { id: string; change: UserScopeChange }, key: string) =>
      unwrap(
        api.PATCH('/api/users/{id}', {
          params: { path: { id: variables.id } },
          body: variables.change,
          headers: idempotencyHeader(key),
        }),
      ),
    refreshUsers,
  )
}
