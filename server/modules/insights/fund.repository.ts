// SQL of the G60 fund: its backers and what each has been called for, its investments with the firms' and cities'
// names (read through the registry's views), their capital calls, the figures of the whole fund in one grouping, and
// the equity referrals of tech finance (its published view) that have not become investments yet.
import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm'
import { queryRows, type Database } from '../../db/client'
import { sortedList } from '../../db/sorted'
import { assert } from '../../platform/errors'
import type { SortedPageRequest } from '../../platform/http/list'
import { fundBackers, fundCapitalCalls, fundInvestments } from './insights.tables'

export type BackerRow = typeof fundBackers.$inferSelect
export type NewBacker = typeof fundBackers.$inferInsert
export type InvestmentRow = typeof fundInvestments.$inferSelect
export type NewInvestment = typeof fundInvestments.$inferInsert
export type NewCapitalCall = typeof fundCapitalCalls.$inferInsert

/** a bound on the backers read at once: the fund has ten */
export const backersMax = 50
/** rows per INSERT when the demo data is written */
const insertBatchSize = 500
/** how deep a driver's error is searched for the database's own */
const causeDepthMax = 5

/** Whether a statement failed with `state` (a SQLSTATE) on the named constraint, from the driver's error or its causes. */
export function violates(error: unknown, state: string, constraint: string): boolean {
  let current: unknown = error
  for (let depth = 0; depth < causeDepthMax && typeof current === 'object' && current !== null; depth++) {
    if ('code' in current && current.code === state) {
      const named = 'constraint' in current ? current.constraint : undefined
      const message = 'message' in current ? String(current.message) : ''
      return named === constraint || message.includes(constraint)
    }
    current = 'cause' in current ? current.cause : undefined
  }
  return false
}

export function listBackers(db: Database): Promise<BackerRow[]> {
  return db.select().from(fundBackers).orderBy(asc(fundBackers.code)).limit(backersMax)
}

/** Every backer locked, in code order: concurrent calls queue in one order and cannot deadlock. */
export function lockBackers(db: Database): Promise<BackerRow[]> {
  return db.select().from(fundBackers).orderBy(asc(fundBackers.code)).limit(backersMax).for('update')
}

/**
 * Adds each backer's share to what it has been called for, one statement per backer in the order given (code order).
 * The CHECK fund_backers_called_check refuses a call beyond a commitment: the caller maps it to its refusal.
 */
export async function callCapital(
  db: Database,
  shares: readonly { backerCode: string; amountFen: number }[],
) {
  for (const share of shares) {
    await db
      .update(fundBackers)
      .set({ calledFen: sql`${fundBackers.calledFen} + ${share.amountFen}`, updatedAt: new Date() })
      .where(eq(fundBackers.code, share.backerCode))
  }
}

/**
 * An investment numbered G60F-<year>-<serial>, the year's next serial taken in the insert itself. Callers hold every
 * backer's row lock (lockBackers), so two investments never read the same last serial.
 */
export async function insertInvestment(
  db: Database,
  row: Omit<NewInvestment, 'number'>,
): Promise<InvestmentRow> {
  const prefix = `G60F-${row.investedOn.slice(0, 4)}-`
  const number = sql`(SELECT ${prefix} || lpad(next.serial::text, greatest(4, length(next.serial::text)), '0')
      FROM (SELECT coalesce(max(substring(p.number FROM ${prefix.length + 1}::int)::int), 0) + 1 AS serial
              FROM fund_investments p WHERE p.number LIKE ${`${prefix}%`}) AS next)`
  const [inserted] = await db
    .insert(fundInvestments)
    .values({ ...row, number })
    .returning()
  assert(inserted !== undefined, 'an inserted investment is returned')
  return inserted
}

export async function insertCapitalCalls(db: Database, calls: readonly NewCapitalCall[]) {
  for (let start = 0; start < calls.length; start += insertBatchSize)
    await db.insert(fundCapitalCalls).values(calls.slice(start, start + insertBatchSize))
}

