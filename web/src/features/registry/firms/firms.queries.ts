import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../shared/api/client'
import { pagedSource } from '../../../shared/list/usePagedList'
import type { FirmSize, FirmStage } from '../../../shared/api/types'

export interface FirmFilters {
  q?: string
  city?: string
  industry?: string
  park?: string
  stage?: FirmStage
  size?: FirmSize
  leading?: boolean
  highTech?: boolean
}

export const firmPages = pagedSource(['registry', 'firms', 'page'], (filters: FirmFilters, page, signal) =>
  unwrap(api.GET('/api/firms', { params: { query: { ...filters, ...page } }, signal })),
)

export function useFirm(id: string) {
  return useQuery({
    queryKey: ['registry', 'firms', 'one', id],
    queryFn: ({ signal }) => unwrap(api.GET('/api/firms/{id}', { params: { path: { id } }, signal })),
  })
}

/** Private figures: the firm itself, its city's officers and workstation, and the corridor office may see them. */
export function useFirmFigures(id: string) {
  return useQuery({
    queryKey: ['registry', 'firms', 'figures', id],
    queryFn: ({ signal }) => unwrap(api.GET('/api/firms/{id}/figures', { params: { path: { id } }, signal })),
  })
}
