// Redemption claims (兑付): the provider claims an order's voucher share, the firm confirms and rates, the issuing
// city spot-checks some, approves or rejects.
import { api, unwrap } from '../../../shared/api/client'
import { idempotencyHeader, useIdempotentMutation } from '../../../shared/api/useIdempotentMutation'
import { pagedSource } from '../../../shared/list/usePagedList'
import type { SortOf } from '../../../shared/list/sorting'
import type {
  CityCode,
  ClaimRedemptionBody,
  ConfirmRedemptionBody,
  RedemptionStatus,
  RejectRedemptionBody,
  SpotCheckBody,
} from '../../../shared/api/types'
import { voucherQueries, vouchersQueryKey } from '../common/refresh'

/** The server narrows the list to the caller's own: a firm's, a provider's, or a city's claims. */
/** The columns a redemptions list sorts by, as the API takes them (RedemptionQuery's sort). */
export const redemptionSortKeys = ['createdAt', 'amountFen', 'status'] as const
export type RedemptionSort = SortOf<(typeof redemptionSortKeys)[number]>

export interface RedemptionFilters {
  issuer?: CityCode
  status?: RedemptionStatus
  sort?: RedemptionSort
  /** a contract or invoice number, or its beginning */
  q?: string
}

export const redemptionPages = pagedSource(
  [...vouchersQueryKey, 'redemptions', 'page'],
  (filters: RedemptionFilters, page, signal) =>
    unwrap(api.GET('/api/redemptions', { params: { query: { ...filters, ...page } }, signal })),
)

export function useClaimRedemption() {
  return useIdempotentMutation(
    (body: ClaimRedemptionBody, key: string) =>
      unwrap(api.POST('/api/redemptions', { body, headers: idempotencyHeader(key) })),
    { invalidates: voucherQueries },
  )
}

export function useConfirmRedemption() {
  return useIdempotentMutation(
    ({ id, body }: { id: string; body: ConfirmRedemptionBody }, key: string) =>
      unwrap(
        api.POST('/api/redemptions/{id}/confirm', {
          params: { path: { id } },
          body,
          headers: idempotencyHeader(key),
        }),
      ),
    { invalidates: voucherQueries },
  )
}

export function useRecordSpotCheck() {
  return useIdempotentMutation(
    ({ id, body }: { id: string; body: SpotCheckBody }, key: string) =>
      unwrap(
        api.POST('/api/redemptions/{id}/spot-check', {
          params: { path: { id } },
          body,
          headers: idempotencyHeader(key),
        }),
      ),
    { invalidates: voucherQueries },
  )
}

export function useApproveRedemption() {
  return useIdempotentMutation(
    (id: string, key: string) =>
      unwrap(
        api.POST('/api/redemptions/{id}/approve', {
          params: { path: { id } },
          headers: idempotencyHeader(key),
        }),
      ),
    { invalidates: voucherQueries },
  )
}

export function useRejectRedemption() {
  return useIdempotentMutation(
    ({ id, body }: { id: string; body: RejectRedemptionBody }, key: string) =>
      unwrap(
        api.POST('/api/redemptions/{id}/reject', {
          params: { path: { id } },
          body,
          headers: idempotencyHeader(key),
        }),
      ),
    { invalidates: voucherQueries },
  )
}
