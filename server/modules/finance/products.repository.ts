// SQL of the alliance's finance products.
import { and, asc, eq, sql, type SQL } from 'drizzle-orm'
import type { Database } from '../../db/client'
import { equalsWhenGiven } from '../../db/conditions'
import { matchesSearch, pageWhere } from '../../db/search'
import { financeProducts } from './finance.tables'

export type ProductRow = typeof financeProducts.$inferSelect

export interface ProductFilter {
  q?: string | undefined
  productType?: string | undefined
  institutionId?: string | undefined
  cityServed?: string | undefined
  status?: string | undefined
}

export function listProducts(db: Database, filter: ProductFilter, cursor: string | null, limit: number) {
  const conditions: (SQL | undefined)[] = [
    matchesSearch(financeProducts.searchText, filter.q),
    equalsWhenGiven(financeProducts.productType, filter.productType),
    equalsWhenGiven(financeProducts.institutionId, filter.institutionId),
    equalsWhenGiven(financeProducts.status, filter.status),
    filter.cityServed !== undefined
      ? sql`${filter.cityServed} = ANY (${financeProducts.citiesServed})`
      : undefined,
  ]
  return db
    .select()
    .from(financeProducts)
    .where(pageWhere(financeProducts.id, cursor, conditions))
    .orderBy(asc(financeProducts.id))
    .limit(limit + 1)
}

export async function findProduct(db: Database, id: string): Promise<ProductRow | undefined> {
  const [row] = await db.select().from(financeProducts).where(eq(financeProducts.id, id)).limit(1)
  return row
}

export async function insertProduct(
  db: Database,
  row: typeof financeProducts.$inferInsert,
): Promise<ProductRow> {
  const [inserted] = await db.insert(financeProducts).values(row).returning()
  if (inserted === undefined) throw new Error('product insert returned no row')
  return inserted
}

export async function updateProduct(
  db: Database,
  id: string,
  changes: Partial<typeof financeProducts.$inferInsert>,
): Promise<ProductRow> {
  const [updated] = await db
    .update(financeProducts)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(financeProducts.id, id))
    .returning()
  if (updated === undefined) throw new Error(`product ${id} vanished`)
  return updated
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
