// Service products: the public catalogue (published ones) and a provider's own, which it creates and edits.
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../shared/api/client'
import { useIdempotentSend } from '../../../shared/api/idempotency'
import type {
  CityCode,
  CreateProductBody,
  ProductStatus,
  ServiceCategory,
  UpdateProductBody,
} from '../../../shared/api/types'
import { useRefreshVouchers, vouchersQueryKey } from '../common/refresh'

export interface ProductFilters {
  q?: string
  provider?: string
  city?: CityCode
  category?: ServiceCategory
  /** published unless another status is asked for */
  status?: ProductStatus
}

const productsKey = [...vouchersQueryKey, 'products'] as const

export function useProductPage(filters: ProductFilters, cursor: string | undefined, limit: number) {
  return useQuery({
    queryKey: [...productsKey, 'page', filters, cursor, limit],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/service-products', { params: { query: { ...filters, cursor, limit } }, signal })),
    placeholderData: keepPreviousData,
  })
}

export function useProduct(id: string) {
  return useQuery({
    queryKey: [...productsKey, 'one', id],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/service-products/{id}', { params: { path: { id } }, signal })),
  })
}

export function useCreateProduct() {
  const send = useIdempotentSend()
  const refresh = useRefreshVouchers()
  return useMutation({
    mutationFn: (body: CreateProductBody) =>
      send(body, (key) =>
        unwrap(api.POST('/api/service-products', { body, headers: { 'Idempotency-Key': key } })),
      ),
    onSuccess: refresh,
  })
}

export function useUpdateProduct() {
  const send = useIdempotentSend()
  const refresh = useRefreshVouchers()
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateProductBody }) =>
      send({ id, body }, (key) =>
        unwrap(
          api.PATCH('/api/service-products/{id}', {
            params: { path: { id } },
            body,
            headers: { 'Idempotency-Key': key },
          }),
        ),
      ),
    onSuccess: refresh,
  })
}
