import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../shared/api/client'
import type { AdmissionStatus, ProviderKind } from '../../../shared/api/types'

export interface ProviderFilters {
  q?: string
  city?: string
  kind?: ProviderKind
  status?: AdmissionStatus
}

export function useProviderPage(filters: ProviderFilters, cursor: string | undefined, limit: number) {
  return useQuery({
    queryKey: ['registry', 'providers', 'page', filters, cursor, limit],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/providers', { params: { query: { ...filters, cursor, limit } }, signal })),
    placeholderData: keepPreviousData,
  })
}

export function useProvider(id: string) {
  return useQuery({
    queryKey: ['registry', 'providers', 'one', id],
    queryFn: ({ signal }) => unwrap(api.GET('/api/providers/{id}', { params: { path: { id } }, signal })),
  })
}
