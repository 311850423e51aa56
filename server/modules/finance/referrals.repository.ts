// SQL of referrals: a need referred to a product with the firm's consent, the institution's decision and the
// drawdown, and each institution's past outcomes that ranking weighs.
import { and, eq, getTableColumns, inArray, sql } from 'drizzle-orm'
import { queryRows, type Database } from '../../db/client'
import { equalsEachGiven, equalsWhenGiven } from '../../db/conditions'
import { firstRow, recordsOf } from '../../db/records'
import { sortedList } from '../../db/sorted'
import type { SortedPageRequest } from '../../platform/http/list'
import { lendingTypes } from './finance.reference'
import { financeProducts, financeReferrals } from './finance.tables'

export type ReferralRow = typeof financeReferrals.$inferSelect
/** A referral as a list shows it: the firm, the product and the institution named in both languages. */
export interface NamedReferralRow extends ReferralRow {
  firmNameZh: string
  firmNameEn: string
  productNameZh: string
  productNameEn: string
  institutionNameZh: string
  institutionNameEn: string
}

export async function insertReferral(db: Database, row: typeof financeReferrals.$inferInsert) {
  const [inserted] = await db.insert(financeReferrals).values(row).onConflictDoNothing().returning()
  return inserted
}

const referrals = recordsOf(financeReferrals, financeReferrals.id)
export const findReferral = referrals.find
export const lockReferral = referrals.lock
export const updateReferral = referrals.change

/** The columns a referrals list sorts by (ReferralQuery's sort). */
export const referralSortColumns = {
  createdAt: financeReferrals.createdAt,
  requestedAmountFen: financeReferrals.requestedAmountFen,
  status: financeReferrals.status,
}
export type ReferralSortKey = keyof typeof referralSortColumns

function selectNamed(db: Database) {
  // the names come in the referral's own statement, through the registry's published views (boundaries.test.ts)
  return db
    .select({
      ...getTableColumns(financeReferrals),
      firmNameZh: sql<string>`coalesce(referral_firm.name_zh, '')`,
      firmNameEn: sql<string>`coalesce(referral_firm.name_en, '')`,
      productNameZh: financeProducts.nameZh,
      productNameEn: financeProducts.nameEn,
      institutionNameZh: sql<string>`coalesce(referral_institution.name_zh, '')`,
      institutionNameEn: sql<string>`coalesce(referral_institution.name_en, '')`,
    })
    .from(financeReferrals)
    .innerJoin(financeProducts, eq(financeProducts.id, financeReferrals.productId))
    .leftJoin(sql`registry_firm_facts referral_firm`, sql`referral_firm.id = ${financeReferrals.firmId}`)
    .leftJoin(
      sql`registry_institution_places referral_institution`,
      sql`referral_institution.id = ${financeReferrals.institutionId}`,
    )
}

/** One referral with its firm, product and institution named: its page names them without lookups of its own. */
export function findNamedReferral(db: Database, id: string): Promise<NamedReferralRow | undefined> {
  return firstRow(selectNamed(db).where(eq(financeReferrals.id, id)).limit(1))
}

/** One sorted page of referrals, named, and how many match (up to the bound). */
export async function listReferrals(
  db: Database,
  filter: {
    institutionId?: string | undefined
    firmId?: string | undefined
    cityCode?: string | undefined
    status?: string | undefined
    needId?: string | undefined
  },
  page: SortedPageRequest<ReferralSortKey>,
): Promise<{ rows: NamedReferralRow[]; total: number }> {
  const conditions = [
    ...equalsEachGiven(financeReferrals, filter, ['institutionId', 'firmId', 'status', 'needId']),
    equalsWhenGiven(financeReferrals.firmCityCode, filter.cityCode),
  ]
  return sortedList(
    db,
    {
      select: selectNamed(db).$dynamic(),
      table: financeReferrals,
      sortColumns: referralSortColumns,
      id: financeReferrals.id,
    },
    page,
    conditions,
  )
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
