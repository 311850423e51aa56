// Bookings as lists (an owner's queue, a booker's own) and every move of a booking: approve, reject, check
// in, complete, cancel, rate. Each move sends an Idempotency-Key and refreshes every instruments query.
import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../shared/api/client'
import { idempotencyHeader, useIdempotentMutation } from '../../../shared/api/useIdempotentMutation'
import { pagedSource } from '../../../shared/list/usePagedList'
import type { SortOf } from '../../../shared/list/sorting'
import type {
  BookingQuery,
  CancelBookingBody,
  CompleteBookingBody,
  RateBookingBody,
  RejectBookingBody,
} from '../common/instrument.types'
import { instrumentsQueryKey, instrumentQueries } from '../common/refresh'

export type BookingFilters = Omit<BookingQuery, 'cursor' | 'limit'>

/** The columns a bookings list sorts by, as the API takes them (BookingQuery's sort). */
export const bookingSortKeys = ['createdAt', 'startsAt', 'amountFen', 'status'] as const
export type BookingSort = SortOf<(typeof bookingSortKeys)[number]>

/** The bookings list as a file, with the list's filters and order. */
export const bookingExportPath = '/api/bookings/export'

export const bookingPages = pagedSource(
  [...instrumentsQueryKey, 'bookings'],
  (filters: BookingFilters, page, signal) =>
    unwrap(api.GET('/api/bookings', { params: { query: { ...filters, ...page } }, signal })),
)

export function useViolations() {
  return useQuery({
    queryKey: [...instrumentsQueryKey, 'violations'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/bookings/violations', { signal })),
  })
}

/** A move of one booking: the same request sent again after a lost answer reuses its key. */
function useBookingMove<Body>(call: (id: string, body: Body, idempotencyKey: string) => Promise<unknown>) {
  return useIdempotentMutation(
    ({ id, body }: { id: string; body: Body }, key: string) => call(id, body, key),
    { invalidates: instrumentQueries },
  )
}

export const useApproveBooking = () =>
  useBookingMove<null>((id, _body, key) =>
    unwrap(
      api.POST('/api/bookings/{id}/approve', { params: { path: { id } }, headers: idempotencyHeader(key) }),
    ),
  )

export const useRejectBooking = () =>
  useBookingMove<RejectBookingBody>((id, body, key) =>
    unwrap(
      api.POST('/api/bookings/{id}/reject', {
        params: { path: { id } },
        body,
        headers: idempotencyHeader(key),
      }),
    ),
  )

export const useCancelBooking = () =>
  useBookingMove<CancelBookingBody>((id, body, key) =>
    unwrap(
      api.POST('/api/bookings/{id}/cancel', {
        params: { path: { id } },
        body,
        headers: idempotencyHeader(key),
      }),
    ),
  )

export const useCheckIn = () =>
  useBookingMove<null>((id, _body, key) =>
    unwrap(
      api.POST('/api/bookings/{id}/check-in', { params: { path: { id } }, headers: idempotencyHeader(key) }),
    ),
  )

export const useCompleteBooking = () =>
  useBookingMove<CompleteBookingBody>((id, body, key) =>
    unwrap(
      api.POST('/api/bookings/{id}/complete', {
        params: { path: { id } },
        body,
        headers: idempotencyHeader(key),
      }),
    ),
  )

export const useRateBooking = () =>
  useBookingMove<RateBookingBody>((id, body, key) =>
    unwrap(
      api.POST('/api/bookings/{id}/rate', {
        params: { path: { id } },
        body,
        headers: idempotencyHeader(key),
      }),
    ),
  )
