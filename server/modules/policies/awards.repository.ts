// SQL of awards: the awards decisions lead to, the award lists an issuing city approves, and payment marks.
import { and, asc, eq, gt, inArray, sql, type SQL } from 'drizzle-orm'
import { queryRows, type Database } from '../../db/client'
import { equalsEachGiven } from '../../db/conditions'
import { numberStartsWith, sortedList } from '../../db/sorted'
import type { SortedPageRequest } from '../../platform/http/list'
import { assert } from '../../platform/errors'
import { newId } from '../../platform/ids'
import type { AwardListStatus, AwardStatus } from './policies.states'
import { policyAwardLists, policyAwards, policyItems } from './policies.tables'

export type AwardRow = typeof policyAwards.$inferSelect
export type AwardListRow = typeof policyAwardLists.$inferSelect

/** the most awards one approval pays: one list, in ledger batches of transfersPerBatchMax */
export const listAwardsMax = 20_000

/**
 * The item's open award list, opened on first use (the partial unique index makes concurrent first uses meet);
 * `opened` when this call opened it.
 */
export async function openListOf(
  db: Database,
  item: { id: string; cityCode: string; issuerCode: string },
  isSynthetic: boolean,
): Promise<{ id: string; opened: boolean }> {
  const inserted = await db
    .insert(policyAwardLists)
    .values({
      id: newId('pawl'),
      itemId: item.id,
      cityCode: item.cityCode,
      issuerCode: item.issuerCode,
      status: 'open',
      isSynthetic,
    })
    .onConflictDoNothing()
    .returning({ id: policyAwardLists.id })
  if (inserted[0] !== undefined) return { id: inserted[0].id, opened: true }
  const [row] = await db
    .select({ id: policyAwardLists.id })
    .from(policyAwardLists)
    .where(and(eq(policyAwardLists.itemId, item.id), eq(policyAwardLists.status, 'open')))
  assert(row !== undefined, `item ${item.id} has an open award list`)
  return { id: row.id, opened: false }
}

export type NewAward = typeof policyAwards.$inferInsert

/** Awards not yet made for their (item, firm); one award per firm and item, whatever retries come. */
export async function addAwards(db: Database, awards: readonly NewAward[]): Promise<AwardRow[]> {
  if (awards.length === 0) return []
  return db
    .insert(policyAwards)
    .values([...awards])
    .onConflictDoNothing()
    .returning()
}

/** Awards not yet paid of firms that no longer qualify lapse. */
export async function lapseAwards(db: Database, pairs: readonly { itemId: string; firmId: string }[]) {
  if (pairs.length === 0) return
  await db.execute(
    sql`UPDATE policy_awards a SET status = 'lapsed', status_reason = 'no longer qualifies', updated_at = now()
          FROM json_to_recordset(${JSON.stringify(pairs)}::json) AS p("itemId" text, "firmId" text)
         WHERE a.item_id = p."itemId" AND a.firm_id = p."firmId" AND a.status IN ('listed', 'offered')`,
  )
}

export interface AwardListSummary extends AwardListRow {
  itemCode: string
  itemTitleZh: string
  itemTitleEn: string
  budgetAccountId: string | null
  budgetBalanceFen: number | null
  listedCount: number
  listedFen: number
  paidCount: number
  paidFen: number
  removedCount: number
}

/** An award list with its item and the sums of its awards, one row per list. */
function selectSummaries(db: Database) {
  return db
    .select({
      list: policyAwardLists,
      itemCode: policyItems.code,
      itemTitleZh: policyItems.titleZh,
      itemTitleEn: policyItems.titleEn,
      budgetAccountId: policyItems.budgetAccountId,
      budgetBalanceFen: sql<number | null>`(SELECT balance_fen FROM ledger_account_balances b
                                             WHERE b.id = ${policyItems.budgetAccountId})`,
      listedCount: sql<number>`count(${policyAwards.id}) FILTER (WHERE ${policyAwards.status} = 'listed')::int`,
      listedFen: sql<number>`coalesce(sum(${policyAwards.amountFen}) FILTER (WHERE ${policyAwards.status} = 'listed'), 0)::bigint`,
      paidCount: sql<number>`count(${policyAwards.id}) FILTER (WHERE ${policyAwards.status} = 'paid')::int`,
      paidFen: sql<number>`coalesce(sum(${policyAwards.amountFen}) FILTER (WHERE ${policyAwards.status} = 'paid'), 0)::bigint`,
      removedCount: sql<number>`count(${policyAwards.id}) FILTER (WHERE ${policyAwards.status} = 'removed')::int`,
    })
    .from(policyAwardLists)
    .innerJoin(policyItems, eq(policyItems.id, policyAwardLists.itemId))
    .leftJoin(policyAwards, eq(policyAwards.listId, policyAwardLists.id))
    .groupBy(policyAwardLists.id, policyItems.id)
    .$dynamic()
}

