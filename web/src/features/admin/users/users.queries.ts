import { useMutation } from '@tanstack/react-query'
import { api, newIdempotencyKey, unwrap } from '../../../shared/api/client'
import type { CreateUserBody } from '../../../shared/api/types'

/** POST /api/users, with one Idempotency-Key per submitted form (a retry of it cannot create a second user). */
export function useCreateUser() {
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: CreateUserBody; idempotencyKey: string }) =>
      unwrap(api.POST('/api/users', { body, headers: { 'Idempotency-Key': idempotencyKey } })),
  })
}

export { newIdempotencyKey }
