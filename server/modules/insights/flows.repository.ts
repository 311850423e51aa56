// SQL of flows and the index: the monthly cells rebuilt from the modules' flow views (one statement), the matrix
// read from the cells, the drill-down read from the views themselves, and the index weights and values.
import { sql, type SQL } from 'drizzle-orm'
import { queryRows, type Database } from '../../db/client'
import type { FlowKind } from './insights.states'
import type { IndexWeights, KindShare } from './insights.tables'
import type { MonthRange } from './period'
import { instantsOf } from './period'

export interface CellRow {
  kind: FlowKind
  month: string
  fromCityCode: string
  toCityCode: string
  value: number
  records: number
}

/** Every cell of every month from `fromMonth` on, recomputed from the records in one statement; returns the count. */
export async function rebuildCells(db: Database, fromMonth: string): Promise<number> {
  await db.execute(sql`DELETE FROM insights_flow_cells WHERE month >= ${fromMonth}::date`)
  const rows = await queryRows<{ written: number }>(
    db,
    sql`WITH written AS (
          INSERT INTO insights_flow_cells (kind, month, from_city_code, to_city_code, value, records)
          SELECT kind, date_trunc('month', occurred_at AT TIME ZONE 'Asia/Shanghai')::date,
                 from_city_code, to_city_code, sum(value), count(*)
            FROM insights_flow_records
           WHERE occurred_at >= (${fromMonth}::date::timestamp AT TIME ZONE 'Asia/Shanghai')
           GROUP BY 1, 2, 3, 4
          RETURNING 1)
        SELECT count(*)::int AS written FROM written`,
  )
  return rows[0]?.written ?? 0
}

export async function firstActivityMonth(db: Database): Promise<string | null> {
  const rows = await queryRows<{ month: string | null }>(
    db,
    sql`SELECT to_char(date_trunc('month', min(occurred_at) AT TIME ZONE 'Asia/Shanghai'), 'YYYY-MM-DD') AS month
          FROM insights_flow_records`,
  )
  return rows[0]?.month ?? null
}

const cellColumns = sql`kind, to_char(month, 'YYYY-MM-DD') AS "month", from_city_code AS "fromCityCode",
  to_city_code AS "toCityCode", value::float8 AS value, records`

export async function cellsOf(db: Database, range: MonthRange | null): Promise<CellRow[]> {
  const where =
    range === null ? sql`` : sql`WHERE month BETWEEN ${range.fromMonth}::date AND ${range.toMonth}::date`
  return queryRows<CellRow>(db, sql`SELECT ${cellColumns} FROM insights_flow_cells ${where}`)
}

export interface Refreshed {
  finishedAt: string
  fromMonth: string
}

/** When the figures were last refreshed, as a JSON object, for a read to carry along in its one statement. */
const refreshedJson = sql`(SELECT json_build_object(
    'finishedAt', to_char(finished_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    'fromMonth', to_char(from_month, 'YYYY-MM-DD'))
  FROM insights_refreshes ORDER BY finished_at DESC LIMIT 1)`

/** The matrices of some kinds over a range of months, summed; with a city, only the cells it sends or receives. */
export async function matrixOf(
  db: Database,
  kinds: readonly FlowKind[],
  range: MonthRange,
  cityCode: string | null,
): Promise<{ cells: Omit<CellRow, 'month'>[]; refreshed: Refreshed | null }> {
  const city =
    cityCode === null ? sql`` : sql`AND (from_city_code = ${cityCode} OR to_city_code = ${cityCode})`
  const rows = await queryRows<{ cells: Omit<CellRow, 'month'>[] | null; refreshed: Refreshed | null }>(
    db,
    sql`SELECT (SELECT json_agg(c) FROM (
              SELECT kind, from_city_code AS "fromCityCode", to_city_code AS "toCityCode",
                     sum(value)::float8 AS value, sum(records)::int AS records
                FROM insights_flow_cells
               WHERE kind IN (${sql.join(
                 kinds.map((kind) => sql`${kind}`),
                 sql`, `,
               )})
                 AND month BETWEEN ${range.fromMonth}::date AND ${range.toMonth}::date ${city}
               GROUP BY kind, from_city_code, to_city_code) c) AS cells,
            ${refreshedJson} AS refreshed`,
  )
  return { cells: rows[0]?.cells ?? [], refreshed: rows[0]?.refreshed ?? null }
}

