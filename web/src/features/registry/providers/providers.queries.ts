import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../shared/api/client'
import { pagedSource } from '../../../shared/list/usePagedList'
import type { SortOf } from '../../../shared/list/sorting'
import type { AdmissionStatus, ProviderKind } from '../../../shared/api/types'

/** The columns a provider list sorts by, as the API takes them (ProviderQuery's sort). */
export const providerSortKeys = ['nameZh', 'nameEn', 'admissionStatus', 'admissionUpdatedOn'] as const
export type ProviderSort = SortOf<(typeof providerSortKeys)[number]>

/** The providers list as a file, with the list's filters and order. */
export const providerExportPath = '/api/providers/export'

export interface ProviderFilters {
  q?: string
  city?: string
  kind?: ProviderKind
  status?: AdmissionStatus
  sort?: ProviderSort
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
