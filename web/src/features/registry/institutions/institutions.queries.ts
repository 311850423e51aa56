import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../shared/api/client'
import { pagedSource } from '../../../shared/list/usePagedList'
import type { SortOf } from '../../../shared/list/sorting'
import type { InstitutionKind } from '../../../shared/api/types'

/** The columns an institution list sorts by, as the API takes them (InstitutionQuery's sort). */
export const institutionSortKeys = ['nameZh', 'nameEn', 'joinedOn'] as const
export type InstitutionSort = SortOf<(typeof institutionSortKeys)[number]>

/** The institutions list as a file, with the list's filters and order. */
export const institutionExportPath = '/api/institutions/export'

export interface InstitutionFilters {
  q?: string
  city?: string
  kind?: InstitutionKind
  sort?: InstitutionSort
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
