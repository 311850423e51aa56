import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../shared/api/client'
import { pagedSource } from '../../../shared/list/usePagedList'
import type { SortOf } from '../../../shared/list/sorting'
import type { FirmSize, FirmStage } from '../../../shared/api/types'
import type { Ok } from '../../../shared/api/schemaTypes'

/** A firm as the list answers it: its industry and park named in the row. */
export type ListedFirm = Ok<'/api/firms', 'get'>['items'][number]

/** The columns a firm list sorts by, as the API takes them (FirmQuery's sort). */
export const firmSortKeys = ['nameZh', 'nameEn', 'foundedOn'] as const
export type FirmSort = SortOf<(typeof firmSortKeys)[number]>

/** A directory runs by name: the name in the reader's language. */
export function firmSortDefault(isChinese: boolean): FirmSort {
  return isChinese ? 'nameZh' : 'nameEn'
}

/** The firms list as a file, with the list's filters and order. */
export const firmExportPath = '/api/firms/export'

export interface FirmFilters {
  q?: string
  city?: string
  industry?: string
  park?: string
  stage?: FirmStage
  size?: FirmSize
  leading?: boolean
  highTech?: boolean
  sort?: FirmSort
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
