// Service products: the public catalogue (published ones) and a provider's own, which it creates and edits.
import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../shared/api/client'
import { idempotencyHeader, useIdempotentMutation } from '../../../shared/api/useIdempotentMutation'
import { pagedSource } from '../../../shared/list/usePagedList'
import type {
  CityCode,
  CreateProductBody,
  ProductStatus,
  ServiceCategory,
  UpdateProductBody,
} from '../../../shared/api/types'
import { voucherQueries, vouchersQueryKey } from '../common/refresh'

export interface ProductFilters {
  q?: string
  provider?: string
  city?: CityCode
  category?: ServiceCategory
  /** published unless another status is asked for */
  status?: ProductStatus
}

const productsKey = [...vouchersQueryKey, 'products'] as const

export const productPages = pagedSource([...productsKey, 'page'], (filters: ProductFilters, page, signal) =>
  unwrap(api.GET('/api/service-products', { params: { query: { ...filters, ...page } }, signal })),
)

export function useProduct(id: string) {
  return useQuery({
    queryKey: [...productsKey, 'one', id],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/service-products/{id}', { params: { path: { id } }, signal })),
  })
}

export function useCreateProduct() {
  return useIdempotentMutation(
    (body: CreateProductBody, key: string) =>
      unwrap(api.POST('/api/service-products', { body, headers: idempotencyHeader(key) })),
    { invalidates: voucherQueries },
  )
}

export function useUpdateProduct() {
  return useIdempotentMutation(
    ({ id, body }: { id: string; body: UpdateProductBody }, key: string) =>
      unwrap(
        api.PATCH('/api/service-products/{id}', {
          params: { path: { id } },
          body,
          headers: idempotencyHeader(key),
        }),
      ),
    { invalidates: voucherQueries },
  )
}
