// Publishing an instrument with its booking rules, and changing it.
import { api, unwrap } from '../../../shared/api/client'
import { idempotencyHeader, useIdempotentMutation } from '../../../shared/api/useIdempotentMutation'
import type { CreateInstrumentBody, UpdateInstrumentBody } from '../common/instrument.types'
import { instrumentQueries } from '../common/refresh'

export function useCreateInstrument() {
  return useIdempotentMutation(
    (body: CreateInstrumentBody, key: string) =>
      unwrap(api.POST('/api/instruments', { body, headers: idempotencyHeader(key) })),
    { invalidates: instrumentQueries },
  )
}

export function useUpdateInstrument(id: string) {
  return useIdempotentMutation(
    (body: UpdateInstrumentBody, key: string) =>
      unwrap(
        api.PATCH('/api/instruments/{id}', {
          params: { path: { id } },
          body,
          headers: idempotencyHeader(key),
        }),
      ),
    { invalidates: instrumentQueries },
  )
}
