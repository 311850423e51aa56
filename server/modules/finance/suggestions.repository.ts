// SQL of the corridor-wide recompute: keyset slices of firms and each firm's ten suggested products.
import { asc, eq, inArray, sql } from 'drizzle-orm'
import { queryRows, type Database } from '../../db/client'
import { financeProducts, firmProductSuggestions } from './finance.tables'

/** One keyset batch of firms with what scoring and matching need. */
export async function firmBatch(db: Database, afterId: string | null, limit: number) {
  return queryRows<{
    id: string
    city_code: string
    stage: string
    industry_code: string
    is_high_tech: boolean
    is_tech_sme: boolean
  }>(
    db,
    sql`SELECT f.id, f.city_code, f.stage, f.industry_code, f.is_high_tech, f.is_tech_sme
          FROM registry_firm_facts f
         ${afterId !== null ? sql`WHERE f.id > ${afterId}` : sql``} ORDER BY f.id LIMIT ${limit}`,
  )
}

/** Replaces the suggestions of a batch of firms. */
export async function replaceSuggestions(
  db: Database,
  firmIds: readonly string[],
  rows: (typeof firmProductSuggestions.$inferInsert)[],
) {
  if (firmIds.length === 0) return
  await db.delete(firmProductSuggestions).where(inArray(firmProductSuggestions.firmId, [...firmIds]))
  for (let start = 0; start < rows.length; start += suggestionInsertBatch) {
    await db.insert(firmProductSuggestions).values(rows.slice(start, start + suggestionInsertBatch))
  }
}

const suggestionInsertBatch = 5000

/** A firm's suggestions, each product with its type, rate cap and institution named: the list needs no lookups. */
export function suggestionsOf(db: Database, firmId: string) {
  return (
    db
      .select({
        rank: firmProductSuggestions.rank,
        productId: firmProductSuggestions.productId,
        fitTenths: firmProductSuggestions.fitTenths,
        computedAt: firmProductSuggestions.computedAt,
        productNameZh: financeProducts.nameZh,
        productNameEn: financeProducts.nameEn,
        productType: financeProducts.productType,
        rateCapBps: financeProducts.rateCapBps,
        institutionId: financeProducts.institutionId,
        institutionNameZh: sql<string>`coalesce(suggested_institution.name_zh, '')`,
        institutionNameEn: sql<string>`coalesce(suggested_institution.name_en, '')`,
      })
      .from(firmProductSuggestions)
      .innerJoin(financeProducts, eq(financeProducts.id, firmProductSuggestions.productId))
      // the registry's published view (boundaries.test.ts), never its institutions table
      .leftJoin(
        sql`registry_institution_places suggested_institution`,
        sql`suggested_institution.id = ${financeProducts.institutionId}`,
      )
      .where(eq(firmProductSuggestions.firmId, firmId))
      .orderBy(asc(firmProductSuggestions.rank))
  )
}
