import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../shared/api/client'
import type { InstitutionKind } from '../../../shared/api/types'

export interface InstitutionFilters {
  q?: string
  city?: string
  kind?: InstitutionKind
}

export function useInstitutionPage(filters: InstitutionFilters, cursor: string | undefined, limit: number) {
  return useQuery({
    queryKey: ['registry', 'institutions', 'page', filters, cursor, limit],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/institutions', { params: { query: { ...filters, cursor, limit } }, signal })),
    placeholderData: keepPreviousData,
  })
}

export function useInstitution(id: string) {
  return useQuery({
    queryKey: ['registry', 'institutions', 'one', id],
    queryFn: ({ signal }) => unwrap(api.GET('/api/institutions/{id}', { params: { path: { id } }, signal })),
  })
}
