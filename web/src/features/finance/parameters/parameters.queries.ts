import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../shared/api/client'
import { idempotencyHeader, useIdempotentMutation } from '../../../shared/api/useIdempotentMutation'
import type { CreateParameterSetBody } from '../common/finance.types'
import { financeQueries, financeQueryKey } from '../common/refresh'

/** The dated parameter sets, newest first (the server lists at most 100). */
export function useParameterSets() {
  return useQuery({
    queryKey: [...financeQueryKey, 'parameters'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/score-parameters', { signal })),
  })
}

export function useCreateParameterSet() {
  return useIdempotentMutation(
    (body: CreateParameterSetBody, key: string) =>
      unwrap(api.POST('/api/score-parameters', { body, headers: idempotencyHeader(key) })),
    { invalidates: financeQueries },
  )
}
