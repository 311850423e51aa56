import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../shared/api/client'

export interface ParkFilters {
  q?: string
  city?: string
  demonstration?: boolean
}

export function useParkPage(filters: ParkFilters, cursor: string | undefined, limit: number) {
  return useQuery({
    queryKey: ['registry', 'parks', 'page', filters, cursor, limit],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/parks', { params: { query: { ...filters, cursor, limit } }, signal })),
    placeholderData: keepPreviousData,
  })
}

export function usePark(id: string) {
  return useQuery({
    queryKey: ['registry', 'parks', 'one', id],
    queryFn: ({ signal }) => unwrap(api.GET('/api/parks/{id}', { params: { path: { id } }, signal })),
  })
}
