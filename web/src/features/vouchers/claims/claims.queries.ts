// Claims (申领): a firm's own, or the ones an officer decides; approving issues the voucher.
import { api, unwrap } from '../../../shared/api/client'
import { idempotencyHeader, useIdempotentMutation } from '../../../shared/api/useIdempotentMutation'
import { pagedSource } from '../../../shared/list/usePagedList'
import type { SortOf } from '../../../shared/list/sorting'
import type {
  ApproveClaimBody,
  CityCode,
  ClaimStatus,
  CreateClaimBody,
  RejectClaimBody,
} from '../../../shared/api/types'
import { voucherQueries, vouchersQueryKey } from '../common/refresh'

/** The columns a claims list sorts by, as the API takes them (ClaimQuery's sort). */
export const claimSortKeys = ['createdAt', 'requestedAmountFen', 'status'] as const
export type ClaimSort = SortOf<(typeof claimSortKeys)[number]>

export interface ClaimFilters {
  city?: CityCode
  scheme?: string
  status?: ClaimStatus
  sort?: ClaimSort
  /** a voucher number, or its beginning */
  q?: string
}

/** The claims list as a file, with the list's filters and order. */
export const claimExportPath = '/api/voucher-claims/export'

export const claimPages = pagedSource(
  [...vouchersQueryKey, 'claims', 'page'],
  (filters: ClaimFilters, page, signal) =>
    unwrap(api.GET('/api/voucher-claims', { params: { query: { ...filters, ...page } }, signal })),
)

export function useSubmitClaim() {
  return useIdempotentMutation(
    (body: CreateClaimBody, key: string) =>
      unwrap(api.POST('/api/voucher-claims', { body, headers: idempotencyHeader(key) })),
    { invalidates: voucherQueries },
  )
}

export function useApproveClaim() {
  return useIdempotentMutation(
    ({ id, body }: { id: string; body: ApproveClaimBody }, key: string) =>
      unwrap(
        api.POST('/api/voucher-claims/{id}/approve', {
          params: { path: { id } },
          body,
          headers: idempotencyHeader(key),
        }),
      ),
    { invalidates: voucherQueries },
  )
}

export function useRejectClaim() {
  return useIdempotentMutation(
    ({ id, body }: { id: string; body: RejectClaimBody }, key: string) =>
      unwrap(
        api.POST('/api/voucher-claims/{id}/reject', {
          params: { path: { id } },
          body,
          headers: idempotencyHeader(key),
        }),
      ),
    { invalidates: voucherQueries },
  )
}
