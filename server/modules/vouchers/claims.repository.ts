// SQL for voucher claims.
import { and, asc, eq, getTableColumns, gt, sql, type SQL } from 'drizzle-orm'
import { queryRows, type Database } from '../../db/client'
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

export async function findClaim(db: Database, id: string): Promise<ClaimWithVoucher | undefined> {
  const [row] = await selectWithVoucher(db).where(eq(voucherClaims.id, id)).limit(1)
  return row
}

export function listClaims(
  db: Database,
  filter: ClaimFilter,
  after: string | null,
  limit: number,
): Promise<ClaimWithVoucher[]> {
  const conditions: (SQL | undefined)[] = [
    filter.cityCode !== undefined ? eq(voucherClaims.cityCode, filter.cityCode) : undefined,
    filter.firmId !== undefined ? eq(voucherClaims.firmId, filter.firmId) : undefined,
    filter.schemeId !== undefined ? eq(voucherClaims.schemeId, filter.schemeId) : undefined,
    filter.status !== undefined ? eq(voucherClaims.status, filter.status) : undefined,
    after !== null ? gt(voucherClaims.id, after) : undefined,
  ]
  return selectWithVoucher(db)
    .where(and(...conditions))
    .orderBy(asc(voucherClaims.id))
    .limit(limit + 1)
}

/** undefined when the firm already has a claim awaiting a decision under the scheme (a unique index). */
export async function insertClaim(
  db: Database,
  row: typeof voucherClaims.$inferInsert,
): Promise<ClaimRow | undefined> {
  const [inserted] = await db.insert(voucherClaims).values(row).onConflictDoNothing().returning()
  return inserted
}

/** Locks the claim until the transaction ends: two officers deciding at once take turns. */
export async function lockClaim(db: Database, id: string): Promise<ClaimRow | undefined> {
  const [row] = await db.select().from(voucherClaims).where(eq(voucherClaims.id, id)).for('update')
  return row
}

export async function recordDecision(
  db: Database,
  id: string,
  decision: Pick<
    typeof voucherClaims.$inferInsert,
    'status' | 'approvedAmountFen' | 'decisionReason' | 'decidedByUserId' | 'decidedAt'
  >,
): Promise<void> {
  await db
    .update(voucherClaims)
    .set({ ...decision, updatedAt: new Date() })
    .where(eq(voucherClaims.id, id))
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
