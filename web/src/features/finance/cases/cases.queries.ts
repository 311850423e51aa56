// Workstation cases: a page of one stage's cases (a column of the board, "more" reads the next page), the board's
// counts per stage and officer in one request, one case with its notes, opening a case and moving it on.
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../shared/api/client'
import { idempotencyHeader, useIdempotentMutation } from '../../../shared/api/useIdempotentMutation'
import type { AdvanceCaseBody, CaseQuery, CaseStage, CreateCaseBody } from '../common/finance.types'
import { financeQueries, financeQueryKey } from '../common/refresh'

const casesKey = [...financeQueryKey, 'cases'] as const

/** the cards a column shows at first and adds with each "more": a column stays a glance, not a scroll */
export const columnPageSize = 12

/** What the board is filtered by, as the list and its counts both take it. */
export interface BoardFilters {
  city: CaseQuery['city']
  officer: string | undefined
  overdue: boolean
}

function filterQuery(filters: BoardFilters) {
  return {
    ...(filters.city === undefined ? {} : { city: filters.city }),
    ...(filters.officer === undefined ? {} : { officer: filters.officer }),
    ...(filters.overdue ? { overdue: true } : {}),
  }
}

export function useStageCases(stage: CaseStage, filters: BoardFilters) {
  return useInfiniteQuery({
    queryKey: [...casesKey, 'stage', stage, filters],
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        api.GET('/api/finance-cases', {
          params: {
            query: {
              stage,
              limit: columnPageSize,
              ...filterQuery(filters),
              ...(pageParam === undefined ? {} : { cursor: pageParam }),
            },
          },
          signal,
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  })
}

/** Every column's count and the officers to filter by, under the board's filters: one request for the board. */
export function useCaseCounts(filters: BoardFilters) {
  return useQuery({
    queryKey: [...casesKey, 'counts', filters],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/finance-cases/counts', { params: { query: filterQuery(filters) }, signal })),
    placeholderData: keepPreviousData,
  })
}

export function useCase(id: string) {
  return useQuery({
    queryKey: [...casesKey, 'one', id],
    queryFn: ({ signal }) => unwrap(api.GET('/api/finance-cases/{id}', { params: { path: { id } }, signal })),
  })
}

export function useCreateCase() {
  return useIdempotentMutation(
    (body: CreateCaseBody, key: string) =>
      unwrap(api.POST('/api/finance-cases', { body, headers: idempotencyHeader(key) })),
    { invalidates: financeQueries },
  )
}

export function useAdvanceCase() {
  return useIdempotentMutation(
    ({ id, body }: { id: string; body: AdvanceCaseBody }, key: string) =>
      unwrap(
        api.POST('/api/finance-cases/{id}/advance', {
          params: { path: { id } },
          body,
          headers: idempotencyHeader(key),
        }),
      ),
    { invalidates: financeQueries },
  )
}