/** The demo data's rows, in batches (numbers, calls and called amounts made by the seed). */
export async function insertFundRows(
  db: Database,
  rows: {
    backers: readonly NewBacker[]
    investments: readonly NewInvestment[]
    calls: readonly NewCapitalCall[]
  },
) {
  if (rows.backers.length > 0) await db.insert(fundBackers).values([...rows.backers])
  for (let start = 0; start < rows.investments.length; start += insertBatchSize)
    await db.insert(fundInvestments).values(rows.investments.slice(start, start + insertBatchSize))
  await insertCapitalCalls(db, rows.calls)
}

export async function lockInvestment(db: Database, id: string): Promise<InvestmentRow | undefined> {
  const [row] = await db.select().from(fundInvestments).where(eq(fundInvestments.id, id)).for('update')
  return row
}

export async function recordExit(
  db: Database,
  id: string,
  exit: { exitKind: string; exitedOn: string; exitProceedsFen: number },
): Promise<InvestmentRow> {
  const [row] = await db
    .update(fundInvestments)
    .set({ ...exit, updatedAt: new Date() })
    .where(eq(fundInvestments.id, id))
    .returning()
  assert(row !== undefined, `investment ${id} to exit exists`)
  return row
}

export interface InvestmentView extends InvestmentRow {
  firmNameZh: string
  firmNameEn: string
  cityNameZh: string
  cityNameEn: string
  /** the number of the investment a follow-on follows */
  followsNumber: string | null
}

