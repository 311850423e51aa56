// Schemes (a city's voucher rules and budget) and the appropriations that fund them.
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../shared/api/client'
import { useIdempotentSend } from '../../../shared/api/idempotency'
import type {
  CreateAppropriationBody,
  CityCode,
  CreateSchemeBody,
  SchemeStatus,
  ServiceCategory,
  UpdateSchemeBody,
} from '../../../shared/api/types'
import { useRefreshVouchers, vouchersQueryKey } from '../common/refresh'

export interface SchemeFilters {
  city?: CityCode
  status?: SchemeStatus
  category?: ServiceCategory
}

const schemesKey = [...vouchersQueryKey, 'schemes'] as const
/** a city runs a handful of schemes: one page holds them all */
const schemesOfCityMax = 100

export function useSchemePage(filters: SchemeFilters, cursor: string | undefined, limit: number) {
  return useQuery({
    queryKey: [...schemesKey, 'page', filters, cursor, limit],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/voucher-schemes', { params: { query: { ...filters, cursor, limit } }, signal })),
    placeholderData: keepPreviousData,
  })
}

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

export function useAppropriationPage(schemeId: string, cursor: string | undefined, limit: number) {
  return useQuery({
    queryKey: [...schemesKey, 'appropriations', schemeId, cursor, limit],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/voucher-schemes/{id}/appropriations', {
          params: { path: { id: schemeId }, query: { cursor, limit } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  })
}

export function useCreateScheme() {
  const send = useIdempotentSend()
  const refresh = useRefreshVouchers()
  return useMutation({
    mutationFn: (body: CreateSchemeBody) =>
      send(body, (key) =>
        unwrap(api.POST('/api/voucher-schemes', { body, headers: { 'Idempotency-Key': key } })),
      ),
    onSuccess: refresh,
  })
}

export function useUpdateScheme(id: string) {
  const send = useIdempotentSend()
  const refresh = useRefreshVouchers()
  return useMutation({
    mutationFn: (body: UpdateSchemeBody) =>
      send({ id, body }, (key) =>
        unwrap(
          api.PATCH('/api/voucher-schemes/{id}', {
            params: { path: { id } },
            body,
            headers: { 'Idempotency-Key': key },
          }),
        ),
      ),
    onSuccess: refresh,
  })
}

export function useAppropriate(schemeId: string) {
  const send = useIdempotentSend()
  const refresh = useRefreshVouchers()
  return useMutation({
    mutationFn: (body: CreateAppropriationBody) =>
      send({ schemeId, body }, (key) =>
        unwrap(
          api.POST('/api/voucher-schemes/{id}/appropriations', {
            params: { path: { id: schemeId } },
            body,
            headers: { 'Idempotency-Key': key },
          }),
        ),
      ),
    onSuccess: refresh,
  })
}
