// SQL of the finance module: products, parameter sets, indicator values and scores, needs, referrals, cases and
// the figures of outcomes.
import { and, asc, desc, eq, gt, inArray, isNull, lte, sql, type SQL } from 'drizzle-orm'
import { queryRows, type Database } from '../../db/client'
import { equalsWhenGiven } from '../../db/conditions'
import { matchesSearch } from '../../db/search'
import {
  financeCaseNotes,
  financeCases,
  financeProducts,
  financeReferrals,
  financingNeeds,
  firmIndicatorValues,
  firmProductSuggestions,
  firmScores,
  scoreParameterSets,
} from './finance.tables'
import { lendingTypes } from './finance.reference'

export type ProductRow = typeof financeProducts.$inferSelect
export type ParameterSetRow = typeof scoreParameterSets.$inferSelect
export type IndicatorValueRow = typeof firmIndicatorValues.$inferSelect
export type NeedRow = typeof financingNeeds.$inferSelect
export type ReferralRow = typeof financeReferrals.$inferSelect
export type CaseRow = typeof financeCases.$inferSelect
export type CaseNoteRow = typeof financeCaseNotes.$inferSelect

const after = (column: Parameters<typeof gt>[0], cursor: string | null) =>
  cursor !== null ? gt(column, cursor) : undefined

// ---- products ----

export interface ProductFilter {
  q?: string | undefined
  productType?: string | undefined
  institutionId?: string | undefined
  cityServed?: string | undefined
  status?: string | undefined
}

export function listProducts(db: Database, filter: ProductFilter, cursor: string | null, limit: number) {
  const conditions: (SQL | undefined)[] = [
    matchesSearch(financeProducts.searchText, filter.q),
    equalsWhenGiven(financeProducts.productType, filter.productType),
    equalsWhenGiven(financeProducts.institutionId, filter.institutionId),
    equalsWhenGiven(financeProducts.status, filter.status),
    filter.cityServed !== undefined
      ? sql`${filter.cityServed} = ANY (${financeProducts.citiesServed})`
      : undefined,
    after(financeProducts.id, cursor),
  ]
  return db
    .select()
    .from(financeProducts)
    .where(and(...conditions))
    .orderBy(asc(financeProducts.id))
    .limit(limit + 1)
}

export async function findProduct(db: Database, id: string): Promise<ProductRow | undefined> {
  const [row] = await db.select().from(financeProducts).where(eq(financeProducts.id, id)).limit(1)
  return row
}

export async function insertProduct(
  db: Database,
  row: typeof financeProducts.$inferInsert,
): Promise<ProductRow> {
  const [inserted] = await db.insert(financeProducts).values(row).returning()
  if (inserted === undefined) throw new Error('product insert returned no row')
  return inserted
}

export async function updateProduct(
  db: Database,
  id: string,
  changes: Partial<typeof financeProducts.$inferInsert>,
): Promise<ProductRow> {
  const [updated] = await db
    .update(financeProducts)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(financeProducts.id, id))
    .returning()
  if (updated === undefined) throw new Error(`product ${id} vanished`)
  return updated
}

/** Every active product of one type: the candidates a need is matched against (at most `limit`). */
export function activeProductsOfType(db: Database, productType: string, limit: number) {
  return db
    .select()
    .from(financeProducts)
    .where(and(eq(financeProducts.productType, productType), eq(financeProducts.status, 'active')))
    .orderBy(asc(financeProducts.id))
    .limit(limit)
}

