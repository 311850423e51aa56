// SQL of referrals: a need referred to a product with the firm's consent, the institution's decision and the
// drawdown, and each institution's past outcomes that ranking weighs.
import { and, asc, eq, inArray, sql } from 'drizzle-orm'
import { queryRows, type Database } from '../../db/client'
import { equalsWhenGiven } from '../../db/conditions'
import { pageWhere } from '../../db/search'
import { lendingTypes } from './finance.reference'
import { financeReferrals } from './finance.tables'

export type ReferralRow = typeof financeReferrals.$inferSelect

export async function insertReferral(db: Database, row: typeof financeReferrals.$inferInsert) {
  const [inserted] = await db.insert(financeReferrals).values(row).onConflictDoNothing().returning()
  return inserted
}

export async function findReferral(db: Database, id: string): Promise<ReferralRow | undefined> {
  const [row] = await db.select().from(financeReferrals).where(eq(financeReferrals.id, id)).limit(1)
  return row
}

export async function lockReferral(db: Database, id: string): Promise<ReferralRow | undefined> {
  const [row] = await db.select().from(financeReferrals).where(eq(financeReferrals.id, id)).for('update')
  return row
}

export async function updateReferral(
  db: Database,
  id: string,
  changes: Partial<typeof financeReferrals.$inferInsert>,
) {
  const [updated] = await db
    .update(financeReferrals)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(financeReferrals.id, id))
    .returning()
  if (updated === undefined) throw new Error(`referral ${id} vanished`)
  return updated
}

export function listReferrals(
  db: Database,
  filter: {
    institutionId?: string | undefined
    firmId?: string | undefined
    cityCode?: string | undefined
    status?: string | undefined
    needId?: string | undefined
  },
  cursor: string | null,
  limit: number,
) {
  return db
    .select()
    .from(financeReferrals)
    .where(
      pageWhere(financeReferrals.id, cursor, [
        equalsWhenGiven(financeReferrals.institutionId, filter.institutionId),
        equalsWhenGiven(financeReferrals.firmId, filter.firmId),
        equalsWhenGiven(financeReferrals.firmCityCode, filter.cityCode),
        equalsWhenGiven(financeReferrals.status, filter.status),
        equalsWhenGiven(financeReferrals.needId, filter.needId),
      ]),
    )
    .orderBy(asc(financeReferrals.id))
    .limit(limit + 1)
}

export async function firmHasDrawnBefore(db: Database, firmId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: financeReferrals.id })
    .from(financeReferrals)
    .where(
      and(
        eq(financeReferrals.firmId, firmId),
        eq(financeReferrals.status, 'drawn'),
        inArray(financeReferrals.productType, [...lendingTypes]),
      ),
    )
    .limit(1)
  return row !== undefined
}

/** Approved and decided referrals per institution: the "past outcomes" of the ranking. */
export async function outcomesByInstitution(
  db: Database,
): Promise<Map<string, { approved: number; decided: number }>> {
  const rows = await queryRows<{
    institution_id: string
    approved: string | number
    decided: string | number
  }>(
    db,
    sql`SELECT institution_id, count(*) FILTER (WHERE status IN ('approved', 'drawn')) AS approved,
               count(*) FILTER (WHERE status IN ('approved', 'drawn', 'declined')) AS decided
          FROM finance_referrals GROUP BY institution_id`,
  )
  return new Map(
    rows.map((row) => [row.institution_id, { approved: Number(row.approved), decided: Number(row.decided) }]),
  )
}
