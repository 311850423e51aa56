// How many instruments match the filters in each of the nine cities, for the map. The catalogue has no count
// endpoint, so each city is one page of at most 100: beyond that the map says "100+".
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../shared/api/client'
import { cityCodes } from '../../../shared/ui/enums'
import type { InstrumentFilters } from '../common/instruments.queries'
import { instrumentsQueryKey } from '../common/refresh'

export const cityCountPageMax = 100

export interface CityCount {
  cityCode: string
  count: number
  /** more than `count` match */
  more: boolean
}

export function useCityCounts(filters: Omit<InstrumentFilters, 'city'>) {
  return useQuery({
    queryKey: [...instrumentsQueryKey, 'city-counts', filters],
    queryFn: ({ signal }) =>
      Promise.all(
        cityCodes.map(async (cityCode): Promise<CityCount> => {
          const page = await unwrap(
            api.GET('/api/instruments', {
              params: { query: { ...filters, city: cityCode, limit: cityCountPageMax } },
              signal,
            }),
          )
          return { cityCode, count: page.items.length, more: page.nextCursor !== null }
        }),
      ),
    placeholderData: keepPreviousData,
  })
}
