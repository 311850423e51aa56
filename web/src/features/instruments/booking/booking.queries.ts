// Booking a slot (or the same slot weekly), optionally paying part with a voucher.
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '../../../shared/api/client'
import { useIdempotentSend } from '../../../shared/api/idempotency'
import type { CreateBookingBody } from '../common/instrument.types'
import { instrumentsQueryKey } from '../common/refresh'

/** the voucher pages' queries start with this: a booking paid by voucher changes a balance */
const vouchersQueryKey = ['vouchers'] as const

export function useCreateBooking() {
  const send = useIdempotentSend()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: CreateBookingBody) =>
      send(body, (key) => unwrap(api.POST('/api/bookings', { body, headers: { 'Idempotency-Key': key } }))),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: instrumentsQueryKey }),
        queryClient.invalidateQueries({ queryKey: vouchersQueryKey }),
      ]),
  })
}
