// SQL for the service products providers publish.
import type { Database } from '../../db/client'
import { equalsWhenGiven } from '../../db/conditions'
import { recordsOf } from '../../db/records'
import { matchesSearch } from '../../db/search'
import { serviceProducts } from './vouchers.tables'

export type ProductRow = typeof serviceProducts.$inferSelect

const products = recordsOf(serviceProducts, serviceProducts.id)
export const findProduct = products.find
export const insertProduct = products.insert
export const updateProduct = products.update

export interface ProductFilter {
  provider?: string | undefined
  city?: string | undefined
  category?: string | undefined
  status?: string | undefined
  q?: string | undefined
}

export function listProducts(
  db: Database,
  filter: ProductFilter,
  after: string | null,
  limit: number,
): Promise<ProductRow[]> {
  return products.page(db, { after, limit }, [
    equalsWhenGiven(serviceProducts.providerId, filter.provider),
    equalsWhenGiven(serviceProducts.providerCityCode, filter.city),
    equalsWhenGiven(serviceProducts.category, filter.category),
    equalsWhenGiven(serviceProducts.status, filter.status),
    matchesSearch(serviceProducts.searchText, filter.q),
  ])
}
