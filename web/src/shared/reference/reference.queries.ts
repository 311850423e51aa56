// Reference data every registry page uses: the nine cities (with their figures), the industry taxonomies and the
// corridor's key figures. The query options are exported so that routes can start them before a page renders.
import { queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../api/client'
import type { City, Industry } from '../api/types'

const referenceStaleMs = 10 * 60_000

export const citiesQuery = queryOptions({
  queryKey: ['registry', 'cities'],
  queryFn: ({ signal }) => unwrap(api.GET('/api/cities', { signal })),
  staleTime: referenceStaleMs,
})

export const industriesQuery = queryOptions({
  queryKey: ['registry', 'industries'],
  queryFn: ({ signal }) => unwrap(api.GET('/api/industries', { signal })),
  staleTime: referenceStaleMs,
})

/** The corridor's key figures, counted by the server; `isSynthetic` when any counted record is demo data. */
export const registrySummaryQuery = queryOptions({
  queryKey: ['registry', 'summary'],
  queryFn: ({ signal }) => unwrap(api.GET('/api/registry/summary', { signal })),
})

export function useCities() {
  return useQuery({ ...citiesQuery, select: (page): City[] => page.items })
}

export function useIndustries() {
  return useQuery({ ...industriesQuery, select: (page): Industry[] => page.items })
}

export function useRegistrySummary() {
  return useQuery(registrySummaryQuery)
}
