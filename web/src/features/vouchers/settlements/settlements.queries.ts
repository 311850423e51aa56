// Settlement runs: a city pays a period's approved redemptions as one batch, exported for the treasury's bank.
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../shared/api/client'
import { useIdempotentSend } from '../../../shared/api/idempotency'
import type { CityCode, CreateSettlementBody } from '../../../shared/api/types'
import { useRefreshVouchers, vouchersQueryKey } from '../common/refresh'

const settlementsKey = [...vouchersQueryKey, 'settlements'] as const

export function useSettlementPage(city: CityCode | undefined, cursor: string | undefined, limit: number) {
  return useQuery({
    queryKey: [...settlementsKey, 'page', city, cursor, limit],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/settlements', { params: { query: { city, cursor, limit } }, signal })),
    placeholderData: keepPreviousData,
  })
}

export function useSettlement(id: string) {
  return useQuery({
    queryKey: [...settlementsKey, 'one', id],
    queryFn: ({ signal }) => unwrap(api.GET('/api/settlements/{id}', { params: { path: { id } }, signal })),
  })
}

export function usePaymentPage(runId: string, cursor: string | undefined, limit: number) {
  return useQuery({
    queryKey: [...settlementsKey, 'payments', runId, cursor, limit],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/settlements/{id}/payments', {
          params: { path: { id: runId }, query: { cursor, limit } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  })
}

export function useCreateSettlement() {
  const send = useIdempotentSend()
  const refresh = useRefreshVouchers()
  return useMutation({
    mutationFn: (body: CreateSettlementBody) =>
      send(body, (key) =>
        unwrap(api.POST('/api/settlements', { body, headers: { 'Idempotency-Key': key } })),
      ),
    onSuccess: refresh,
  })
}

/** The run's payment batch as a file: CSV, or an Excel workbook that also lists the redemptions it pays. */
export function settlementExportPath(runId: string, format: 'csv' | 'xlsx'): string {
  return `/api/settlements/${encodeURIComponent(runId)}/export?format=${format}`
}