function summaryOf(row: Awaited<ReturnType<typeof selectSummaries>>[number]): AwardListSummary {
  const { list, ...rest } = row
  return {
    ...list,
    ...rest,
    listedFen: Number(rest.listedFen),
    paidFen: Number(rest.paidFen),
    budgetBalanceFen: rest.budgetBalanceFen === null ? null : Number(rest.budgetBalanceFen),
  }
}

export interface AwardListFilter {
  issuerCode: string | null
  status: AwardListStatus | undefined
  /** the code of the list's item, or its beginning */
  q: string | undefined
}

/** The columns an award-list index sorts by (AwardListQuery's sort). */
export const awardListSortColumns = { createdAt: policyAwardLists.createdAt }
export type AwardListSortKey = keyof typeof awardListSortColumns

/** One sorted page of award lists with their sums, and how many lists match, counted up to the request's bound. */
export async function listAwardListPage(
  db: Database,
  filter: AwardListFilter,
  page: SortedPageRequest<AwardListSortKey>,
): Promise<{ rows: AwardListSummary[]; total: number }> {
  const itemCode = numberStartsWith(policyItems.code, filter.q)
  const conditions = [
    filter.issuerCode === null ? undefined : eq(policyAwardLists.issuerCode, filter.issuerCode),
    filter.status === undefined ? undefined : eq(policyAwardLists.status, filter.status),
    // through a subquery, so that the count reads the lists alone
    itemCode === undefined
      ? undefined
      : sql`${policyAwardLists.itemId} IN (SELECT ${policyItems.id} FROM ${policyItems} WHERE ${itemCode})`,
  ]
  const { rows, total } = await sortedList(
    db,
    {
      select: selectSummaries(db),
      table: policyAwardLists,
      sortColumns: awardListSortColumns,
      id: policyAwardLists.id,
    },
    page,
    conditions,
  )
  return { rows: rows.map(summaryOf), total }
}

export async function findAwardList(db: Database, id: string): Promise<AwardListSummary | undefined> {
  const [row] = await selectSummaries(db).where(eq(policyAwardLists.id, id))
  return row === undefined ? undefined : summaryOf(row)
}

export async function lockAwardList(db: Database, id: string): Promise<AwardListRow | undefined> {
  const [row] = await db.select().from(policyAwardLists).where(eq(policyAwardLists.id, id)).for('update')
  return row
}

export async function approveAwardList(db: Database, id: string, userId: string | null, at: Date) {
  await db
    .update(policyAwardLists)
    .set({ status: 'approved', approvedByUserId: userId, approvedAt: at, updatedAt: at })
    .where(eq(policyAwardLists.id, id))
}

export async function listedAwardsOf(db: Database, listId: string): Promise<AwardRow[]> {
  return db
    .select()
    .from(policyAwards)
    .where(and(eq(policyAwards.listId, listId), eq(policyAwards.status, 'listed')))
    .orderBy(asc(policyAwards.id))
    .limit(listAwardsMax + 1)
    .for('update')
}

export interface AwardFilter {
  awardId?: string
  listId?: string
  firmId?: string
  issuerCode?: string
  status?: AwardStatus
  /** the code of the award's item, or its beginning */
  q?: string | undefined
}

export interface AwardDetail extends AwardRow {
  itemCode: string
  itemTitleZh: string
  itemTitleEn: string
  payoutMode: string
  firmNameZh: string
  firmNameEn: string
}

/** An award with its item and its firm's names, read in the award's own statement so that a list names every row. */
function selectAwardDetails(db: Database) {
  return db
    .select({
      award: policyAwards,
      itemCode: policyItems.code,
      itemTitleZh: policyItems.titleZh,
      itemTitleEn: policyItems.titleEn,
      payoutMode: policyItems.payoutMode,
      // the registry's published view (boundaries.test.ts), never its firms table
      firmNameZh: sql<string>`coalesce((SELECT f.name_zh FROM registry_firm_facts f WHERE f.id = ${policyAwards.firmId}), '')`,
      firmNameEn: sql<string>`coalesce((SELECT f.name_en FROM registry_firm_facts f WHERE f.id = ${policyAwards.firmId}), '')`,
    })
    .from(policyAwards)
    .innerJoin(policyItems, eq(policyItems.id, policyAwards.itemId))
}