export interface RecordFilter {
  kind: FlowKind
  range: MonthRange
  fromCityCode: string | null
  toCityCode: string | null
  /** a city the records must touch (either side) */
  cityCode: string | null
  /** only the records this organisation is a party to */
  organisationId: string | null
}

function recordWhere(filter: RecordFilter): SQL {
  const { fromAt, untilAt } = instantsOf(filter.range)
  const parts = [
    sql`r.kind = ${filter.kind}`,
    sql`r.occurred_at >= ${fromAt}::timestamptz AND r.occurred_at < ${untilAt}::timestamptz`,
  ]
  if (filter.fromCityCode !== null) parts.push(sql`r.from_city_code = ${filter.fromCityCode}`)
  if (filter.toCityCode !== null) parts.push(sql`r.to_city_code = ${filter.toCityCode}`)
  if (filter.cityCode !== null)
    parts.push(sql`(r.from_city_code = ${filter.cityCode} OR r.to_city_code = ${filter.cityCode})`)
  if (filter.organisationId !== null)
    parts.push(sql`(r.party_id = ${filter.organisationId} OR r.counterparty_id = ${filter.organisationId})`)
  return sql.join(parts, sql` AND `)
}

export interface FlowRecordRow {
  recordId: string
  occurredAt: string
  fromCityCode: string
  toCityCode: string
  value: number
  partyId: string | null
  partyNameZh: string | null
  partyNameEn: string | null
  counterpartyId: string | null
  counterpartyNameZh: string | null
  counterpartyNameEn: string | null
}

/** The organisations' names come from the registry's views: a firm, a provider or an institution. */
const nameOf = (alias: string, column: string) =>
  sql.raw(`COALESCE(${alias}f.${column}, ${alias}p.${column}, ${alias}i.${column})`)

const namesJoin = (alias: string, idColumn: string) =>
  sql.raw(`LEFT JOIN registry_firm_facts ${alias}f ON ${alias}f.id = r.${idColumn}
    LEFT JOIN registry_provider_standing ${alias}p ON ${alias}p.id = r.${idColumn}
    LEFT JOIN registry_institution_places ${alias}i ON ${alias}i.id = r.${idColumn}`)

/** A page of records, newest first, after the (occurred_at, record_id) key of the previous page. */
export async function recordsOf(
  db: Database,
  filter: RecordFilter,
  after: { occurredAt: string; recordId: string } | null,
  limit: number,
): Promise<FlowRecordRow[]> {
  const keyset =
    after === null
      ? sql``
      : sql`AND (r.occurred_at, r.record_id) < (${after.occurredAt}::timestamptz, ${after.recordId})`
  return queryRows<FlowRecordRow>(
    db,
    sql`SELECT r.record_id AS "recordId", to_char(r.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "occurredAt",
               r.from_city_code AS "fromCityCode", r.to_city_code AS "toCityCode", r.value::float8 AS value,
               r.party_id AS "partyId", ${nameOf('a', 'name_zh')} AS "partyNameZh", ${nameOf('a', 'name_en')} AS "partyNameEn",
               r.counterparty_id AS "counterpartyId", ${nameOf('b', 'name_zh')} AS "counterpartyNameZh",
               ${nameOf('b', 'name_en')} AS "counterpartyNameEn"
          FROM insights_flow_records r ${namesJoin('a', 'party_id')} ${namesJoin('b', 'counterparty_id')}
         WHERE ${recordWhere(filter)} ${keyset}
         ORDER BY r.occurred_at DESC, r.record_id DESC
         LIMIT ${limit + 1}`,
  )
}

/** The count and sum of every record the filter selects, whatever the page. */
export async function recordTotalsOf(
  db: Database,
  filter: RecordFilter,
): Promise<{ records: number; value: number }> {
  const rows = await queryRows<{ records: number; value: number }>(
    db,
    sql`SELECT count(*)::int AS records, COALESCE(sum(r.value), 0)::float8 AS value
          FROM insights_flow_records r WHERE ${recordWhere(filter)}`,
  )
  return rows[0] ?? { records: 0, value: 0 }
}

export interface WeightsRow {
  id: string
  effectiveFrom: string
  baseMonth: string
  weights: IndexWeights
  note: string
  createdByUserId: string
  createdAt: string
}

