// Schemes (a city's voucher rules and budget) and the appropriations that fund them.
import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../shared/api/client'
import { idempotencyHeader, useIdempotentMutation } from '../../../shared/api/useIdempotentMutation'
import { pagedSource } from '../../../shared/list/usePagedList'
import type {
  CreateAppropriationBody,
  CityCode,
  CreateSchemeBody,
  SchemeStatus,
  ServiceCategory,
  UpdateSchemeBody,
} from '../../../shared/api/types'
import { voucherQueries, vouchersQueryKey } from '../common/refresh'

export interface SchemeFilters {
  city?: CityCode
  status?: SchemeStatus
  category?: ServiceCategory
}

const schemesKey = [...vouchersQueryKey, 'schemes'] as const
/** a city runs a handful of schemes: one page holds them all */
const schemesOfCityMax = 100

export const schemePages = pagedSource([...schemesKey, 'page'], (filters: SchemeFilters, page, signal) =>
  unwrap(api.GET('/api/voucher-schemes', { params: { query: { ...filters, ...page } }, signal })),
)

/** The open schemes a firm of the city can claim under. */
export function useOpenSchemesOf(cityCode: CityCode) {
  return useQuery({
    queryKey: [...schemesKey, 'open', cityCode],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/voucher-schemes', {
          params: { query: { city: cityCode, status: 'open', limit: schemesOfCityMax } },
          signal,
        }),
      ),
    select: (page) => page.items,
  })
}

export function useScheme(id: string) {
  return useQuery({
    queryKey: [...schemesKey, 'one', id],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/voucher-schemes/{id}', { params: { path: { id } }, signal })),
  })
}

export const appropriationPages = pagedSource(
  [...schemesKey, 'appropriations'],
  (schemeId: string, page, signal) =>
    unwrap(
      api.GET('/api/voucher-schemes/{id}/appropriations', {
        params: { path: { id: schemeId }, query: page },
        signal,
      }),
    ),
)

export function useCreateScheme() {
  return useIdempotentMutation(
    (body: CreateSchemeBody, key: string) =>
      unwrap(api.POST('/api/voucher-schemes', { body, headers: idempotencyHeader(key) })),
    { invalidates: voucherQueries },
  )
}

export function useUpdateScheme(id: string) {
  return useIdempotentMutation(
    (body: UpdateSchemeBody, key: string) =>
      unwrap(
        api.PATCH('/api/voucher-schemes/{id}', {
          params: { path: { id } },
          body,
          headers: idempotencyHeader(key),
        }),
      ),
    { invalidates: voucherQueries },
  )
}

export function useAppropriate(schemeId: string) {
  return useIdempotentMutation(
    (body: CreateAppropriationBody, key: string) =>
      unwrap(
        api.POST('/api/voucher-schemes/{id}/appropriations', {
          params: { path: { id: schemeId } },
          body,
          headers: idempotencyHeader(key),
        }),
      ),
    { invalidates: voucherQueries },
  )
}