function awardConditions(filter: AwardFilter): (SQL | undefined)[] {
  const itemCode = numberStartsWith(policyItems.code, filter.q)
  return [
    ...equalsEachGiven(policyAwards, filter, ['listId', 'firmId', 'issuerCode', 'status']),
    filter.awardId === undefined ? undefined : eq(policyAwards.id, filter.awardId),
    // through a subquery, so that the count reads the awards alone
    itemCode === undefined
      ? undefined
      : sql`${policyAwards.itemId} IN (SELECT ${policyItems.id} FROM ${policyItems} WHERE ${itemCode})`,
  ]
}

export async function listAwards(
  db: Database,
  filter: AwardFilter,
  after: string | null,
  limit: number,
): Promise<AwardDetail[]> {
  const rows = await selectAwardDetails(db)
    .where(and(...awardConditions(filter), after === null ? undefined : gt(policyAwards.id, after)))
    .orderBy(asc(policyAwards.id))
    .limit(limit + 1)
  return rows.map(({ award, ...rest }) => ({ ...award, ...rest }))
}

/** The columns an awards list sorts by (AwardQuery's sort). */
export const awardSortColumns = {
  createdAt: policyAwards.createdAt,
  amountFen: policyAwards.amountFen,
  status: policyAwards.status,
}
export type AwardSortKey = keyof typeof awardSortColumns

/** One sorted page of awards and how many match, counted up to the request's bound. */
export async function listAwardPage(
  db: Database,
  filter: AwardFilter,
  page: SortedPageRequest<AwardSortKey>,
): Promise<{ rows: AwardDetail[]; total: number }> {
  const conditions = awardConditions(filter)
  const { rows, total } = await sortedList(
    db,
    {
      select: selectAwardDetails(db).$dynamic(),
      table: policyAwards,
      sortColumns: awardSortColumns,
      id: policyAwards.id,
    },
    page,
    conditions,
  )
  return { rows: rows.map(({ award, ...rest }) => ({ ...award, ...rest })), total }
}

export async function lockAward(db: Database, id: string): Promise<AwardRow | undefined> {
  const [row] = await db.select().from(policyAwards).where(eq(policyAwards.id, id)).for('update')
  return row
}

export async function findAward(db: Database, id: string): Promise<AwardRow | undefined> {
  const [row] = await db.select().from(policyAwards).where(eq(policyAwards.id, id))
  return row
}

export async function changeAward(
  db: Database,
  id: string,
  change: Partial<typeof policyAwards.$inferInsert>,
) {
  const [row] = await db
    .update(policyAwards)
    .set({ ...change, updatedAt: new Date() })
    .where(eq(policyAwards.id, id))
    .returning()
  assert(row !== undefined, `award ${id} to change exists`)
  return row
}

/** Marks paid, in one statement, the awards whose transfers were just made. */
export async function markPaid(
  db: Database,
  paid: readonly { id: string; transferId: string }[],
  by: { userId: string | null; at: Date },
) {
  if (paid.length === 0) return
  await db.execute(
    sql`UPDATE policy_awards a SET status = 'paid', transfer_id = p."transferId", paid_at = ${by.at.toISOString()},
               paid_by_user_id = ${by.userId}, updated_at = ${by.at.toISOString()}
          FROM json_to_recordset(${JSON.stringify(paid)}::json) AS p(id text, "transferId" text)
         WHERE a.id = p.id`,
  )
}

/** Confirmed fast_apply awards past their promised day and not escalated yet. */
export async function overdueAwards(db: Database, today: string, limit: number): Promise<AwardRow[]> {
  return db
    .select()
    .from(policyAwards)
    .where(
      and(
        eq(policyAwards.status, 'confirmed'),
        sql`${policyAwards.dueOn} < ${today}::date`,
        sql`${policyAwards.escalatedAt} IS NULL`,
      ),
    )
    .orderBy(asc(policyAwards.dueOn))
    .limit(limit)
    .for('update', { skipLocked: true })
}

/** Confirmed awards due on or after the day, a keyset page in id order, locked for the change. */
export async function lockConfirmedDueFrom(
  db: Database,
  day: string,
  afterId: string | null,
  limit: number,
): Promise<AwardRow[]> {
  return db
    .select()
    .from(policyAwards)
    .where(
      and(
        eq(policyAwards.status, 'confirmed'),
        sql`${policyAwards.dueOn} >= ${day}::date`,
        afterId === null ? undefined : gt(policyAwards.id, afterId),
      ),
    )
    .orderBy(asc(policyAwards.id))
    .limit(limit)
    .for('update')
}

