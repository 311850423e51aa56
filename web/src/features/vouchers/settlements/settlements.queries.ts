// Settlement runs: a city pays a period's approved redemptions as one batch, exported for the treasury's bank.
import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../shared/api/client'
import { idempotencyHeader, useIdempotentMutation } from '../../../shared/api/useIdempotentMutation'
import { pagedSource } from '../../../shared/list/usePagedList'
import type { CityCode, CreateSettlementBody } from '../../../shared/api/types'
import { voucherQueries, vouchersQueryKey } from '../common/refresh'

const settlementsKey = [...vouchersQueryKey, 'settlements'] as const

export const settlementPages = pagedSource(
  [...settlementsKey, 'page'],
  (city: CityCode | undefined, page, signal) =>
    unwrap(api.GET('/api/settlements', { params: { query: { city, ...page } }, signal })),
)

export function useSettlement(id: string) {
  return useQuery({
    queryKey: [...settlementsKey, 'one', id],
    queryFn: ({ signal }) => unwrap(api.GET('/api/settlements/{id}', { params: { path: { id } }, signal })),
  })
}

export const paymentPages = pagedSource([...settlementsKey, 'payments'], (runId: string, page, signal) =>
  unwrap(api.GET('/api/settlements/{id}/payments', { params: { path: { id: runId }, query: page }, signal })),
)

export function useCreateSettlement() {
  return useIdempotentMutation(
    (body: CreateSettlementBody, key: string) =>
      unwrap(api.POST('/api/settlements', { body, headers: idempotencyHeader(key) })),
    { invalidates: voucherQueries },
  )
}

/** The run's payment batch as a file: CSV, or an Excel workbook that also lists the redemptions it pays. */
export function settlementExportPath(runId: string, format: 'csv' | 'xlsx'): string {
  return `/api/settlements/${encodeURIComponent(runId)}/export?format=${format}`
}