export interface InvestmentFilter {
  investmentId?: string | undefined
  firmId?: string | undefined
  followsInvestmentId?: string | undefined
  industry?: string | undefined
  cityCode?: string | undefined
  stage?: string | undefined
  round?: string | undefined
  exited?: boolean | undefined
  /** a number (or part of one) or part of the firm's name in either language */
  q?: string | undefined
}

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`
}

function conditionListOf(filter: InvestmentFilter): (SQL | undefined)[] {
  const conditions: (SQL | undefined)[] = [
    filter.investmentId !== undefined ? eq(fundInvestments.id, filter.investmentId) : undefined,
    filter.firmId !== undefined ? eq(fundInvestments.firmId, filter.firmId) : undefined,
    filter.followsInvestmentId !== undefined
      ? eq(fundInvestments.followsInvestmentId, filter.followsInvestmentId)
      : undefined,
    filter.industry !== undefined ? eq(fundInvestments.industry, filter.industry) : undefined,
    filter.cityCode !== undefined ? eq(fundInvestments.cityCode, filter.cityCode) : undefined,
    filter.stage !== undefined ? eq(fundInvestments.stage, filter.stage) : undefined,
    filter.round !== undefined ? eq(fundInvestments.round, filter.round) : undefined,
  ]
  if (filter.exited !== undefined)
    conditions.push(
      filter.exited ? sql`${fundInvestments.exitKind} IS NOT NULL` : sql`${fundInvestments.exitKind} IS NULL`,
    )
  const q = filter.q?.trim()
  if (q !== undefined && q !== '') {
    const pattern = likePattern(q)
    conditions.push(
      sql`(fund_investments.number ILIKE ${pattern} OR EXISTS (SELECT 1 FROM registry_firm_facts f
            WHERE f.id = fund_investments.firm_id AND (f.name_zh ILIKE ${pattern} OR f.name_en ILIKE ${pattern})))`,
    )
  }
  return conditions
}

function conditionsOf(filter: InvestmentFilter): SQL | undefined {
  return and(...conditionListOf(filter))
}

// drizzle leaves columns of a one-table select unqualified: the subqueries name the outer row's columns themselves
const investmentViewColumns = {
  investment: fundInvestments,
  firmNameZh: sql<string>`(SELECT f.name_zh FROM registry_firm_facts f WHERE f.id = fund_investments.firm_id)`,
  firmNameEn: sql<string>`(SELECT f.name_en FROM registry_firm_facts f WHERE f.id = fund_investments.firm_id)`,
  cityNameZh: sql<string>`(SELECT c.name_zh FROM registry_city_names c WHERE c.code = fund_investments.city_code)`,
  cityNameEn: sql<string>`(SELECT c.name_en FROM registry_city_names c WHERE c.code = fund_investments.city_code)`,
  followsNumber: sql<string | null>`(SELECT p.number FROM fund_investments p
                                     WHERE p.id = fund_investments.follows_investment_id)`,
}

/** Newest first (by the day invested, then id); `before` is the last row of the previous page. */
export async function listInvestments(
  db: Database,
  filter: InvestmentFilter,
  before: { investedOn: string; id: string } | null,
  limit: number,
): Promise<InvestmentView[]> {
  const keyset =
    before === null
      ? undefined
      : sql`(${fundInvestments.investedOn}, ${fundInvestments.id}) < (${before.investedOn}::date, ${before.id})`
  const rows = await db
    .select(investmentViewColumns)
    .from(fundInvestments)
    .where(and(conditionsOf(filter), keyset))
    .orderBy(desc(fundInvestments.investedOn), desc(fundInvestments.id))
    .limit(limit)
  return rows.map(({ investment, ...names }) => ({ ...investment, ...names }))
}

/** The columns an investments list sorts by (InvestmentQuery's sort). */
export const investmentSortColumns = {
  investedOn: fundInvestments.investedOn,
  amountFen: fundInvestments.amountFen,
}
export type InvestmentSortKey = keyof typeof investmentSortColumns

/** One sorted page of investments and how many match, counted up to the request's bound. */
export async function listInvestmentPage(
  db: Database,
  filter: InvestmentFilter,
  page: SortedPageRequest<InvestmentSortKey>,
): Promise<{ rows: InvestmentView[]; total: number }> {
  const conditions = conditionListOf(filter)
  const { rows, total } = await sortedList(
    db,
    {
      select: db.select(investmentViewColumns).from(fundInvestments).$dynamic(),
      table: fundInvestments,
      sortColumns: investmentSortColumns,
      id: fundInvestments.id,
    },
    page,
    conditions,
  )
  return { rows: rows.map(({ investment, ...names }) => ({ ...investment, ...names })), total }
}

export interface CallView {
  backerCode: string
  backerNameZh: string
  backerNameEn: string
  amountFen: number
}

export async function callsOf(db: Database, investmentId: string): Promise<CallView[]> {
  return db
    .select({
      backerCode: fundCapitalCalls.backerCode,
      backerNameZh: fundBackers.nameZh,
      backerNameEn: fundBackers.nameEn,
      amountFen: fundCapitalCalls.amountFen,
    })
    .from(fundCapitalCalls)
    .innerJoin(fundBackers, eq(fundBackers.code, fundCapitalCalls.backerCode))
    .where(eq(fundCapitalCalls.investmentId, investmentId))
    .orderBy(asc(fundCapitalCalls.backerCode))
    .limit(backersMax)
}

/** One group of the fund's investments: a heat-map cell (industry × city), an industry, a city, a stage or the whole. */
export interface InvestmentGroup {
  industry: string | null
  cityCode: string | null
  stage: string | null
  /** which grouping: GROUPING(industry, city_code, stage), a bit set for each column rolled up */
  grouping: number
  amountFen: number
  investments: number
  followOns: number
  firms: number
  exits: number
  exitProceedsFen: number
  /** whether any of its investments is generated demo data */
  synthetic: boolean
}

export const groupings = { cell: 1, industry: 3, city: 5, stage: 6, whole: 7 } as const

/** Every figure of the investments in one pass: the heat map's cells, by industry, by city, by stage and the whole. */
export async function investmentGroups(db: Database): Promise<InvestmentGroup[]> {
  const rows = await queryRows<Record<string, string | number | boolean | null>>(
    db,
    sql`SELECT industry, city_code, stage, GROUPING(industry, city_code, stage) AS grouping,
               coalesce(sum(amount_fen), 0)::text AS amount_fen, count(*)::int AS investments,
               (count(*) FILTER (WHERE round = 'follow_on'))::int AS follow_ons,
               count(DISTINCT firm_id)::int AS firms,
               (count(*) FILTER (WHERE exit_kind IS NOT NULL))::int AS exits,
               coalesce(sum(exit_proceeds_fen), 0)::text AS exit_proceeds_fen,
               coalesce(bool_or(is_synthetic), false) AS synthetic
          FROM fund_investments
         GROUP BY GROUPING SETS ((industry, city_code), (industry), (city_code), (stage), ())`,
  )
  const text = (value: string | number | boolean | null | undefined) =>
    value === null || value === undefined ? null : String(value)
  return rows.map((row) => ({
    industry: text(row.industry),
    cityCode: text(row.city_code),
    stage: text(row.stage),
    grouping: Number(row.grouping),
    amountFen: Number(row.amount_fen),
    investments: Number(row.investments),
    followOns: Number(row.follow_ons),
    firms: Number(row.firms),
    exits: Number(row.exits),
    exitProceedsFen: Number(row.exit_proceeds_fen),
    synthetic: row.synthetic === true,
  }))
}

export interface CityName {
  code: string
  nameZh: string
  nameEn: string
}

export function cityNames(db: Database, limit: number): Promise<CityName[]> {
  return queryRows<CityName>(
    db,
    sql`SELECT code, name_zh AS "nameZh", name_en AS "nameEn" FROM registry_city_names ORDER BY code LIMIT ${limit}`,
  )
}

export interface EquityReferral {
  id: string
  firmId: string
  firmCityCode: string
  status: string
  approvedAmountFen: number
}

/** An approved or drawn equity referral, as tech finance publishes it. */
export async function findEquityReferral(db: Database, id: string): Promise<EquityReferral | undefined> {
  const [row] = await queryRows<{
    id: string
    firm_id: string
    firm_city_code: string
    status: string
    approved_amount_fen: string | number
  }>(
    db,
    sql`SELECT id, firm_id, firm_city_code, status, approved_amount_fen::text AS approved_amount_fen
          FROM finance_equity_referrals WHERE id = ${id}`,
  )
  return row === undefined
    ? undefined
    : {
        id: row.id,
        firmId: row.firm_id,
        firmCityCode: row.firm_city_code,
        status: row.status,
        approvedAmountFen: Number(row.approved_amount_fen),
      }
}

/** The investment a referral became, if it did. */
export async function investmentOfReferral(db: Database, referralId: string) {
  const [row] = await db
    .select({ id: fundInvestments.id, number: fundInvestments.number })
    .from(fundInvestments)
    .where(eq(fundInvestments.referralId, referralId))
  return row
}

export interface WaitingReferral extends EquityReferral {
  firmNameZh: string
  firmNameEn: string
  cityNameZh: string
  cityNameEn: string
  institutionId: string
  institutionNameZh: string
  institutionNameEn: string
  /** the institution's decision (an approved or drawn referral was decided) */
  decidedAt: Date
}

/** The keys the office's picker of equity referrals sorts by (ReferralQuery's sort), and their columns. */
export const referralSortColumns = {
  decidedAt: sql`r.decided_at`,
  approvedAmountFen: sql`r.approved_amount_fen`,
}
export type ReferralSortKey = keyof typeof referralSortColumns

/**
 * What the picker narrows by: equity referrals no investment came from yet, whose firm's name holds the text or
 * whose firm's credit code begins with it.
 */
function waitingConditions(q: string | undefined): SQL {
  const notInvested = sql`NOT EXISTS (SELECT 1 FROM fund_investments fi WHERE fi.referral_id = r.id)`
  const text = q?.trim()
  if (text === undefined || text === '') return notInvested
  const pattern = `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`
  const codePrefix = `${text.toUpperCase().replace(/[\\%_]/g, (character) => `\\${character}`)}%`
  return sql`${notInvested} AND r.firm_id IN (
    SELECT f.id FROM registry_firm_facts f
     WHERE f.name_zh ILIKE ${pattern} OR f.name_en ILIKE ${pattern} OR f.credit_code LIKE ${codePrefix})`
}

/** "After the cursor" in the page's order: (key, id) beyond the last row's pair. */
function afterReferral(page: SortedPageRequest<ReferralSortKey>): SQL {
  if (page.after === null) return sql``
  const column = referralSortColumns[page.order.key]
  const value =
    page.after.value instanceof Date
      ? sql`${page.after.value.toISOString()}::timestamptz`
      : sql`${page.after.value}::bigint`
  const beyond = page.order.descending ? sql.raw('<') : sql.raw('>')
  return sql`AND (${column}, r.id) ${beyond} (${value}, ${page.after.id})`
}

/**
 * One sorted keyset page of the equity referrals waiting for an investment, named (firm, city, institution), and
 * how many wait, counted up to the request's bound.
 */
export async function waitingReferralPage(
  db: Database,
  q: string | undefined,
  page: SortedPageRequest<ReferralSortKey>,
): Promise<{ rows: WaitingReferral[]; total: number }> {
  const where = waitingConditions(q)
  const direction = sql.raw(page.order.descending ? 'DESC' : 'ASC')
  const [rows, counted] = await Promise.all([
    queryRows<Record<string, string | number | null>>(
      db,
      sql`SELECT r.id, r.firm_id, r.firm_city_code, r.status, r.approved_amount_fen::text AS approved_amount_fen,
                 r.institution_id, f.name_zh AS firm_name_zh, f.name_en AS firm_name_en,
                 c.name_zh AS city_name_zh, c.name_en AS city_name_en,
                 i.name_zh AS institution_name_zh, i.name_en AS institution_name_en,
                 to_char(r.decided_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS decided_at
            FROM finance_equity_referrals r
            JOIN registry_firm_facts f ON f.id = r.firm_id
            JOIN registry_city_names c ON c.code = r.firm_city_code
            JOIN registry_institution_places i ON i.id = r.institution_id
           WHERE ${where} ${afterReferral(page)}
           ORDER BY ${referralSortColumns[page.order.key]} ${direction}, r.id ${direction}
           LIMIT ${page.limit + 1}`,
    ),
    queryRows<{ count: string | number }>(
      db,
      sql`SELECT count(*) AS count FROM (SELECT 1 FROM finance_equity_referrals r WHERE ${where}
          LIMIT ${page.countMax}) AS bounded`,
    ),
  ])
  const text = (value: string | number | null | undefined) => String(value ?? '')
  return {
    rows: rows.map((row) => {
      assert(row.decided_at !== null, `equity referral ${text(row.id)} was decided`)
      return {
        id: text(row.id),
        firmId: text(row.firm_id),
        firmCityCode: text(row.firm_city_code),
        status: text(row.status),
        approvedAmountFen: Number(row.approved_amount_fen),
        institutionId: text(row.institution_id),
        firmNameZh: text(row.firm_name_zh),
        firmNameEn: text(row.firm_name_en),
        cityNameZh: text(row.city_name_zh),
        cityNameEn: text(row.city_name_en),
        institutionNameZh: text(row.institution_name_zh),
        institutionNameEn: text(row.institution_name_en),
        decidedAt: new Date(text(row.decided_at)),
      }
    }),
    total: Number(counted[0]?.count ?? 0),
  }
}

export interface FirmForFund {
  id: string
  cityCode: string
  industryCode: string
  stage: string
}

/** The registry's firms the demo fund may invest in, at most `perCityMax` of each city (by id: reproducible). */
export async function firmsForFund(db: Database, perCityMax: number): Promise<FirmForFund[]> {
  return queryRows<FirmForFund>(
    db,
    sql`SELECT id, city_code AS "cityCode", industry_code AS "industryCode", stage
          FROM (SELECT id, city_code, industry_code, stage,
                       row_number() OVER (PARTITION BY city_code ORDER BY id) AS position
                  FROM registry_firm_facts) AS ranked
         WHERE position <= ${perCityMax} ORDER BY id`,
  )
}

export interface EquityReferralForSeed extends FirmForFund {
  referralId: string
  approvedAmountFen: number
  /** the Asia/Shanghai day of the decision */
  decidedOn: string
}

/** Approved or drawn equity referrals with their firms, oldest decision first, for the demo fund to invest in. */
export async function equityReferralsForSeed(db: Database, limit: number): Promise<EquityReferralForSeed[]> {
  const rows = await queryRows<Record<string, string | number>>(
    db,
    sql`SELECT r.id AS referral_id, r.approved_amount_fen::text AS amount,
               to_char(r.decided_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS decided_on,
               f.id, f.city_code, f.industry_code, f.stage
          FROM finance_equity_referrals r JOIN registry_firm_facts f ON f.id = r.firm_id
         WHERE r.decided_at IS NOT NULL ORDER BY r.decided_at, r.id LIMIT ${limit}`,
  )
  return rows.map((row) => ({
    referralId: String(row.referral_id),
    approvedAmountFen: Number(row.amount),
    decidedOn: String(row.decided_on),
    id: String(row.id),
    cityCode: String(row.city_code),
    industryCode: String(row.industry_code),
    stage: String(row.stage),
  }))
}
