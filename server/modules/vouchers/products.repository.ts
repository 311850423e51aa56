// SQL for the service products providers publish.
import { getTableColumns, sql } from 'drizzle-orm'
import type { Database } from '../../db/client'
import { equalsWhenGiven } from '../../db/conditions'
import { recordsOf } from '../../db/records'
import { matchesSearch } from '../../db/search'
import { sortedList } from '../../db/sorted'
import type { SortedPageRequest } from '../../platform/http/list'
import { serviceProducts } from './vouchers.tables'

export type ProductRow = typeof serviceProducts.$inferSelect
/** A product with its provider's names, read in the same statement so that the catalogue names every row. */
export interface NamedProductRow extends ProductRow {
  providerNameZh: string
  providerNameEn: string
}

/** The columns the catalogue sorts by (ProductQuery's sort). */
export const productSortColumns = {
  createdAt: serviceProducts.createdAt,
  priceFen: serviceProducts.priceFen,
}
export type ProductSortKey = keyof typeof productSortColumns

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

function selectNamedProducts(db: Database) {
  return (
    db
      .select({
        ...getTableColumns(serviceProducts),
        providerNameZh: sql<string>`coalesce(product_provider.name_zh, '')`,
        providerNameEn: sql<string>`coalesce(product_provider.name_en, '')`,
      })
      .from(serviceProducts)
      // the registry's published view (boundaries.test.ts), never its providers table
      .leftJoin(
        sql`registry_provider_standing product_provider`,
        sql`product_provider.id = ${serviceProducts.providerId}`,
      )
  )
}

/** One sorted page of products with their providers' names, and how many match, counted up to the bound. */
export async function listProducts(
  db: Database,
  filter: ProductFilter,
  page: SortedPageRequest<ProductSortKey>,
): Promise<{ rows: NamedProductRow[]; total: number }> {
  const conditions = [
    equalsWhenGiven(serviceProducts.providerId, filter.provider),
    equalsWhenGiven(serviceProducts.providerCityCode, filter.city),
    equalsWhenGiven(serviceProducts.category, filter.category),
    equalsWhenGiven(serviceProducts.status, filter.status),
    matchesSearch(serviceProducts.searchText, filter.q),
  ]
  return sortedList(
    db,
    {
      select: selectNamedProducts(db).$dynamic(),
      table: serviceProducts,
      sortColumns: productSortColumns,
      id: serviceProducts.id,
    },
    page,
    conditions,
  )
}
