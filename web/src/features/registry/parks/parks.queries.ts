import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../shared/api/client'
import { pagedSource } from '../../../shared/list/usePagedList'

export interface ParkFilters {
  q?: string
  city?: string
  demonstration?: boolean
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
