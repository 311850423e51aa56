// SQL for the service products providers publish.
import { and, asc, eq, gt, like, type SQL } from 'drizzle-orm'
import type { Database } from '../../db/client'
import { serviceProducts } from './vouchers.tables'

export type ProductRow = typeof serviceProducts.$inferSelect

export interface ProductFilter {
  provider?: string | undefined
  city?: string | undefined
  category?: string | undefined
  status?: string | undefined
  q?: string | undefined
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`)
}

export function listProducts(
  db: Database,
  filter: ProductFilter,
  after: string | null,
  limit: number,
): Promise<ProductRow[]> {
  const search = filter.q?.trim().toLowerCase()
  const conditions: (SQL | undefined)[] = [
    filter.provider !== undefined ? eq(serviceProducts.providerId, filter.provider) : undefined,
    filter.city !== undefined ? eq(serviceProducts.providerCityCode, filter.city) : undefined,
    filter.category !== undefined ? eq(serviceProducts.category, filter.category) : undefined,
    filter.status !== undefined ? eq(serviceProducts.status, filter.status) : undefined,
    // search_text is stored lower-cased, with a trigram index
    search !== undefined && search !== ''
      ? like(serviceProducts.searchText, `%${escapeLike(search)}%`)
      : undefined,
    after !== null ? gt(serviceProducts.id, after) : undefined,
  ]
  return db
    .select()
    .from(serviceProducts)
    .where(and(...conditions))
    .orderBy(asc(serviceProducts.id))
    .limit(limit + 1)
}

export async function findProduct(db: Database, id: string): Promise<ProductRow | undefined> {
  const [row] = await db.select().from(serviceProducts).where(eq(serviceProducts.id, id)).limit(1)
  return row
}

export async function insertProduct(
  db: Database,
  row: typeof serviceProducts.$inferInsert,
): Promise<ProductRow> {
  const [inserted] = await db.insert(serviceProducts).values(row).returning()
  if (inserted === undefined) throw new Error('product insert returned nothing')
  return inserted
}

export async function updateProduct(
  db: Database,
  id: string,
  changes: Partial<typeof serviceProducts.$inferInsert>,
): Promise<ProductRow | undefined> {
  const [row] = await db
    .update(serviceProducts)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(serviceProducts.id, id))
    .returning()
  return row
}