const weightsColumns = sql`id, to_char(effective_from, 'YYYY-MM-DD') AS "effectiveFrom",
  to_char(base_month, 'YYYY-MM-DD') AS "baseMonth", weights, note, created_by_user_id AS "createdByUserId",
  to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "createdAt"`

/** Every version, oldest first (there are a handful). */
export async function weightVersions(db: Database): Promise<WeightsRow[]> {
  return queryRows<WeightsRow>(
    db,
    sql`SELECT ${weightsColumns} FROM insights_index_weights ORDER BY effective_from LIMIT 1000`,
  )
}

export async function insertWeights(db: Database, row: Omit<WeightsRow, 'createdAt'>): Promise<void> {
  await db.execute(
    sql`INSERT INTO insights_index_weights (id, effective_from, base_month, weights, note, created_by_user_id)
        VALUES (${row.id}, ${row.effectiveFrom}::date, ${row.baseMonth}::date, ${JSON.stringify(row.weights)}::jsonb,
                ${row.note}, ${row.createdByUserId})
        ON CONFLICT (effective_from) DO NOTHING`,
  )
}

/** Serialises everything that rewrites the index values: refreshes and new weights take turns. */
export async function lockIndex(db: Database): Promise<void> {
  await db.execute(sql`SELECT pg_advisory_xact_lock(hashtext('insights.index'))`)
}

export interface IndexValueRow {
  scope: string
  month: string
  weightsId: string
  indexValue: number | null
  shares: Partial<Record<FlowKind, KindShare>>
  baseShares: Partial<Record<FlowKind, KindShare>>
  contributions: Partial<Record<FlowKind, number>>
}

export async function replaceIndexValues(db: Database, rows: readonly IndexValueRow[]): Promise<void> {
  await db.execute(sql`DELETE FROM insights_index_values`)
  const chunkSize = 500
  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows.slice(start, start + chunkSize)
    await db.execute(
      sql`INSERT INTO insights_index_values
            (scope, month, weights_id, index_value, shares, base_shares, contributions, computed_at)
          SELECT scope, month, "weightsId", "indexValue", shares, "baseShares", contributions, now()
            FROM jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb)
              AS v(scope text, month date, "weightsId" text, "indexValue" float8, shares jsonb, "baseShares" jsonb,
                   contributions jsonb)`,
    )
  }
}

/** The index values of a range (and scopes), every weights version and the last refresh, in one statement. */
export async function indexRead(
  db: Database,
  range: MonthRange,
  scopes: readonly string[] | null,
): Promise<{ values: IndexValueRow[]; versions: WeightsRow[]; refreshed: Refreshed | null }> {
  const scopeFilter =
    scopes === null
      ? sql``
      : sql`AND scope IN (${sql.join(
          scopes.map((scope) => sql`${scope}`),
          sql`, `,
        )})`
  const rows = await queryRows<{
    indexValues: IndexValueRow[] | null
    versions: WeightsRow[] | null
    refreshed: Refreshed | null
  }>(
    db,
    sql`SELECT (SELECT json_agg(v ORDER BY v.scope, v.month) FROM (
              SELECT scope, to_char(month, 'YYYY-MM-DD') AS month, weights_id AS "weightsId",
                     index_value AS "indexValue", shares, base_shares AS "baseShares", contributions
                FROM insights_index_values
               WHERE month BETWEEN ${range.fromMonth}::date AND ${range.toMonth}::date ${scopeFilter}
               LIMIT 5000) v) AS "indexValues",
            (SELECT json_agg(w ORDER BY w."effectiveFrom") FROM (
              SELECT ${weightsColumns} FROM insights_index_weights LIMIT 1000) w) AS versions,
            ${refreshedJson} AS refreshed`,
  )
  return {
    values: rows[0]?.indexValues ?? [],
    versions: rows[0]?.versions ?? [],
    refreshed: rows[0]?.refreshed ?? null,
  }
}

export async function insertRefresh(
  db: Database,
  row: { id: string; fromMonth: string; startedAt: Date; cellsWritten: number; indexValuesWritten: number },
): Promise<void> {
  await db.execute(
    sql`INSERT INTO insights_refreshes (id, from_month, started_at, finished_at, cells_written, index_values_written)
        VALUES (${row.id}, ${row.fromMonth}::date, ${row.startedAt.toISOString()}::timestamptz, clock_timestamp(),
                ${row.cellsWritten}, ${row.indexValuesWritten})`,
  )
}
