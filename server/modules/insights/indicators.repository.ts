// SQL of indicators: the definitions, their dated values, and the yearly figures of the platform's own measures read
// from the flow and timeliness views.
import { and, asc, eq, inArray, lte, sql, type SQL } from 'drizzle-orm'
import { queryRows, type Database } from '../../db/client'
import { assert } from '../../platform/errors'
import { insightsIndicators, insightsIndicatorValues } from './insights.tables'

export type IndicatorRow = typeof insightsIndicators.$inferSelect
export type IndicatorValueRow = typeof insightsIndicatorValues.$inferSelect
export type NewIndicatorValue = typeof insightsIndicatorValues.$inferInsert

/** the definitions are a short list the office keeps; this bounds every read of them */
export const indicatorsMax = 200
/** values read in one statement at most: a list's trends, an indicator's history, an import's keys */
export const valuesReadMax = 5000
/** rows of one insert statement (ten parameters each) */
const insertChunkRows = 500

export interface ValueKey {
  indicatorCode: string
  scope: string
  periodEnd: string
}

export async function upsertIndicators(db: Database, rows: (typeof insightsIndicators.$inferInsert)[]) {
  if (rows.length === 0) return
  const excluded = (column: string) => sql.raw(`excluded.${column}`)
  const columns = [
    'name_zh',
    'name_en',
    'description_zh',
    'description_en',
    'unit_zh',
    'unit_en',
    'decimals',
    'target',
    'target_year',
    'direction',
    'scope',
    'source',
    'measure',
  ]
  await db
    .insert(insightsIndicators)
    .values(rows)
    .onConflictDoUpdate({
      target: insightsIndicators.code,
      set: {
        nameZh: excluded('name_zh'),
        nameEn: excluded('name_en'),
        descriptionZh: excluded('description_zh'),
        descriptionEn: excluded('description_en'),
        unitZh: excluded('unit_zh'),
        unitEn: excluded('unit_en'),
        decimals: excluded('decimals'),
        target: excluded('target'),
        targetYear: excluded('target_year'),
        direction: excluded('direction'),
        scope: excluded('scope'),
        source: excluded('source'),
        measure: excluded('measure'),
        updatedAt: sql`now()`,
      },
      // an unchanged definition is left alone: a start writes nothing and its updated_at keeps its meaning
      setWhere: sql.raw(
        `(${columns.map((column) => `insights_indicators.${column}`).join(', ')}) IS DISTINCT FROM ` +
          `(${columns.map((column) => `excluded.${column}`).join(', ')})`,
      ),
    })
}

export async function allIndicators(db: Database): Promise<IndicatorRow[]> {
  return db.select().from(insightsIndicators).orderBy(asc(insightsIndicators.code)).limit(indicatorsMax)
}

export async function findIndicator(db: Database, code: string): Promise<IndicatorRow | undefined> {
  const [row] = await db.select().from(insightsIndicators).where(eq(insightsIndicators.code, code))
  return row
}

/** The latest `perScopeMax` values of each indicator and scope asked for, oldest first within each. */
export async function recentValues(
  db: Database,
  codes: readonly string[],
  scope: string | null,
  perScopeMax: number,
): Promise<IndicatorValueRow[]> {
  if (codes.length === 0) return []
  const value = insightsIndicatorValues
  const conditions: SQL[] = [inArray(value.indicatorCode, [...codes])]
  if (scope !== null) conditions.push(eq(value.scope, scope))
  const ranked = db.$with('ranked').as(
    db
      .select({
        id: value.id,
        position: sql<number>`row_number() OVER (PARTITION BY ${value.indicatorCode}, ${value.scope}
                                                  ORDER BY ${value.periodEnd} DESC)`.as('position'),
      })
      .from(value)
      .where(and(...conditions)),
  )
  const rows = await db
    .with(ranked)
    .select({ row: value })
    .from(value)
    .innerJoin(ranked, eq(ranked.id, value.id))
    .where(lte(ranked.position, perScopeMax))
    .orderBy(asc(value.indicatorCode), asc(value.scope), asc(value.periodEnd))
    .limit(valuesReadMax)
  return rows.map(({ row }) => row)
}

/** Every value of an indicator (of one scope, when asked), oldest first, up to valuesReadMax. */
export async function valuesOf(
  db: Database,
  code: string,
  scope: string | null,
): Promise<IndicatorValueRow[]> {
  const conditions: SQL[] = [eq(insightsIndicatorValues.indicatorCode, code)]
  if (scope !== null) conditions.push(eq(insightsIndicatorValues.scope, scope))
  return db
    .select()
    .from(insightsIndicatorValues)
    .where(and(...conditions))
    .orderBy(asc(insightsIndicatorValues.scope), asc(insightsIndicatorValues.periodEnd))
    .limit(valuesReadMax)
}

/** The value stored for a key; locked, for a change that follows in the transaction. */
export async function findValue(
  db: Database,
  key: ValueKey,
  options: { lock: boolean },
): Promise<IndicatorValueRow | undefined> {
  const query = db
    .select()
    .from(insightsIndicatorValues)
    .where(
      and(
        eq(insightsIndicatorValues.indicatorCode, key.indicatorCode),
        eq(insightsIndicatorValues.scope, key.scope),
        eq(insightsIndicatorValues.periodEnd, key.periodEnd),
      ),
    )
  const [row] = options.lock ? await query.for('update') : await query
  return row
}