export async function markEscalated(db: Database, ids: readonly string[], at: Date) {
  if (ids.length === 0) return
  await db
    .update(policyAwards)
    .set({ escalatedAt: at })
    .where(inArray(policyAwards.id, [...ids]))
}

export interface CityFigures {
  cityCode: string
  paidFen: number
  awardsPaid: number
  firmsReached: number
  qualifiedFirms: number
  medianDaysToPayment: number | null
}

export async function cityFigures(db: Database): Promise<CityFigures[]> {
  const rows = await queryRows<{
    city_code: string
    paid_fen: string | number | null
    awards_paid: number | null
    firms_reached: number | null
    qualified_firms: number | null
    median_days: number | null
  }>(
    db,
    sql`SELECT c.code AS city_code, p.paid_fen, p.awards_paid, p.firms_reached, q.qualified_firms, p.median_days
          FROM registry_city_names c
          LEFT JOIN (
            SELECT a.city_code, sum(a.amount_fen) AS paid_fen, count(*)::int AS awards_paid,
                   count(DISTINCT a.firm_id)::int AS firms_reached,
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM a.paid_at - d.decided_at) / 86400)
                     AS median_days
              FROM policy_awards a JOIN policy_decisions d ON d.id = a.decision_id
             WHERE a.status = 'paid' GROUP BY a.city_code
          ) p ON p.city_code = c.code
          LEFT JOIN (
            SELECT city_code, count(DISTINCT firm_id)::int AS qualified_firms FROM policy_current_decisions
             WHERE outcome = 'qualified' GROUP BY city_code
          ) q ON q.city_code = c.code
         ORDER BY c.code`,
  )
  return rows.map((row) => ({
    cityCode: row.city_code,
    paidFen: Number(row.paid_fen ?? 0),
    awardsPaid: row.awards_paid ?? 0,
    firmsReached: row.firms_reached ?? 0,
    qualifiedFirms: row.qualified_firms ?? 0,
    medianDaysToPayment: row.median_days === null ? null : Math.round(Number(row.median_days) * 10) / 10,
  }))
}

/** The corridor as a whole: what the city rows cannot add up to (a median, firms reached in several cities). */
export async function corridorFigures(db: Database): Promise<Omit<CityFigures, 'cityCode'>> {
  const rows = await queryRows<{
    paid_fen: string | number | null
    awards_paid: number
    firms_reached: number
    qualified_firms: number
    median_days: number | null
  }>(
    db,
    sql`SELECT (SELECT sum(amount_fen) FROM policy_awards WHERE status = 'paid') AS paid_fen,
               (SELECT count(*)::int FROM policy_awards WHERE status = 'paid') AS awards_paid,
               (SELECT count(DISTINCT firm_id)::int FROM policy_awards WHERE status = 'paid') AS firms_reached,
               (SELECT count(DISTINCT firm_id)::int FROM policy_current_decisions WHERE outcome = 'qualified')
                 AS qualified_firms,
               (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM a.paid_at - d.decided_at) / 86400)
                  FROM policy_awards a JOIN policy_decisions d ON d.id = a.decision_id WHERE a.status = 'paid')
                 AS median_days`,
  )
  const row = rows[0]
  assert(row !== undefined, 'the corridor figures are one row')
  return {
    paidFen: Number(row.paid_fen ?? 0),
    awardsPaid: row.awards_paid,
    firmsReached: row.firms_reached,
    qualifiedFirms: row.qualified_firms,
    medianDaysToPayment: row.median_days === null ? null : Math.round(Number(row.median_days) * 10) / 10,
  }
}

export async function paidByMonth(
  db: Database,
): Promise<{ month: string; cityCode: string; paidFen: number }[]> {
  const rows = await queryRows<{ month: string; city_code: string; paid_fen: string | number }>(
    db,
    sql`SELECT to_char(paid_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month, city_code,
               sum(amount_fen) AS paid_fen
          FROM policy_awards WHERE status = 'paid' AND paid_at >= now() - interval '13 months'
         GROUP BY 1, 2 ORDER BY 1, 2`,
  )
  return rows.map((row) => ({ month: row.month, cityCode: row.city_code, paidFen: Number(row.paid_fen) }))
}
