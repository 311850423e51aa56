import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../shared/api/client'
import type { CreateParameterSetBody } from '../common/finance.types'
import { idempotencyHeaders, useFinanceMutation } from '../common/mutation'
import { financeQueryKey } from '../common/refresh'

/** The dated parameter sets, newest first (the server lists at most 100). */
export function useParameterSets() {
  return useQuery({
    queryKey: [...financeQueryKey, 'parameters'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/score-parameters', { signal })),
  })
}

export function useCreateParameterSet() {
  return useFinanceMutation((body: CreateParameterSetBody, key: string) =>
    unwrap(api.POST('/api/score-parameters', { body, headers: idempotencyHeaders(key) })),
  )
}
