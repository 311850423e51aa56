import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../shared/api/client'
import { pagedSource } from '../../../shared/list/usePagedList'
import type { SortOf } from '../../../shared/list/sorting'
import type { Ok } from '../../../shared/api/schemaTypes'

/** A park as the list answers it: its main industry named in the row. */
export type ListedPark = Ok<'/api/parks', 'get'>['items'][number]

/** The columns a park list sorts by, as the API takes them (ParkQuery's sort). */
export const parkSortKeys = ['nameZh', 'nameEn'] as const
export type ParkSort = SortOf<(typeof parkSortKeys)[number]>

/** The parks list as a file, with the list's filters and order. */
export const parkExportPath = '/api/parks/export'

export interface ParkFilters {
  q?: string
  city?: string
  demonstration?: boolean
  sort?: ParkSort
}

export const parkPages = pagedSource(['registry', 'parks', 'page'], (filters: ParkFilters, page, signal) =>
  unwrap(api.GET('/api/parks', { params: { query: { ...filters, ...page } }, signal })),
)

export function usePark(id: string) {
  return useQuery({
    queryKey: ['registry', 'parks', 'one', id],
    queryFn: ({ signal }) => unwrap(api.GET('/api/parks/{id}', { params: { path: { id } }, signal })),
  })
}