export function activeProducts(db: Database, limit: number) {
  return db
    .select()
    .from(financeProducts)
    .where(eq(financeProducts.status, 'active'))
    .orderBy(asc(financeProducts.id))
    .limit(limit)
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

// ---- parameters, indicators and scores ----

export async function parameterSetInForce(db: Database, day: string): Promise<ParameterSetRow | undefined> {
  const [row] = await db
    .select()
    .from(scoreParameterSets)
    .where(lte(scoreParameterSets.effectiveFrom, day))
    .orderBy(desc(scoreParameterSets.effectiveFrom))
    .limit(1)
  return row
}

export function listParameterSets(db: Database, limit: number) {
  return db.select().from(scoreParameterSets).orderBy(desc(scoreParameterSets.effectiveFrom)).limit(limit)
}

/** Returns undefined when a set already takes effect that day. */
export async function insertParameterSet(db: Database, row: typeof scoreParameterSets.$inferInsert) {
  const [inserted] = await db.insert(scoreParameterSets).values(row).onConflictDoNothing().returning()
  return inserted
}

/** Each indicator's latest value describing a day up to `day` (a later record for the same day wins). */
export function valuesAsOf(db: Database, firmIds: readonly string[], day: string) {
  if (firmIds.length === 0) return Promise.resolve([])
  return db
    .selectDistinctOn([firmIndicatorValues.firmId, firmIndicatorValues.indicatorCode])
    .from(firmIndicatorValues)
    .where(and(inArray(firmIndicatorValues.firmId, [...firmIds]), lte(firmIndicatorValues.asOf, day)))
    .orderBy(
      firmIndicatorValues.firmId,
      firmIndicatorValues.indicatorCode,
      desc(firmIndicatorValues.asOf),
      desc(firmIndicatorValues.recordedAt),
    )
}

/** An indicator's latest value, as scoring reads it. */
export interface LatestValue {
  indicatorCode: string
  value: number
  source: string
  asOf: string
}

/** Ranking's one read: the need, its firm's matching facts, and each indicator's latest value up to `day`. */
export async function needForMatching(db: Database, needId: string, day: string) {
  const [row] = await queryRows<{
    id: string
    firm_id: string
    city_code: string
    product_type: string
    amount_fen: string | number
    term_months: number
    firm_city_code: string
    stage: string
    industry_code: string
    is_high_tech: boolean
    is_tech_sme: boolean
    latest_values: LatestValue[] | null
  }>(
    db,
    sql`SELECT n.id, n.firm_id, n.city_code, n.product_type, n.amount_fen, n.term_months,
               f.city_code AS firm_city_code, f.stage, f.industry_code, f.is_high_tech, f.is_tech_sme,
               (SELECT json_agg(json_build_object('indicatorCode', v.indicator_code, 'value', v.value,
                                                  'source', v.source, 'asOf', v.as_of))
                  FROM (SELECT DISTINCT ON (indicator_code) indicator_code, value, source, as_of
                          FROM firm_indicator_values
                         WHERE firm_id = n.firm_id AND as_of <= ${day}
                         ORDER BY indicator_code, as_of DESC, recorded_at DESC) v) AS latest_values
          FROM financing_needs n JOIN firms f ON f.id = n.firm_id
         WHERE n.id = ${needId}`,
  )
  if (row === undefined) return undefined
  return {
    need: {
      id: row.id,
      firmId: row.firm_id,
      cityCode: row.city_code,
      productType: row.product_type,
      amountFen: Number(row.amount_fen),
      termMonths: row.term_months,
    },
    firm: {
      id: row.firm_id,
      cityCode: row.firm_city_code,
      stage: row.stage,
      industryCode: row.industry_code,
      isHighTech: row.is_high_tech,
      isTechSme: row.is_tech_sme,
    },
    latestValues: (row.latest_values ?? []).map((value) => ({ ...value, value: Number(value.value) })),
  }
}

export async function insertIndicatorValues(db: Database, rows: (typeof firmIndicatorValues.$inferInsert)[]) {
  if (rows.length > 0) await db.insert(firmIndicatorValues).values(rows)
}

export async function upsertScores(db: Database, rows: (typeof firmScores.$inferInsert)[]) {
  if (rows.length === 0) return
  await db
    .insert(firmScores)
    .values(rows)
    .onConflictDoUpdate({
      target: firmScores.firmId,
      set: {
        parameterSetId: sql`excluded.parameter_set_id`,
        stage: sql`excluded.stage`,
        totalTenths: sql`excluded.total_tenths`,
        computedAt: sql`excluded.computed_at`,
      },
    })
}

export async function storedScore(db: Database, firmId: string) {
  const [row] = await db.select().from(firmScores).where(eq(firmScores.firmId, firmId))
  return row
}

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
          FROM firms f
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

export function suggestionsOf(db: Database, firmId: string) {
  return db
    .select()
    .from(firmProductSuggestions)
    .where(eq(firmProductSuggestions.firmId, firmId))
    .orderBy(asc(firmProductSuggestions.rank))
}

// ---- needs ----

export async function insertNeed(db: Database, row: typeof financingNeeds.$inferInsert): Promise<NeedRow> {
  const [inserted] = await db.insert(financingNeeds).values(row).returning()
  if (inserted === undefined) throw new Error('need insert returned no row')
  return inserted
}

export async function findNeed(db: Database, id: string): Promise<NeedRow | undefined> {
  const [row] = await db.select().from(financingNeeds).where(eq(financingNeeds.id, id)).limit(1)
  return row
}

export function listNeeds(
  db: Database,
  filter: { firmId?: string | undefined; cityCode?: string | undefined; status?: string | undefined },
  cursor: string | null,
  limit: number,
) {
  return db
    .select()
    .from(financingNeeds)
    .where(
      and(
        equalsWhenGiven(financingNeeds.firmId, filter.firmId),
        equalsWhenGiven(financingNeeds.cityCode, filter.cityCode),
        equalsWhenGiven(financingNeeds.status, filter.status),
        after(financingNeeds.id, cursor),
      ),
    )
    .orderBy(asc(financingNeeds.id))
    .limit(limit + 1)
}

export async function setNeedStatus(db: Database, id: string, status: string) {
  await db.update(financingNeeds).set({ status, updatedAt: new Date() }).where(eq(financingNeeds.id, id))
}

// ---- referrals ----

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
      and(
        equalsWhenGiven(financeReferrals.institutionId, filter.institutionId),
        equalsWhenGiven(financeReferrals.firmId, filter.firmId),
        equalsWhenGiven(financeReferrals.firmCityCode, filter.cityCode),
        equalsWhenGiven(financeReferrals.status, filter.status),
        equalsWhenGiven(financeReferrals.needId, filter.needId),
        after(financeReferrals.id, cursor),
      ),
    )
    .orderBy(asc(financeReferrals.id))
    .limit(limit + 1)
}

