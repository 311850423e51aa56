// How many instruments match the filters in each of the nine cities, for the map: the catalogue's list counts what
// matches (exactly up to its bound), so each city is one request for a single row and its total.
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../shared/api/client'
import { cityCodes } from '../../../shared/ui/enums'
import type { InstrumentFilters } from '../common/instruments.queries'
import { instrumentsQueryKey } from '../common/refresh'

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
              params: { query: { ...filters, city: cityCode, limit: 1 } },
              signal,
            }),
          )
          return { cityCode, count: page.total, more: !page.totalIsExact }
        }),
      ),
    placeholderData: keepPreviousData,
  })
}
