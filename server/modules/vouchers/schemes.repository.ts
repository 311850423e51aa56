// SQL for voucher schemes and their appropriations.
import { arrayContains, eq, sql } from 'drizzle-orm'
import { queryRows, type Database } from '../../db/client'
import { equalsWhenGiven } from '../../db/conditions'
import { firstRow, keysetPage, recordsOf } from '../../db/records'
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
  const row = await firstRow(selectWithBudget(db).where(eq(voucherSchemes.id, id)).limit(1))
  return row === undefined ? undefined : flatten(row)
}

export async function listSchemes(
  db: Database,
  filter: SchemeFilter,
  after: string | null,
  limit: number,
): Promise<SchemeWithBudget[]> {
  const rows = await keysetPage(selectWithBudget(db).$dynamic(), voucherSchemes.id, { after, limit }, [
    equalsWhenGiven(voucherSchemes.cityCode, filter.city),
    equalsWhenGiven(voucherSchemes.status, filter.status),
    filter.category !== undefined
      ? arrayContains(voucherSchemes.serviceCategories, [filter.category])
      : undefined,
  ])
  return rows.map(flatten)
}

const schemes = recordsOf(voucherSchemes, voucherSchemes.id)
export const insertScheme = schemes.insert
export const updateScheme = schemes.update

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

const appropriations = recordsOf(voucherSchemeAppropriations, voucherSchemeAppropriations.id)
export const insertAppropriation = appropriations.insert

export function listAppropriations(
  db: Database,
  schemeId: string,
  after: string | null,
  limit: number,
): Promise<AppropriationRow[]> {
  return appropriations.page(db, { after, limit }, [eq(voucherSchemeAppropriations.schemeId, schemeId)])
}
