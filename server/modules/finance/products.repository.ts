// SQL of the alliance's finance products.
import { and, asc, eq, sql } from 'drizzle-orm'
import type { Database } from '../../db/client'
import { equalsEachGiven } from '../../db/conditions'
import { recordsOf } from '../../db/records'
import { matchesSearch } from '../../db/search'
import { financeProducts } from './finance.tables'

export type ProductRow = typeof financeProducts.$inferSelect

export interface ProductFilter {
  q?: string | undefined
  productType?: string | undefined
  institutionId?: string | undefined
  cityServed?: string | undefined
  status?: string | undefined
}

const products = recordsOf(financeProducts, financeProducts.id)
export const findProduct = products.find
export const insertProduct = products.insert
export const updateProduct = products.change

export function listProducts(db: Database, filter: ProductFilter, after: string | null, limit: number) {
  return products.page(db, { after, limit }, [
    matchesSearch(financeProducts.searchText, filter.q),
    ...equalsEachGiven(financeProducts, filter, ['productType', 'institutionId', 'status']),
    filter.cityServed !== undefined
      ? sql`${filter.cityServed} = ANY (${financeProducts.citiesServed})`
      : undefined,
  ])
}

/** Every active product of one type: the candidates a need is matched against (at most `limit`). */
export function activeProductsOfType(db: Database, productType: string, limit: number) {
  return db
    .select()
    .from(financeProducts)
    .where(and(eq(financeProducts.productType, productType), eq(financeProducts.status, 'active')))
    .orderBy(asc(financeProducts.id))
    .limit(limit)
}

export function activeProducts(db: Database, limit: number) {
  return db
    .select()
    .from(financeProducts)
    .where(eq(financeProducts.status, 'active'))
    .orderBy(asc(financeProducts.id))
    .limit(limit)
}
