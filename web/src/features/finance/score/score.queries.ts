// A firm's innovation-points score on a day, its suggested products, and recording indicator values.
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../shared/api/client'
import { idempotencyHeader, useIdempotentMutation } from '../../../shared/api/useIdempotentMutation'
import type { RecordIndicatorsBody } from '../common/finance.types'
import { financeQueries, financeQueryKey } from '../common/refresh'

/** undefined `asOf`: today in Shanghai, as the server counts it */
export function useFirmScore(firmId: string, asOf: string | undefined) {
  return useQuery({
    queryKey: [...financeQueryKey, 'score', firmId, asOf],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/firms/{id}/score', {
          params: { path: { id: firmId }, query: asOf === undefined ? {} : { asOf } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  })
}

export function useSuggestions(firmId: string) {
  return useQuery({
    queryKey: [...financeQueryKey, 'suggestions', firmId],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/firms/{id}/suggested-products', { params: { path: { id: firmId } }, signal })),
  })
}

export function useRecordIndicators(firmId: string) {
  return useIdempotentMutation(
    (body: RecordIndicatorsBody, key: string) =>
      unwrap(
        api.POST('/api/firms/{id}/indicators', {
          params: { path: { id: firmId } },
          body,
          headers: idempotencyHeader(key),
        }),
      ),
    { invalidates: financeQueries },
  )
}
