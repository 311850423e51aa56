import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../shared/api/client'
import { pagedSource } from '../../../shared/list/usePagedList'
import type { AdmissionStatus, ProviderKind } from '../../../shared/api/types'

export interface ProviderFilters {
  q?: string
  city?: string
  kind?: ProviderKind
  status?: AdmissionStatus
}

export const providerPages = pagedSource(
  ['registry', 'providers', 'page'],
  (filters: ProviderFilters, page, signal) =>
    unwrap(api.GET('/api/providers', { params: { query: { ...filters, ...page } }, signal })),
)

export function useProvider(id: string) {
  return useQuery({
    queryKey: ['registry', 'providers', 'one', id],
    queryFn: ({ signal }) => unwrap(api.GET('/api/providers/{id}', { params: { path: { id } }, signal })),
  })
}
