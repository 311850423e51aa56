// Financing needs: a page of them, one, its ranked matches and near misses, and stating a new one.
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../shared/api/client'
import type { CreateNeedBody, NeedQuery } from '../common/finance.types'
import { idempotencyHeaders, useFinanceMutation } from '../common/mutation'
import { financeQueryKey } from '../common/refresh'

export type NeedFilters = Omit<NeedQuery, 'cursor' | 'limit'>

const needsKey = [...financeQueryKey, 'needs'] as const

export function useNeedPage(filters: NeedFilters, cursor: string | undefined, limit: number) {
  return useQuery({
    queryKey: [...needsKey, 'page', filters, cursor, limit],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/financing-needs', { params: { query: { ...filters, cursor, limit } }, signal })),
    placeholderData: keepPreviousData,
  })
}

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
  return useFinanceMutation((body: CreateNeedBody, key: string) =>
    unwrap(api.POST('/api/financing-needs', { body, headers: idempotencyHeaders(key) })),
  )
}
