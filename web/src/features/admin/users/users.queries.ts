import { api, unwrap } from '../../../shared/api/client'
import type { CreateUserBody } from '../../../shared/api/types'
import { idempotencyHeader, useIdempotentMutation } from '../../../shared/api/useIdempotentMutation'

/** POST /api/users: a retry of the same form reuses its Idempotency-Key, so it cannot create a second user. */
export function useCreateUser() {
  return useIdempotentMutation((body: CreateUserBody, key: string) =>
    unwrap(api.POST('/api/users', { body, headers: idempotencyHeader(key) })),
  )
}
