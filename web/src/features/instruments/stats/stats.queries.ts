// Sharing statistics over a period, and the corridor's grade levels for owners.
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../shared/api/client'
import type { StatsQuery } from '../common/instrument.types'
import { instrumentsQueryKey } from '../common/refresh'

/** The statistics as a file, with the page's period, grouping and filters. */
export const statsExportPath = '/api/instruments/stats/export'

export function useSharingStats(query: StatsQuery) {
  return useQuery({
    queryKey: [...instrumentsQueryKey, 'stats', query],
    queryFn: ({ signal }) => unwrap(api.GET('/api/instruments/stats', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  })
}

export function useGradeLevels() {
  return useQuery({
    queryKey: [...instrumentsQueryKey, 'grade-levels'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/instruments/grade-levels', { signal })),
    staleTime: 10 * 60_000,
  })
}
