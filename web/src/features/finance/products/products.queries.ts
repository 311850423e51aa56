// The institution's finance products: a page of its own, publishing, editing (withdrawing included) and the open
// needs a product fits.
import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../shared/api/client'
import { idempotencyHeader, useIdempotentMutation } from '../../../shared/api/useIdempotentMutation'
import { pagedSource } from '../../../shared/list/usePagedList'
import type { SortOf } from '../../../shared/list/sorting'
import type { CreateProductBody, ProductQuery, UpdateProductBody } from '../common/finance.types'
import { financeQueries, financeQueryKey } from '../common/refresh'

export type ProductFilters = Omit<ProductQuery, 'cursor' | 'limit'>

/** The columns a products list sorts by, as the API takes them (ProductQuery's sort). */
export const productSortKeys = ['createdAt', 'amountMaxFen'] as const
export type ProductSort = SortOf<(typeof productSortKeys)[number]>

/** The products list as a file, with the list's filters and order. */
export const productExportPath = '/api/finance-products/export'

const productsKey = [...financeQueryKey, 'products'] as const

export const productPages = pagedSource([...productsKey, 'page'], (filters: ProductFilters, page, signal) =>
  unwrap(api.GET('/api/finance-products', { params: { query: { ...filters, ...page } }, signal })),
)

export function useFittingNeeds(id: string) {
  return useQuery({
    queryKey: [...productsKey, 'matches', id],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/finance-products/{id}/matches', { params: { path: { id } }, signal })),
  })
}

export function useCreateProduct() {
  return useIdempotentMutation(
    (body: CreateProductBody, key: string) =>
      unwrap(api.POST('/api/finance-products', { body, headers: idempotencyHeader(key) })),
    { invalidates: financeQueries },
  )
}

export function useUpdateProduct() {
  return useIdempotentMutation(
    ({ id, body }: { id: string; body: UpdateProductBody }, key: string) =>
      unwrap(
        api.PATCH('/api/finance-products/{id}', {
          params: { path: { id } },
          body,
          headers: idempotencyHeader(key),
        }),
      ),
    { invalidates: financeQueries },
  )
}
