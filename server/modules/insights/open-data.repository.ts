// SQL of the open data sets: each reads only the public columns of the views other modules publish (and this
// module's own figures), named as the catalogue names them. A hard row limit bounds every set.
import { sql, type SQL } from 'drizzle-orm'
import { queryRows, type Database } from '../../db/client'
import type { OpenDataSetId } from './open-data.catalogue'
import type { MonthRange } from './period'

export const openDataRowsMax = 100_000

export interface OpenDataQuery {
  city: string | null
  industry: string | null
  range: MonthRange
  kind: string | null
  scope: string | null
}

export type OpenDataRow = Record<string, string | number | null>

const isoDay = (column: string) => sql.raw(`to_char(${column}, 'YYYY-MM-DD')`)
const yesNo = (column: string) => sql.raw(`CASE WHEN ${column} THEN 'yes' ELSE 'no' END`)

function where(parts: (SQL | null)[]): SQL {
  const kept = parts.filter((part): part is SQL => part !== null)
  return kept.length === 0 ? sql`` : sql`WHERE ${sql.join(kept, sql` AND `)}`
}

const equals = (column: string, value: string | null) =>
  value === null ? null : sql`${sql.raw(column)} = ${value}`

const readers: Record<OpenDataSetId, (query: OpenDataQuery) => SQL> = {
  'registry-firms': (query) => sql`
    SELECT credit_code, name_zh, name_en, city_code, industry_code, ${yesNo('is_high_tech')} AS is_high_tech,
           ${isoDay('high_tech_certified_on')} AS high_tech_certified_on, ${isoDay('founded_on')} AS founded_on,
           ${yesNo('is_synthetic')} AS is_synthetic
      FROM registry_firm_facts ${where([equals('city_code', query.city), equals('industry_code', query.industry)])}
     ORDER BY credit_code`,
  'service-catalogue': (query) => sql`
    SELECT code, name_zh, name_en, category, competent_city_code, department_code, mode, statutory_days,
           promised_days, fee_fen::float8 AS fee_yuan, licence_name_zh
      FROM service_open_catalogue ${where([equals('competent_city_code', query.city)])}
     ORDER BY code`,
  instruments: (query) => sql`
    SELECT i.name_zh, i.name_en, i.model, i.maker, i.category, p.name_zh AS owner_name_zh, i.city_code,
           i.original_value_fen::float8 AS original_value_yuan, i.external_price_fen::float8 AS external_price_yuan,
           i.price_unit, i.status
      FROM instrument_open_catalogue i JOIN registry_provider_standing p ON p.id = i.provider_id
      ${where([equals('i.city_code', query.city)])}
     ORDER BY i.city_code, i.name_zh, i.id`,
  'policy-items': (query) => sql`
    SELECT code, policy_code, document_number, issuer_code, city_code, title_zh, title_en, category, payout_mode,
           promise_working_days, budget_fen::float8 AS budget_yuan, ${isoDay('valid_from')} AS valid_from,
           ${isoDay('valid_until')} AS valid_until
      FROM policy_open_items ${where([equals('city_code', query.city)])}
     ORDER BY code`,
  // money cells of fewer than three records would show one firm's figure: they stay empty (flows.service.ts)
  flows: (query) => sql`
    SELECT ${isoDay('month')} AS month, kind, from_city_code, to_city_code,
           CASE WHEN kind IN ('voucher', 'credit', 'award') AND records >= 3 THEN value::float8 END AS amount_yuan,
           CASE kind WHEN 'instrument' THEN round(value / 60.0, 2)::float8 WHEN 'case' THEN value::float8 END AS quantity,
           records
      FROM insights_flow_cells
      ${where([
        sql`month BETWEEN ${query.range.fromMonth}::date AND ${query.range.toMonth}::date`,
        equals('kind', query.kind),
        query.city === null ? null : sql`(from_city_code = ${query.city} OR to_city_code = ${query.city})`,
      ])}
     ORDER BY month, kind, from_city_code, to_city_code`,
  'integration-index': (query) => sql`
    SELECT v.scope, ${isoDay('v.month')} AS month, round(v.index_value::numeric, 2)::float8 AS index_value,
           ${isoDay('w.effective_from')} AS weights_effective_from, ${isoDay('w.base_month')} AS base_month,
           ${shareOf('voucher')} AS voucher_share, ${shareOf('instrument')} AS instrument_share,
           ${shareOf('case')} AS case_share, ${shareOf('credit')} AS credit_share, ${shareOf('award')} AS award_share
      FROM insights_index_values v JOIN insights_index_weights w ON w.id = v.weights_id
      ${where([sql`v.month BETWEEN ${query.range.fromMonth}::date AND ${query.range.toMonth}::date`, equals('v.scope', query.scope)])}
     ORDER BY v.scope, v.month`,
  indicators: (query) => sql`
    SELECT d.code AS indicator_code, d.name_zh, d.name_en, d.unit_zh, v.scope, ${isoDay('v.period_end')} AS period_end,
           v.value::float8 AS value, d.target::float8 AS target, v.source, ${isoDay('v.published_on')} AS published_on
      FROM insights_indicator_values v JOIN insights_indicators d ON d.code = v.indicator_code
      ${where([equals('v.scope', query.scope)])}
     ORDER BY d.code, v.scope, v.period_end`,
  'fund-portfolio': (query) => sql`
    SELECT industry, city_code, count(*)::int AS investments, sum(amount_fen)::float8 AS amount_yuan,
           count(*) FILTER (WHERE exit_kind IS NOT NULL)::int AS exits
      FROM fund_investments ${where([equals('city_code', query.city), equals('industry', query.industry)])}
     GROUP BY industry, city_code
     ORDER BY industry, city_code`,
}

function shareOf(kind: string): SQL {
  const share = `v.shares -> '${kind}'`
  return sql.raw(
    `CASE WHEN (${share} ->> 'total')::float8 > 0 THEN (${share} ->> 'cross')::float8 / (${share} ->> 'total')::float8 END`,
  )
}

export async function openDataRows(
  db: Database,
  id: OpenDataSetId,
  query: OpenDataQuery,
): Promise<OpenDataRow[]> {
  return queryRows<OpenDataRow>(db, sql`${readers[id](query)} LIMIT ${openDataRowsMax}`)
}
