// SQL of financing needs: a firm's stated needs, the one read ranking makes, and the open needs a product fits.
import { eq, getTableColumns, sql } from 'drizzle-orm'
import { queryRows, type Database } from '../../db/client'
import { equalsEachGiven } from '../../db/conditions'
import { firstRow, recordsOf } from '../../db/records'
import { sortedList } from '../../db/sorted'
import type { SortedPageRequest } from '../../platform/http/list'
import { financingNeeds } from './finance.tables'
import type { LatestValue } from './scores.repository'

export type NeedRow = typeof financingNeeds.$inferSelect
/** A need with its firm named in both languages, read in the need's own statement. */
export interface NamedNeedRow extends NeedRow {
  firmNameZh: string
  firmNameEn: string
}

const needs = recordsOf(financingNeeds, financingNeeds.id)
export const insertNeed = needs.insert
export const findNeed = needs.find

/** The columns a needs list sorts by (NeedQuery's sort). */
export const needSortColumns = { createdAt: financingNeeds.createdAt, amountFen: financingNeeds.amountFen }
export type NeedSortKey = keyof typeof needSortColumns

function selectNamed(db: Database) {
  return (
    db
      .select({
        ...getTableColumns(financingNeeds),
        firmNameZh: sql<string>`coalesce(need_firm.name_zh, '')`,
        firmNameEn: sql<string>`coalesce(need_firm.name_en, '')`,
      })
      .from(financingNeeds)
      // the registry's published view (boundaries.test.ts), never its firms table
      .leftJoin(sql`registry_firm_facts need_firm`, sql`need_firm.id = ${financingNeeds.firmId}`)
  )
}

export function findNamedNeed(db: Database, id: string): Promise<NamedNeedRow | undefined> {
  return firstRow(selectNamed(db).where(eq(financingNeeds.id, id)).limit(1))
}

/** One sorted page of needs with their firms named, and how many match (up to the bound). */
export async function listNeeds(
  db: Database,
  filter: { firmId?: string | undefined; cityCode?: string | undefined; status?: string | undefined },
  page: SortedPageRequest<NeedSortKey>,
): Promise<{ rows: NamedNeedRow[]; total: number }> {
  const conditions = equalsEachGiven(financingNeeds, filter, ['firmId', 'cityCode', 'status'])
  return sortedList(
    db,
    {
      select: selectNamed(db).$dynamic(),
      table: financingNeeds,
      sortColumns: needSortColumns,
      id: financingNeeds.id,
    },
    page,
    conditions,
  )
}

export async function setNeedStatus(db: Database, id: string, status: string) {
  await needs.update(db, id, { status })
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
          FROM financing_needs n JOIN registry_firm_facts f ON f.id = n.firm_id
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

/** Open needs of a type with their firm's public facts and stored score: one statement for an institution's view. */
export function openNeedsWithFirms(db: Database, productType: string, limit: number) {
  return queryRows<{
    need_id: string
    firm_id: string
    firm_name_zh: string
    firm_name_en: string
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
    sql`SELECT n.id AS need_id, f.id AS firm_id, f.name_zh AS firm_name_zh, f.name_en AS firm_name_en, n.city_code, f.stage, f.industry_code,
               f.is_high_tech, f.is_tech_sme, s.total_tenths AS score_tenths, n.amount_fen, n.term_months, n.urgency
          FROM financing_needs n
          JOIN registry_firm_facts f ON f.id = n.firm_id
          LEFT JOIN firm_scores s ON s.firm_id = n.firm_id
         WHERE n.product_type = ${productType} AND n.status = 'open'
         ORDER BY n.id LIMIT ${limit}`,
  )
}
