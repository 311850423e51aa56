// Referrals: the firm's (with its consent) and the institution's queue; the firm's score card through a referral,
// referring with consent, revoking it, the institution's decision and the drawdown.
import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../shared/api/client'
import { idempotencyHeader, useIdempotentMutation } from '../../../shared/api/useIdempotentMutation'
import { pagedSource } from '../../../shared/list/usePagedList'
import type { SortOf } from '../../../shared/list/sorting'
import type {
  CreateReferralBody,
  DecideReferralBody,
  DrawdownBody,
  ReferralQuery,
} from '../common/finance.types'
import { financeQueries, financeQueryKey, firmIndicatorsKey } from '../common/refresh'

export type ReferralFilters = Omit<ReferralQuery, 'cursor' | 'limit'>

/** The columns a referrals list sorts by, as the API takes them (ReferralQuery's sort). */
export const referralSortKeys = ['createdAt', 'requestedAmountFen', 'status'] as const
export type ReferralSort = SortOf<(typeof referralSortKeys)[number]>

/** The referrals list as a file, with the list's filters and order. */
export const referralExportPath = '/api/referrals/export'

const referralsKey = [...financeQueryKey, 'referrals'] as const

export const referralPages = pagedSource(
  [...referralsKey, 'page'],
  (filters: ReferralFilters, page, signal) =>
    unwrap(api.GET('/api/referrals', { params: { query: { ...filters, ...page } }, signal })),
)

export function useReferral(id: string) {
  return useQuery({
    queryKey: [...referralsKey, 'one', id],
    queryFn: ({ signal }) => unwrap(api.GET('/api/referrals/{id}', { params: { path: { id } }, signal })),
  })
}

/** The institution's read of the firm's score card: refused with CONSENT_REQUIRED once consent is revoked. */
export function useFirmIndicators(id: string) {
  return useQuery({
    queryKey: [...referralsKey, firmIndicatorsKey, id],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/referrals/{id}/firm-indicators', { params: { path: { id } }, signal })),
    // every read is an audit record and consent can be revoked at any time: read afresh each time the page opens,
    // and keep nothing once it is left
    staleTime: 0,
    gcTime: 0,
  })
}

export function useRefer() {
  return useIdempotentMutation(
    (body: CreateReferralBody, key: string) =>
      unwrap(api.POST('/api/referrals', { body, headers: idempotencyHeader(key) })),
    { invalidates: financeQueries },
  )
}

export function useRevokeConsent() {
  return useIdempotentMutation(
    (id: string, key: string) =>
      unwrap(
        api.POST('/api/referrals/{id}/revoke-consent', {
          params: { path: { id } },
          headers: idempotencyHeader(key),
        }),
      ),
    { invalidates: financeQueries },
  )
}

export function useDecideReferral() {
  return useIdempotentMutation(
    ({ id, body }: { id: string; body: DecideReferralBody }, key: string) =>
      unwrap(
        api.POST('/api/referrals/{id}/decision', {
          params: { path: { id } },
          body,
          headers: idempotencyHeader(key),
        }),
      ),
    { invalidates: financeQueries },
  )
}

export function useDrawdown() {
  return useIdempotentMutation(
    ({ id, body }: { id: string; body: DrawdownBody }, key: string) =>
      unwrap(
        api.POST('/api/referrals/{id}/drawdown', {
          params: { path: { id } },
          body,
          headers: idempotencyHeader(key),
        }),
      ),
    { invalidates: financeQueries },
  )
}
