// Financing needs: a page of them, one, its ranked matches and near misses, and stating a new one.
import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../shared/api/client'
import { idempotencyHeader, useIdempotentMutation } from '../../../shared/api/useIdempotentMutation'
import { pagedSource } from '../../../shared/list/usePagedList'
import type { SortOf } from '../../../shared/list/sorting'
import type { CreateNeedBody, NeedQuery } from '../common/finance.types'
import { financeQueries, financeQueryKey } from '../common/refresh'

export type NeedFilters = Omit<NeedQuery, 'cursor' | 'limit'>

/** The columns a needs list sorts by, as the API takes them (NeedQuery's sort). */
export const needSortKeys = ['createdAt', 'amountFen'] as const
export type NeedSort = SortOf<(typeof needSortKeys)[number]>

/** The needs list as a file, with the list's filters and order. */
export const needExportPath = '/api/financing-needs/export'

const needsKey = [...financeQueryKey, 'needs'] as const

export const needPages = pagedSource([...needsKey, 'page'], (filters: NeedFilters, page, signal) =>
  unwrap(api.GET('/api/financing-needs', { params: { query: { ...filters, ...page } }, signal })),
)

export function useNeed(id: string) {
  return useQuery({
    queryKey: [...needsKey, 'one', id],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/financing-needs/{id}', { params: { path: { id } }, signal })),
  })
}

export function useNeedMatches(id: string) {
  return useQuery({
    queryKey: [...needsKey, 'matches', id],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/financing-needs/{id}/matches', { params: { path: { id } }, signal })),
  })
}

export function useCreateNeed() {
  return useIdempotentMutation(
    (body: CreateNeedBody, key: string) =>
      unwrap(api.POST('/api/financing-needs', { body, headers: idempotencyHeader(key) })),
    { invalidates: financeQueries },
  )
}
