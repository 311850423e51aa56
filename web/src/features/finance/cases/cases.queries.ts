// Workstation cases: the cases of one stage (a column of the board), one case with its notes, opening a case and
// moving it on.
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../shared/api/client'
import { idempotencyHeader, useIdempotentMutation } from '../../../shared/api/useIdempotentMutation'
import type { AdvanceCaseBody, CaseQuery, CaseStage, CreateCaseBody } from '../common/finance.types'
import { financeQueries, financeQueryKey } from '../common/refresh'

const casesKey = [...financeQueryKey, 'cases'] as const

/** the most cases a column shows (the server's page limit) */
export const columnCasesMax = 100

export function useStageCases(stage: CaseStage, city: CaseQuery['city']) {
  return useQuery({
    queryKey: [...casesKey, 'stage', stage, city],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/finance-cases', {
          params: { query: { stage, limit: columnCasesMax, ...(city === undefined ? {} : { city }) } },
          signal,
        }),
      ),
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
