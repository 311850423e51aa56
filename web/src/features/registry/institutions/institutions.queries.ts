import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../shared/api/client'
import { pagedSource } from '../../../shared/list/usePagedList'
import type { InstitutionKind } from '../../../shared/api/types'

export interface InstitutionFilters {
  q?: string
  city?: string
  kind?: InstitutionKind
}

export const institutionPages = pagedSource(
  ['registry', 'institutions', 'page'],
  (filters: InstitutionFilters, page, signal) =>
    unwrap(api.GET('/api/institutions', { params: { query: { ...filters, ...page } }, signal })),
)

export function useInstitution(id: string) {
  return useQuery({
    queryKey: ['registry', 'institutions', 'one', id],
    queryFn: ({ signal }) => unwrap(api.GET('/api/institutions/{id}', { params: { path: { id } }, signal })),
  })
}
