// Orders paid with vouchers: placing one reserves the voucher share, cancelling releases it.
import { api, unwrap } from '../../../shared/api/client'
import { idempotencyHeader, useIdempotentMutation } from '../../../shared/api/useIdempotentMutation'
import { pagedSource } from '../../../shared/list/usePagedList'
import type { SortOf } from '../../../shared/list/sorting'
import type { CancelOrderBody, CreateOrderBody, OrderStatus } from '../../../shared/api/types'
import { voucherQueries, vouchersQueryKey } from '../common/refresh'

/** The server narrows the list to the caller's own: a firm's orders, a provider's, or a city's. */
/** The columns an orders list sorts by, as the API takes them (OrderQuery's sort). */
export const orderSortKeys = ['createdAt', 'amountFen', 'status'] as const
export type OrderSort = SortOf<(typeof orderSortKeys)[number]>

export interface OrderFilters {
  voucher?: string
  status?: OrderStatus
  sort?: OrderSort
  /** the number of the voucher an order spends, or its beginning */
  q?: string
}

/** The orders list as a file, with the list's filters and order. */
export const orderExportPath = '/api/voucher-orders/export'

export const orderPages = pagedSource(
  [...vouchersQueryKey, 'orders', 'page'],
  (filters: OrderFilters, page, signal) =>
    unwrap(api.GET('/api/voucher-orders', { params: { query: { ...filters, ...page } }, signal })),
)

export function usePlaceOrder() {
  return useIdempotentMutation(
    (body: CreateOrderBody, key: string) =>
      unwrap(api.POST('/api/voucher-orders', { body, headers: idempotencyHeader(key) })),
    { invalidates: voucherQueries },
  )
}

export function useCancelOrder() {
  return useIdempotentMutation(
    ({ id, body }: { id: string; body: CancelOrderBody }, key: string) =>
      unwrap(
        api.POST('/api/voucher-orders/{id}/cancel', {
          params: { path: { id } },
          body,
          headers: idempotencyHeader(key),
        }),
      ),
    { invalidates: voucherQueries },
  )
}
