// Bookings as lists (an owner's queue, a booker's own) and every move of a booking: approve, reject, check
// in, complete, cancel, rate. Each move sends an Idempotency-Key and refreshes every instruments query.
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../shared/api/client'
import { useIdempotentSend } from '../../../shared/api/idempotency'
import type {
  BookingQuery,
  CancelBookingBody,
  CompleteBookingBody,
  RateBookingBody,
  RejectBookingBody,
} from '../common/instrument.types'
import { instrumentsQueryKey, useRefreshInstruments } from '../common/refresh'

export type BookingFilters = Omit<BookingQuery, 'cursor' | 'limit'>

export function useBookingPage(filters: BookingFilters, cursor: string | undefined, limit: number) {
  return useQuery({
    queryKey: [...instrumentsQueryKey, 'bookings', filters, cursor, limit],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/bookings', { params: { query: { ...filters, cursor, limit } }, signal })),
    placeholderData: keepPreviousData,
  })
}

export function useViolations() {
  return useQuery({
    queryKey: [...instrumentsQueryKey, 'violations'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/bookings/violations', { signal })),
  })
}

/** A move of one booking: the same request sent again after a lost answer reuses its key. */
function useBookingMove<Body>(call: (id: string, body: Body, idempotencyKey: string) => Promise<unknown>) {
  const send = useIdempotentSend()
  const refresh = useRefreshInstruments()
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: Body }) =>
      send({ id, body }, (key) => call(id, body, key)),
    onSuccess: refresh,
  })
}

const headers = (key: string) => ({ 'Idempotency-Key': key })

export const useApproveBooking = () =>
  useBookingMove<null>((id, _body, key) =>
    unwrap(api.POST('/api/bookings/{id}/approve', { params: { path: { id } }, headers: headers(key) })),
  )

export const useRejectBooking = () =>
  useBookingMove<RejectBookingBody>((id, body, key) =>
    unwrap(api.POST('/api/bookings/{id}/reject', { params: { path: { id } }, body, headers: headers(key) })),
  )

export const useCancelBooking = () =>
  useBookingMove<CancelBookingBody>((id, body, key) =>
    unwrap(api.POST('/api/bookings/{id}/cancel', { params: { path: { id } }, body, headers: headers(key) })),
  )

export const useCheckIn = () =>
  useBookingMove<null>((id, _body, key) =>
    unwrap(api.POST('/api/bookings/{id}/check-in', { params: { path: { id } }, headers: headers(key) })),
  )

export const useCompleteBooking = () =>
  useBookingMove<CompleteBookingBody>((id, body, key) =>
    unwrap(
      api.POST('/api/bookings/{id}/complete', { params: { path: { id } }, body, headers: headers(key) }),
    ),
  )

export const useRateBooking = () =>
  useBookingMove<RateBookingBody>((id, body, key) =>
    unwrap(api.POST('/api/bookings/{id}/rate', { params: { path: { id } }, body, headers: headers(key) })),
  )
