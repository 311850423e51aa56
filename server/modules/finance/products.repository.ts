// SQL of the alliance's finance products.
import { and, asc, eq, getTableColumns, sql } from 'drizzle-orm'
import type { Database } from '../../db/client'
import { equalsEachGiven } from '../../db/conditions'
import { recordsOf } from '../../db/records'
import { matchesSearch } from '../../db/search'
import { sortedList } from '../../db/sorted'
import type { SortedPageRequest } from '../../platform/http/list'
import { financeProducts } from './finance.tables'

export type ProductRow = typeof financeProducts.$inferSelect
/** A product with its institution named in both languages, read in the product's own statement. */
export interface NamedProductRow extends ProductRow {
  institutionNameZh: string
  institutionNameEn: string
}

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

/** The columns a products list sorts by (ProductQuery's sort). */
export const productSortColumns = {
  createdAt: financeProducts.createdAt,
  amountMaxFen: financeProducts.amountMaxFen,
}
export type ProductSortKey = keyof typeof productSortColumns

function selectNamed(db: Database) {
  return (
    db
      .select({
        ...getTableColumns(financeProducts),
        institutionNameZh: sql<string>`coalesce(product_institution.name_zh, '')`,
        institutionNameEn: sql<string>`coalesce(product_institution.name_en, '')`,
      })
      .from(financeProducts)
      // the registry's published view (boundaries.test.ts), never its institutions table
      .leftJoin(
        sql`registry_institution_places product_institution`,
        sql`product_institution.id = ${financeProducts.institutionId}`,
      )
  )
}

/** One sorted page of products with their institutions named, and how many match (up to the bound). */
export async function listProducts(
  db: Database,
  filter: ProductFilter,
  page: SortedPageRequest<ProductSortKey>,
): Promise<{ rows: NamedProductRow[]; total: number }> {
  const conditions = [
    matchesSearch(financeProducts.searchText, filter.q),
    ...equalsEachGiven(financeProducts, filter, ['productType', 'institutionId', 'status']),
    filter.cityServed !== undefined
      ? sql`${filter.cityServed} = ANY (${financeProducts.citiesServed})`
      : undefined,
  ]
  return sortedList(
    db,
    {
      select: selectNamed(db).$dynamic(),
      table: financeProducts,
      sortColumns: productSortColumns,
      id: financeProducts.id,
    },
    page,
    conditions,
  )
}

/**
 * Every active product of one type with its institution named: the candidates a need is matched against (at most
 * `limit`), so that a match card names the institution without a lookup of its own.
 */
export function activeProductsOfType(
  db: Database,
  productType: string,
  limit: number,
): Promise<NamedProductRow[]> {
  return selectNamed(db)
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
