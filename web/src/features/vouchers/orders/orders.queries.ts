// Orders paid with vouchers: placing one reserves the voucher share, cancelling releases it.
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../shared/api/client'
import { useIdempotentSend } from '../../../shared/api/idempotency'
import type { CancelOrderBody, CreateOrderBody, OrderStatus } from '../../../shared/api/types'
import { useRefreshVouchers, vouchersQueryKey } from '../common/refresh'

/** The server narrows the list to the caller's own: a firm's orders, a provider's, or a city's. */
export interface OrderFilters {
  voucher?: string
  status?: OrderStatus
}

export function useOrderPage(filters: OrderFilters, cursor: string | undefined, limit: number) {
  return useQuery({
    queryKey: [...vouchersQueryKey, 'orders', 'page', filters, cursor, limit],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/voucher-orders', { params: { query: { ...filters, cursor, limit } }, signal })),
    placeholderData: keepPreviousData,
  })
}

export function usePlaceOrder() {
  const send = useIdempotentSend()
  const refresh = useRefreshVouchers()
  return useMutation({
    mutationFn: (body: CreateOrderBody) =>
      send(body, (key) =>
        unwrap(api.POST('/api/voucher-orders', { body, headers: { 'Idempotency-Key': key } })),
      ),
    onSuccess: refresh,
  })
}

export function useCancelOrder() {
  const send = useIdempotentSend()
  const refresh = useRefreshVouchers()
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: CancelOrderBody }) =>
      send({ id, body }, (key) =>
        unwrap(
          api.POST('/api/voucher-orders/{id}/cancel', {
            params: { path: { id } },
            body,
            headers: { 'Idempotency-Key': key },
          }),
        ),
      ),
    onSuccess: refresh,
  })
}

export function useOrder(id: string) {
  return useQuery({
    queryKey: [...vouchersQueryKey, 'orders', 'one', id],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/voucher-orders/{id}', { params: { path: { id } }, signal })),
  })
}
