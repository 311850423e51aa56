// Publishing an instrument with its booking rules, and changing it.
import { useMutation } from '@tanstack/react-query'
import { api, unwrap } from '../../../shared/api/client'
import { useIdempotentSend } from '../../../shared/api/idempotency'
import type { CreateInstrumentBody, UpdateInstrumentBody } from '../common/instrument.types'
import { useRefreshInstruments } from '../common/refresh'

export function useCreateInstrument() {
  const send = useIdempotentSend()
  const refresh = useRefreshInstruments()
  return useMutation({
    mutationFn: (body: CreateInstrumentBody) =>
      send(body, (key) =>
        unwrap(api.POST('/api/instruments', { body, headers: { 'Idempotency-Key': key } })),
      ),
    onSuccess: refresh,
  })
}

export function useUpdateInstrument(id: string) {
  const send = useIdempotentSend()
  const refresh = useRefreshInstruments()
  return useMutation({
    mutationFn: (body: UpdateInstrumentBody) =>
      send({ id, body }, (key) =>
        unwrap(
          api.PATCH('/api/instruments/{id}', {
            params: { path: { id } },
            body,
            headers: { 'Idempotency-Key': key },
          }),
        ),
      ),
    onSuccess: refresh,
  })
}
