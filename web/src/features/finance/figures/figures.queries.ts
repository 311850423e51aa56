import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../shared/api/client'
import { financeQueryKey } from '../common/refresh'

/** Each city's outcomes in a period, with loan growth against the previous period of the same length. */
export function useFigures(periodStart: string, periodEnd: string) {
  return useQuery({
    queryKey: [...financeQueryKey, 'figures', periodStart, periodEnd],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/finance-figures', { params: { query: { periodStart, periodEnd } }, signal })),
    placeholderData: keepPreviousData,
  })
}
