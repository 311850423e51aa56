// The institution's finance products: a page of its own, publishing, editing (withdrawing included) and the open
// needs a product fits.
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../shared/api/client'
import type { CreateProductBody, ProductQuery, UpdateProductBody } from '../common/finance.types'
import { idempotencyHeaders, useFinanceMutation } from '../common/mutation'
import { financeQueryKey } from '../common/refresh'

export type ProductFilters = Omit<ProductQuery, 'cursor' | 'limit'>

const productsKey = [...financeQueryKey, 'products'] as const

export function useProductPage(filters: ProductFilters, cursor: string | undefined, limit: number) {
  return useQuery({
    queryKey: [...productsKey, 'page', filters, cursor, limit],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/finance-products', { params: { query: { ...filters, cursor, limit } }, signal })),
    placeholderData: keepPreviousData,
  })
}

export function useFittingNeeds(id: string) {
  return useQuery({
    queryKey: [...productsKey, 'matches', id],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/finance-products/{id}/matches', { params: { path: { id } }, signal })),
  })
}

export function useCreateProduct() {
  return useFinanceMutation((body: CreateProductBody, key: string) =>
    unwrap(api.POST('/api/finance-products', { body, headers: idempotencyHeaders(key) })),
  )
}

export function useUpdateProduct() {
  return useFinanceMutation(({ id, body }: { id: string; body: UpdateProductBody }, key: string) =>
    unwrap(
      api.PATCH('/api/finance-products/{id}', {
        params: { path: { id } },
        body,
        headers: idempotencyHeaders(key),
      }),
    ),
  )
}
