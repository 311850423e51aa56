// SQL of referrals: a need referred to a product with the firm's consent, the institution's decision and the
// drawdown, and each institution's past outcomes that ranking weighs.
import { and, eq, inArray, sql } from 'drizzle-orm'
import { queryRows, type Database } from '../../db/client'
import { equalsEachGiven, equalsWhenGiven } from '../../db/conditions'
import { recordsOf } from '../../db/records'
import { lendingTypes } from './finance.reference'
import { financeReferrals } from './finance.tables'

export type ReferralRow = typeof financeReferrals.$inferSelect

export async function insertReferral(db: Database, row: typeof financeReferrals.$inferInsert) {
  const [inserted] = await db.insert(financeReferrals).values(row).onConflictDoNothing().returning()
  return inserted
}

const referrals = recordsOf(financeReferrals, financeReferrals.id)
export const findReferral = referrals.find
export const lockReferral = referrals.lock
export const updateReferral = referrals.change

export function listReferrals(
  db: Database,
  filter: {
    institutionId?: string | undefined
    firmId?: string | undefined
    cityCode?: string | undefined
    status?: string | undefined
    needId?: string | undefined
  },
  after: string | null,
  limit: number,
) {
  return referrals.page(db, { after, limit }, [
    ...equalsEachGiven(financeReferrals, filter, ['institutionId', 'firmId', 'status', 'needId']),
    equalsWhenGiven(financeReferrals.firmCityCode, filter.cityCode),
  ])
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
