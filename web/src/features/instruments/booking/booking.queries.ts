// Booking a slot (or the same slot weekly), optionally paying part with a voucher.
import { api, unwrap } from '../../../shared/api/client'
import { idempotencyHeader, useIdempotentMutation } from '../../../shared/api/useIdempotentMutation'
import type { CreateBookingBody } from '../common/instrument.types'
import { instrumentQueries } from '../common/refresh'

/** the voucher pages' queries start with this: a booking paid by voucher changes a balance */
const vouchersQueryKey = ['vouchers'] as const

export function useCreateBooking() {
  return useIdempotentMutation(
    (body: CreateBookingBody, key: string) =>
      unwrap(api.POST('/api/bookings', { body, headers: idempotencyHeader(key) })),
    { invalidates: [instrumentQueries, { queryKey: vouchersQueryKey }] },
  )
}
