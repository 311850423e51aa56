// Claims (申领): a firm's own, or the ones an officer decides; approving issues the voucher.
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../shared/api/client'
import { useIdempotentSend } from '../../../shared/api/idempotency'
import type {
  ApproveClaimBody,
  CityCode,
  ClaimStatus,
  CreateClaimBody,
  RejectClaimBody,
} from '../../../shared/api/types'
import { useRefreshVouchers, vouchersQueryKey } from '../common/refresh'

export interface ClaimFilters {
  city?: CityCode
  scheme?: string
  status?: ClaimStatus
}

export function useClaimPage(filters: ClaimFilters, cursor: string | undefined, limit: number) {
  return useQuery({
    queryKey: [...vouchersQueryKey, 'claims', 'page', filters, cursor, limit],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/voucher-claims', { params: { query: { ...filters, cursor, limit } }, signal })),
    placeholderData: keepPreviousData,
  })
}

export function useSubmitClaim() {
  const send = useIdempotentSend()
  const refresh = useRefreshVouchers()
  return useMutation({
    mutationFn: (body: CreateClaimBody) =>
      send(body, (key) =>
        unwrap(api.POST('/api/voucher-claims', { body, headers: { 'Idempotency-Key': key } })),
      ),
    onSuccess: refresh,
  })
}

export function useApproveClaim() {
  const send = useIdempotentSend()
  const refresh = useRefreshVouchers()
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ApproveClaimBody }) =>
      send({ id, body }, (key) =>
        unwrap(
          api.POST('/api/voucher-claims/{id}/approve', {
            params: { path: { id } },
            body,
            headers: { 'Idempotency-Key': key },
          }),
        ),
      ),
    onSuccess: refresh,
  })
}

export function useRejectClaim() {
  const send = useIdempotentSend()
  const refresh = useRefreshVouchers()
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: RejectClaimBody }) =>
      send({ id, body }, (key) =>
        unwrap(
          api.POST('/api/voucher-claims/{id}/reject', {
            params: { path: { id } },
            body,
            headers: { 'Idempotency-Key': key },
          }),
        ),
      ),
    onSuccess: refresh,
  })
}
