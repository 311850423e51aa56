// SQL for voucher claims.
import { eq, getTableColumns, sql } from 'drizzle-orm'
import { queryRows, type Database } from '../../db/client'
import { equalsEachGiven } from '../../db/conditions'
import { firstRow, keysetPage, recordsOf } from '../../db/records'
import { voucherClaims, vouchers } from './vouchers.tables'

export type ClaimRow = typeof voucherClaims.$inferSelect
export interface ClaimWithVoucher extends ClaimRow {
  voucherId: string | null
}

export interface ClaimFilter {
  cityCode?: string | undefined
  firmId?: string | undefined
  schemeId?: string | undefined
  status?: string | undefined
}

function selectWithVoucher(db: Database) {
  return db
    .select({ ...getTableColumns(voucherClaims), voucherId: vouchers.id })
    .from(voucherClaims)
    .leftJoin(vouchers, eq(vouchers.claimId, voucherClaims.id))
}

export function findClaim(db: Database, id: string): Promise<ClaimWithVoucher | undefined> {
  return firstRow(selectWithVoucher(db).where(eq(voucherClaims.id, id)).limit(1))
}

export function listClaims(
  db: Database,
  filter: ClaimFilter,
  after: string | null,
  limit: number,
): Promise<ClaimWithVoucher[]> {
  return keysetPage(selectWithVoucher(db).$dynamic(), voucherClaims.id, { after, limit }, [
    ...equalsEachGiven(voucherClaims, filter, ['cityCode', 'firmId', 'schemeId', 'status']),
  ])
}

/** undefined when the firm already has a claim awaiting a decision under the scheme (a unique index). */
export async function insertClaim(
  db: Database,
  row: typeof voucherClaims.$inferInsert,
): Promise<ClaimRow | undefined> {
  const [inserted] = await db.insert(voucherClaims).values(row).onConflictDoNothing().returning()
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
