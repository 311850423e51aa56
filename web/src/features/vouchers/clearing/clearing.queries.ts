// The clearing report: approved redemptions by issuing city × provider city, and each city's net position.
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../shared/api/client'
import { vouchersQueryKey } from '../common/refresh'

export interface ClearingPeriod {
  periodStart: string
  periodEnd: string
}

export function useClearingReport(period: ClearingPeriod) {
  return useQuery({
    queryKey: [...vouchersQueryKey, 'clearing', period],
    queryFn: ({ signal }) => unwrap(api.GET('/api/clearing', { params: { query: period }, signal })),
    placeholderData: keepPreviousData,
  })
}

/** The same report as CSV, for the period shown. */
export function clearingExportPath(period: ClearingPeriod): string {
  return `/api/clearing/export?${new URLSearchParams({ ...period }).toString()}`
}