/** Whether the institution holds the firm's live consent through any referral. */
export async function hasLiveConsent(db: Database, firmId: string, institutionId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: financeReferrals.id })
    .from(financeReferrals)
    .where(
      and(
        eq(financeReferrals.firmId, firmId),
        eq(financeReferrals.institutionId, institutionId),
        isNull(financeReferrals.consentRevokedAt),
      ),
    )
    .limit(1)
  return row !== undefined
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

// ---- cases ----

export async function insertCase(db: Database, row: typeof financeCases.$inferInsert): Promise<CaseRow> {
  const [inserted] = await db.insert(financeCases).values(row).returning()
  if (inserted === undefined) throw new Error('case insert returned no row')
  return inserted
}

export async function findCase(db: Database, id: string): Promise<CaseRow | undefined> {
  const [row] = await db.select().from(financeCases).where(eq(financeCases.id, id)).limit(1)
  return row
}

export async function lockCase(db: Database, id: string): Promise<CaseRow | undefined> {
  const [row] = await db.select().from(financeCases).where(eq(financeCases.id, id)).for('update')
  return row
}

export async function updateCase(
  db: Database,
  id: string,
  changes: Partial<typeof financeCases.$inferInsert>,
) {
  const [updated] = await db
    .update(financeCases)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(financeCases.id, id))
    .returning()
  if (updated === undefined) throw new Error(`case ${id} vanished`)
  return updated
}

export function listCases(
  db: Database,
  filter: { cityCode?: string | undefined; stage?: string | undefined; firmId?: string | undefined },
  cursor: string | null,
  limit: number,
) {
  return db
    .select()
    .from(financeCases)
    .where(
      and(
        equalsWhenGiven(financeCases.cityCode, filter.cityCode),
        equalsWhenGiven(financeCases.stage, filter.stage),
        equalsWhenGiven(financeCases.firmId, filter.firmId),
        after(financeCases.id, cursor),
      ),
    )
    .orderBy(asc(financeCases.id))
    .limit(limit + 1)
}

export async function insertCaseNote(db: Database, row: typeof financeCaseNotes.$inferInsert) {
  await db.insert(financeCaseNotes).values(row)
}

export function caseNotes(db: Database, caseId: string, limit: number) {
  return db
    .select()
    .from(financeCaseNotes)
    .where(eq(financeCaseNotes.caseId, caseId))
    .orderBy(asc(financeCaseNotes.createdAt))
    .limit(limit)
}

// ---- figures ----

/** Outcomes of referrals decided in [fromAt, toAt), per firm city. One statement. */
export async function outcomeFigures(db: Database, fromAt: string, toAt: string) {
  return queryRows<Record<string, string | number | null>>(
    db,
    sql`SELECT firm_city_code AS city_code,
               count(*) FILTER (WHERE status IN ('approved', 'drawn')) AS approved_count,
               count(*) FILTER (WHERE status = 'declined') AS declined_count,
               coalesce(sum(approved_amount_fen) FILTER (WHERE product_type IN ('credit_loan', 'ip_pledge_loan')), 0) AS credit_granted_fen,
               coalesce(sum(drawn_amount_fen) FILTER (WHERE product_type IN ('credit_loan', 'ip_pledge_loan')), 0) AS credit_drawn_fen,
               count(*) FILTER (WHERE status = 'drawn' AND is_first_loan) AS first_time_borrowers,
               coalesce(sum(approved_amount_fen) FILTER (WHERE product_type = 'guarantee'), 0) AS guarantees_fen,
               coalesce(sum(drawn_amount_fen) FILTER (WHERE product_type = 'equity_investment'), 0) AS equity_raised_fen
          FROM finance_referrals
         WHERE decided_at >= ${fromAt}::timestamptz AND decided_at < ${toAt}::timestamptz
         GROUP BY firm_city_code ORDER BY firm_city_code`,
  )
}

/** Open needs of a type with their firm's public facts and stored score: one statement for an institution's view. */
export function openNeedsWithFirms(db: Database, productType: string, limit: number) {
  return queryRows<{
    need_id: string
    firm_id: string
    firm_name_zh: string
    city_code: string
    stage: string
    industry_code: string
    is_high_tech: boolean
    is_tech_sme: boolean
    score_tenths: number | null
    amount_fen: string | number
    term_months: number
    urgency: string
  }>(
    db,
    sql`SELECT n.id AS need_id, f.id AS firm_id, f.name_zh AS firm_name_zh, n.city_code, f.stage, f.industry_code,
               f.is_high_tech, f.is_tech_sme, s.total_tenths AS score_tenths, n.amount_fen, n.term_months, n.urgency
          FROM financing_needs n
          JOIN firms f ON f.id = n.firm_id
          LEFT JOIN firm_scores s ON s.firm_id = n.firm_id
         WHERE n.product_type = ${productType} AND n.status = 'open'
         ORDER BY n.id LIMIT ${limit}`,
  )
}