/** Of these keys, those that have a value already. */
export async function existingKeys(db: Database, keys: readonly ValueKey[]): Promise<ValueKey[]> {
  assert(keys.length <= valuesReadMax, `${keys.length} keys in one statement is too many`)
  if (keys.length === 0) return []
  return queryRows<ValueKey>(
    db,
    sql`SELECT v.indicator_code AS "indicatorCode", v.scope, v.period_end::text AS "periodEnd"
          FROM jsonb_to_recordset(${JSON.stringify(keys)}::jsonb)
               AS k("indicatorCode" text, scope text, "periodEnd" date)
          JOIN insights_indicator_values v
            ON v.indicator_code = k."indicatorCode" AND v.scope = k.scope AND v.period_end = k."periodEnd"`,
  )
}

export interface WrittenValue extends ValueKey {
  id: string
  /** false when the row replaced a value stored before */
  inserted: boolean
}

/**
 * Inserts values; a key that has one already is replaced when `replace` is set and otherwise left as it was (and
 * missing from the answer): the unique key settles a race, not a read before.
 */
export async function writeValues(
  db: Database,
  rows: readonly NewIndicatorValue[],
  replace: boolean,
): Promise<WrittenValue[]> {
  const value = insightsIndicatorValues
  const written: WrittenValue[] = []
  for (let start = 0; start < rows.length; start += insertChunkRows) {
    const insert = db.insert(value).values(rows.slice(start, start + insertChunkRows))
    const returning = {
      id: value.id,
      indicatorCode: value.indicatorCode,
      scope: value.scope,
      periodEnd: value.periodEnd,
      // xmax is 0 on a row this statement inserted, and set on one it updated
      inserted: sql<boolean>`(xmax = 0)`,
    }
    const chunk = replace
      ? await insert
          .onConflictDoUpdate({
            target: [value.indicatorCode, value.scope, value.periodEnd],
            set: {
              value: sql.raw('excluded.value'),
              source: sql.raw('excluded.source'),
              publishedOn: sql.raw('excluded.published_on'),
              enteredByUserId: sql.raw('excluded.entered_by_user_id'),
              isSynthetic: sql.raw('excluded.is_synthetic'),
              updatedAt: sql`now()`,
            },
          })
          .returning(returning)
      : await insert.onConflictDoNothing().returning(returning)
    written.push(...chunk)
  }
  return written
}

/** The platform's computed values: stored, or brought up to date when the figure or its source changed. */
export async function upsertMeasuredValues(
  db: Database,
  rows: readonly NewIndicatorValue[],
): Promise<number> {
  if (rows.length === 0) return 0
  const written = await db
    .insert(insightsIndicatorValues)
    .values([...rows])
    .onConflictDoUpdate({
      target: [
        insightsIndicatorValues.indicatorCode,
        insightsIndicatorValues.scope,
        insightsIndicatorValues.periodEnd,
      ],
      set: {
        value: sql.raw('excluded.value'),
        source: sql.raw('excluded.source'),
        publishedOn: sql.raw('excluded.published_on'),
        enteredByUserId: sql.raw('excluded.entered_by_user_id'),
        updatedAt: sql`now()`,
      },
      // an unchanged figure keeps the day it was first published
      setWhere: sql`(insights_indicator_values.value, insights_indicator_values.source)
                    IS DISTINCT FROM (excluded.value, excluded.source)`,
    })
    .returning({ id: insightsIndicatorValues.id })
  return written.length
}

export interface YearFigure {
  year: number
  /** exact decimal text */
  value: string
}

/** The Shanghai year of an instant. */
const yearOf = (column: SQL) => sql`extract(year FROM ${column} AT TIME ZONE 'Asia/Shanghai')::int`

/**
 * Per year of order: the voucher money spent with a provider of another city than the issuer's, in yuan (fen / 100,
 * exact); a year with voucher orders but none across cities is 0.
 */
export async function crossCityVoucherYuanByYear(
  db: Database,
  fromAt: Date,
  asOf: Date,
): Promise<YearFigure[]> {
  const rows = await queryRows<{ year: number; value: string }>(
    db,
    sql`SELECT ${yearOf(sql`occurred_at`)} AS year,
               round(coalesce(sum(value) FILTER (WHERE from_city_code <> to_city_code), 0)::numeric / 100, 2)::text
                 AS value
          FROM insights_flow_records
         WHERE kind = 'voucher'
           AND occurred_at >= ${fromAt.toISOString()}::timestamptz
           AND occurred_at <= ${asOf.toISOString()}::timestamptz
         GROUP BY 1 ORDER BY 1`,
  )
  return rows.map((row) => ({ year: Number(row.year), value: row.value }))
}

/** Per year of decision: the percentage of decided cases decided by their due day, to six decimals. */
export async function onTimeCaseShareByYear(db: Database, fromAt: Date, asOf: Date): Promise<YearFigure[]> {
  const rows = await queryRows<{ year: number; value: string }>(
    db,
    sql`SELECT ${yearOf(sql`decided_at`)} AS year,
               round(100.0 * count(*) FILTER (WHERE on_time) / count(*), 6)::text AS value
          FROM service_case_timeliness
         WHERE decided_at >= ${fromAt.toISOString()}::timestamptz
           AND decided_at <= ${asOf.toISOString()}::timestamptz
         GROUP BY 1 ORDER BY 1`,
  )
  return rows.map((row) => ({ year: Number(row.year), value: row.value }))
}
