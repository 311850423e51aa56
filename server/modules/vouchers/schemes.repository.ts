// SQL for voucher schemes and their appropriations.
import { and, arrayContains, asc, eq, gt, sql, type SQL } from 'drizzle-orm'
import { queryRows, type Database } from '../../db/client'
import { ledgerAccounts, voucherSchemeAppropriations, voucherSchemes, vouchers } from './vouchers.tables'

export type SchemeRow = typeof voucherSchemes.$inferSelect
export type AppropriationRow = typeof voucherSchemeAppropriations.$inferSelect

export interface SchemeWithBudget extends SchemeRow {
  /** what the budget can still issue */
  budgetAvailableFen: number
  /** appropriated into the budget, all years */
  appropriatedFen: number
  /** face value of the vouchers issued under the scheme */
  issuedFen: number
}

export interface SchemeFilter {
  city?: string | undefined
  status?: string | undefined
  category?: string | undefined
}

function selectWithBudget(db: Database) {
  return db
    .select({
      scheme: voucherSchemes,
      budgetAvailableFen: ledgerAccounts.balanceFen,
      appropriatedFen:
        sql<number>`(SELECT coalesce(sum(a.amount_fen), 0) FROM ${voucherSchemeAppropriations} a
        WHERE a.scheme_id = ${voucherSchemes.id})`.mapWith(Number),
      issuedFen: sql<number>`(SELECT coalesce(sum(v.amount_fen), 0) FROM ${vouchers} v
        WHERE v.scheme_id = ${voucherSchemes.id})`.mapWith(Number),
    })
    .from(voucherSchemes)
    .innerJoin(ledgerAccounts, eq(ledgerAccounts.id, voucherSchemes.budgetAccountId))
}

const flatten = (row: {
  scheme: SchemeRow
  budgetAvailableFen: number
  appropriatedFen: number
  issuedFen: number
}): SchemeWithBudget => ({
  ...row.scheme,
  budgetAvailableFen: row.budgetAvailableFen,
  appropriatedFen: row.appropriatedFen,
  issuedFen: row.issuedFen,
})

export async function findScheme(db: Database, id: string): Promise<SchemeWithBudget | undefined> {
  const [row] = await selectWithBudget(db).where(eq(voucherSchemes.id, id)).limit(1)
  return row === undefined ? undefined : flatten(row)
}

export async function listSchemes(
  db: Database,
  filter: SchemeFilter,
  after: string | null,
  limit: number,
): Promise<SchemeWithBudget[]> {
  const conditions: (SQL | undefined)[] = [
    filter.city !== undefined ? eq(voucherSchemes.cityCode, filter.city) : undefined,
    filter.status !== undefined ? eq(voucherSchemes.status, filter.status) : undefined,
    filter.category !== undefined
      ? arrayContains(voucherSchemes.serviceCategories, [filter.category])
      : undefined,
    after !== null ? gt(voucherSchemes.id, after) : undefined,
  ]
  const rows = await selectWithBudget(db)
    .where(and(...conditions))
    .orderBy(asc(voucherSchemes.id))
    .limit(limit + 1)
  return rows.map(flatten)
}

export async function insertScheme(
  db: Database,
  row: typeof voucherSchemes.$inferInsert,
): Promise<SchemeRow> {
  const [inserted] = await db.insert(voucherSchemes).values(row).returning()
  if (inserted === undefined) throw new Error('scheme insert returned nothing')
  return inserted
}

export async function updateScheme(
  db: Database,
  id: string,
  changes: Partial<typeof voucherSchemes.$inferInsert>,
): Promise<void> {
  await db
    .update(voucherSchemes)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(voucherSchemes.id, id))
}

export async function appropriatedInYear(
  db: Database,
  schemeId: string,
  budgetYear: number,
): Promise<number> {
  const rows = await queryRows<{ total_fen: string | number }>(
    db,
    sql`SELECT coalesce(sum(amount_fen), 0) AS total_fen FROM voucher_scheme_appropriations
         WHERE scheme_id = ${schemeId} AND budget_year = ${budgetYear}`,
  )
  return Number(rows[0]?.total_fen ?? 0)
}

export async function insertAppropriation(
  db: Database,
  row: typeof voucherSchemeAppropriations.$inferInsert,
): Promise<AppropriationRow> {
  const [inserted] = await db.insert(voucherSchemeAppropriations).values(row).returning()
  if (inserted === undefined) throw new Error('appropriation insert returned nothing')
  return inserted
}

export function listAppropriations(
  db: Database,
  schemeId: string,
  after: string | null,
  limit: number,
): Promise<AppropriationRow[]> {
  return db
    .select()
    .from(voucherSchemeAppropriations)
    .where(
      and(
        eq(voucherSchemeAppropriations.schemeId, schemeId),
        after !== null ? gt(voucherSchemeAppropriations.id, after) : undefined,
      ),
    )
    .orderBy(asc(voucherSchemeAppropriations.id))
    .limit(limit + 1)
}
