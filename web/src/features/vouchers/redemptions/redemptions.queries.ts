// Redemption claims (兑付): the provider claims an order's voucher share, the firm confirms and rates, the issuing
// city spot-checks some, approves or rejects.
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../shared/api/client'
import { useIdempotentSend } from '../../../shared/api/idempotency'
import type {
  CityCode,
  ClaimRedemptionBody,
  ConfirmRedemptionBody,
  RedemptionStatus,
  RejectRedemptionBody,
  SpotCheckBody,
} from '../../../shared/api/types'
import { useRefreshVouchers, vouchersQueryKey } from '../common/refresh'

/** The server narrows the list to the caller's own: a firm's, a provider's, or a city's claims. */
export interface RedemptionFilters {
  issuer?: CityCode
  status?: RedemptionStatus
}

export function useRedemptionPage(filters: RedemptionFilters, cursor: string | undefined, limit: number) {
  return useQuery({
    queryKey: [...vouchersQueryKey, 'redemptions', 'page', filters, cursor, limit],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/redemptions', { params: { query: { ...filters, cursor, limit } }, signal })),
    placeholderData: keepPreviousData,
  })
}

export function useClaimRedemption() {
  const send = useIdempotentSend()
  const refresh = useRefreshVouchers()
  return useMutation({
    mutationFn: (body: ClaimRedemptionBody) =>
      send(body, (key) =>
        unwrap(api.POST('/api/redemptions', { body, headers: { 'Idempotency-Key': key } })),
      ),
    onSuccess: refresh,
  })
}

export function useConfirmRedemption() {
  const send = useIdempotentSend()
  const refresh = useRefreshVouchers()
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ConfirmRedemptionBody }) =>
      send({ id, body }, (key) =>
        unwrap(
          api.POST('/api/redemptions/{id}/confirm', {
            params: { path: { id } },
            body,
            headers: { 'Idempotency-Key': key },
          }),
        ),
      ),
    onSuccess: refresh,
  })
}

export function useRecordSpotCheck() {
  const send = useIdempotentSend()
  const refresh = useRefreshVouchers()
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: SpotCheckBody }) =>
      send({ id, body }, (key) =>
        unwrap(
          api.POST('/api/redemptions/{id}/spot-check', {
            params: { path: { id } },
            body,
            headers: { 'Idempotency-Key': key },
          }),
        ),
      ),
    onSuccess: refresh,
  })
}

export function useApproveRedemption() {
  const send = useIdempotentSend()
  const refresh = useRefreshVouchers()
  return useMutation({
    mutationFn: (id: string) =>
      send({ id }, (key) =>
        unwrap(
          api.POST('/api/redemptions/{id}/approve', {
            params: { path: { id } },
            headers: { 'Idempotency-Key': key },
          }),
        ),
      ),
    onSuccess: refresh,
  })
}

export function useRejectRedemption() {
  const send = useIdempotentSend()
  const refresh = useRefreshVouchers()
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: RejectRedemptionBody }) =>
      send({ id, body }, (key) =>
        unwrap(
          api.POST('/api/redemptions/{id}/reject', {
            params: { path: { id } },
            body,
            headers: { 'Idempotency-Key': key },
          }),
        ),
      ),
    onSuccess: refresh,
  })
}
