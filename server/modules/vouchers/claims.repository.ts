// SQL for voucher claims.
import { eq, getTableColumns, or, sql } from 'drizzle-orm'
import { queryRows, type Database } from '../../db/client'
import { equalsEachGiven } from '../../db/conditions'
import { firstRow, recordsOf } from '../../db/records'
import { numberStartsWith, sortedList } from '../../db/sorted'
import type { SortedPageRequest } from '../../platform/http/list'
import { claimNumberSql, voucherClaims, voucherSchemes, vouchers } from './vouchers.tables'

export type ClaimRow = typeof voucherClaims.$inferSelect
export interface ClaimWithVoucher extends ClaimRow {
  voucherId: string | null
  /** the firm's and the scheme's names, read in the claim's own statement so that a list names every row */
  firmNameZh: string
  firmNameEn: string
  schemeNameZh: string
  schemeNameEn: string
}

export interface ClaimFilter {
  cityCode?: string | undefined
  firmId?: string | undefined
  schemeId?: string | undefined
  status?: string | undefined
  /** the claim's voucher number, or its beginning */
  q?: string | undefined
}

/** The columns a claim list sorts by (ClaimQuery's sort). */
export const claimSortColumns = {
  createdAt: voucherClaims.createdAt,
  requestedAmountFen: voucherClaims.requestedAmountFen,
  status: voucherClaims.status,
}
export type ClaimSortKey = keyof typeof claimSortColumns

function selectWithVoucher(db: Database) {
  return (
    db
      .select({
        ...getTableColumns(voucherClaims),
        voucherId: vouchers.id,
        firmNameZh: sql<string>`coalesce(claim_firm.name_zh, '')`,
        firmNameEn: sql<string>`coalesce(claim_firm.name_en, '')`,
        schemeNameZh: voucherSchemes.nameZh,
        schemeNameEn: voucherSchemes.nameEn,
      })
      .from(voucherClaims)
      .leftJoin(vouchers, eq(vouchers.claimId, voucherClaims.id))
      .innerJoin(voucherSchemes, eq(voucherSchemes.id, voucherClaims.schemeId))
      // the registry's published view (boundaries.test.ts), never its firms table
      .leftJoin(sql`registry_firm_facts claim_firm`, sql`claim_firm.id = ${voucherClaims.firmId}`)
  )
}

export function findClaim(db: Database, id: string): Promise<ClaimWithVoucher | undefined> {
  return firstRow(selectWithVoucher(db).where(eq(voucherClaims.id, id)).limit(1))
}

function claimConditions(filter: ClaimFilter) {
  return [
    ...equalsEachGiven(voucherClaims, filter, ['cityCode', 'firmId', 'schemeId', 'status']),
    numberSearch(filter.q),
  ]
}

/** A claim is found by its own number (SQ-…) or by the number of the voucher it was issued. */
function numberSearch(q: string | undefined) {
  const ownNumber = numberStartsWith(voucherClaims.number, q)
  const voucherNumber = numberStartsWith(vouchers.number, q)
  if (ownNumber === undefined || voucherNumber === undefined) return undefined
  return or(
    ownNumber,
    sql`${voucherClaims.id} IN (SELECT ${vouchers.claimId} FROM ${vouchers} WHERE ${voucherNumber})`,
  )
}

/** One sorted page of claims and how many match, counted up to the request's bound. */
export async function listClaims(
  db: Database,
  filter: ClaimFilter,
  page: SortedPageRequest<ClaimSortKey>,
): Promise<{ rows: ClaimWithVoucher[]; total: number }> {
  const conditions = claimConditions(filter)
  return sortedList(
    db,
    {
      select: selectWithVoucher(db).$dynamic(),
      table: voucherClaims,
      sortColumns: claimSortColumns,
      id: voucherClaims.id,
    },
    page,
    conditions,
  )
}

/** undefined when the firm already has a claim awaiting a decision under the scheme (a unique index). */
export async function insertClaim(
  db: Database,
  row: Omit<typeof voucherClaims.$inferInsert, 'number'>,
): Promise<ClaimRow | undefined> {
  const [inserted] = await db
    .insert(voucherClaims)
    .values({ ...row, number: claimNumberSql(row.createdAt) })
    .onConflictDoNothing()
    .returning()
  return inserted
}

const claims = recordsOf(voucherClaims, voucherClaims.id)
/** Locks the claim until the transaction ends: two officers deciding at once take turns. */
export const lockClaim = claims.lock

export async function recordDecision(
  db: Database,
  id: string,
  decision: Pick<
    typeof voucherClaims.$inferInsert,
    'status' | 'approvedAmountFen' | 'decisionReason' | 'decidedByUserId' | 'decidedAt'
  >,
): Promise<void> {
  await claims.update(db, id, decision)
}

/** Approved amounts for a firm under a scheme: in the given year window and ever. */
export async function approvedSums(
  db: Database,
  schemeId: string,
  firmId: string,
  year: { start: Date; end: Date },
): Promise<{ approvedThisYearFen: number; approvedTotalFen: number }> {
  const rows = await queryRows<{ this_year_fen: string | number; total_fen: string | number }>(
    db,
    sql`SELECT coalesce(sum(approved_amount_fen) FILTER (
                 WHERE decided_at >= ${year.start.toISOString()}::timestamptz
                   AND decided_at < ${year.end.toISOString()}::timestamptz), 0) AS this_year_fen,
               coalesce(sum(approved_amount_fen), 0) AS total_fen
          FROM voucher_claims
         WHERE scheme_id = ${schemeId} AND firm_id = ${firmId} AND status = 'approved'`,
  )
  return {
    approvedThisYearFen: Number(rows[0]?.this_year_fen ?? 0),
    approvedTotalFen: Number(rows[0]?.total_fen ?? 0),
  }
}
