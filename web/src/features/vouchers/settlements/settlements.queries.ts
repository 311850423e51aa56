// Settlement runs: a city pays a period's approved redemptions as one batch, exported for the treasury's bank.
import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../shared/api/client'
import { idempotencyHeader, useIdempotentMutation } from '../../../shared/api/useIdempotentMutation'
import { pagedSource } from '../../../shared/list/usePagedList'
import type { SortOf } from '../../../shared/list/sorting'
import type { CityCode, CreateSettlementBody } from '../../../shared/api/types'
import { voucherQueries, vouchersQueryKey } from '../common/refresh'

const settlementsKey = [...vouchersQueryKey, 'settlements'] as const

/** The columns the runs list sorts by, as the API takes them (SettlementRunQuery's sort). */
export const settlementSortKeys = ['periodStart', 'totalFen', 'createdAt'] as const
export type SettlementSort = SortOf<(typeof settlementSortKeys)[number]>

export interface SettlementFilters {
  city?: CityCode
  sort?: SettlementSort
}

/** The runs list as a file, with the list's city and order. */
export const settlementListExportPath = '/api/settlements/export'

export const settlementPages = pagedSource(
  [...settlementsKey, 'page'],
  (filters: SettlementFilters, page, signal) =>
    unwrap(api.GET('/api/settlements', { params: { query: { ...filters, ...page } }, signal })),
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
