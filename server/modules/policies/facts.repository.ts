// A firm's facts for policy rules, assembled in one statement from the modules' published views: the registry's
// firm facts and alliance memberships, finance's latest indicators, scores and first loans, voucher orders,
// instrument bookings and licence holdings. Activity counts the twelve months up to the day of evaluation.
import { sql } from 'drizzle-orm'
import { queryRows, type Database } from '../../db/client'
import { assert } from '../../platform/errors'
import type { FirmFactProvenance, FirmFacts, FactProvenance } from './facts'

/** firms per statement: a matching slice, or the calculator's one */
export const factFirmsMax = 2000

interface IndicatorCell {
  value: number
  source: string
  asOf: string
}

interface FactRow {
  id: string
  city_code: string
  park_id: string | null
  industry_code: string
  size: string
  stage: string
  is_high_tech: boolean
  high_tech_certified_on: string | null
  is_leading: boolean
  is_tech_sme: boolean
  age_years: number
  staff_count: number
  revenue_fen: string | number
  research_spend_fen: string | number
  figures_reported_on: string | null
  alliance_industry_codes: string[] | null
  indicators: Record<string, IndicatorCell> | null
  score_tenths: number | null
  score_computed_on: string | null
  first_loan_drawn_fen: string | number
  voucher_spend_fen: string | number
  cross_city_voucher_orders: number
  instrument_spend_fen: string | number
  instrument_minutes: string | number
  licence_types: string[] | null
}

export interface FirmFactRecord {
  firmId: string
  facts: FirmFacts
  provenance: FirmFactProvenance
}

/** Ids are platform ids (letters, digits, underscores), so a text[] literal carries them as one parameter. */
export function idArrayOf(firmIds: readonly string[]): string {
  for (const id of firmIds) assert(/^[a-z0-9_]+$/i.test(id), `firm id ${id} is not a platform id`)
  return `{${firmIds.join(',')}}`
}

export async function loadFirmFacts(
  db: Database,
  firmIds: readonly string[],
  asOf: string,
): Promise<FirmFactRecord[]> {
  assert(firmIds.length <= factFirmsMax, `facts of ${firmIds.length} firms in one statement is too many`)
  if (firmIds.length === 0) return []
  const ids = idArrayOf(firmIds)
  const rows = await queryRows<FactRow>(
    db,
    sql`WITH firm AS (
          SELECT id, city_code, park_id, industry_code, size, stage, is_high_tech, high_tech_certified_on::text,
                 is_leading, is_tech_sme, research_spend_fen, revenue_fen, staff_count, figures_reported_on::text,
                 extract(year FROM age(${asOf}::date, founded_on))::int AS age_years
            FROM registry_firm_facts WHERE id = ANY(${ids}::text[])
        )
        SELECT firm.*,
               (SELECT array_agg(DISTINCT m.industry_code ORDER BY m.industry_code)
                  FROM registry_alliance_memberships m
                 WHERE m.member_id = firm.id AND m.industry_code IS NOT NULL
                   AND m.joined_on <= ${asOf}::date) AS alliance_industry_codes,
               indicator.cells AS indicators,
               score.total_tenths AS score_tenths, score.computed_at::date::text AS score_computed_on,
               coalesce(loan.drawn_fen, 0) AS first_loan_drawn_fen,
               coalesce(voucher.spend_fen, 0) AS voucher_spend_fen,
               coalesce(voucher.cross_city, 0)::int AS cross_city_voucher_orders,
               coalesce(booking.spend_fen, 0) AS instrument_spend_fen,
               coalesce(booking.minutes, 0) AS instrument_minutes,
               holding.types AS licence_types
          FROM firm
          LEFT JOIN (
            SELECT firm_id, jsonb_object_agg(indicator_code, jsonb_build_object(
                     'value', value, 'source', source, 'asOf', as_of::text)) AS cells
              FROM finance_latest_indicators
             WHERE firm_id = ANY(${ids}::text[])
               AND indicator_code IN ('invention_patents', 'tech_contract_turnover', 'graduates_hired')
             GROUP BY firm_id
          ) indicator ON indicator.firm_id = firm.id
          LEFT JOIN finance_firm_scores score ON score.firm_id = firm.id
          LEFT JOIN (
            SELECT firm_id, sum(drawn_amount_fen) AS drawn_fen FROM finance_first_loans
             WHERE firm_id = ANY(${ids}::text[])
               AND drawn_at >= ${asOf}::date - interval '12 months' AND drawn_at < ${asOf}::date + 1
             GROUP BY firm_id
          ) loan ON loan.firm_id = firm.id
          LEFT JOIN (
            SELECT firm_id,
                   sum(voucher_share_fen) FILTER (WHERE status IN ('delivered', 'redeemed')) AS spend_fen,
                   count(*) FILTER (WHERE status <> 'cancelled' AND provider_city_code <> issuer_city_code)
                     AS cross_city
              FROM voucher_firm_orders
             WHERE firm_id = ANY(${ids}::text[])
               AND created_at >= ${asOf}::date - interval '12 months' AND created_at < ${asOf}::date + 1
             GROUP BY firm_id
          ) voucher ON voucher.firm_id = firm.id
          LEFT JOIN (
            SELECT booker_organisation_id, sum(amount_fen) AS spend_fen, sum(coalesce(used_minutes, 0)) AS minutes
              FROM instrument_organisation_bookings
             WHERE booker_organisation_id = ANY(${ids}::text[]) AND status = 'completed'
               AND completed_at >= ${asOf}::date - interval '12 months' AND completed_at < ${asOf}::date + 1
             GROUP BY booker_organisation_id
          ) booking ON booking.booker_organisation_id = firm.id
          LEFT JOIN (
            SELECT firm_id, array_agg(DISTINCT licence_type ORDER BY licence_type) AS types
              FROM licence_holdings
             WHERE firm_id = ANY(${ids}::text[]) AND status = 'active'
               AND valid_from < ${asOf}::date + 1 AND valid_until >= ${asOf}::date
             GROUP BY firm_id
          ) holding ON holding.firm_id = firm.id
         ORDER BY firm.id`,
  )
  return rows.map((row) => recordOf(row, asOf))
}

function indicatorOf(
  row: FactRow,
  code: string,
  asOf: string,
): { value: number; provenance: FactProvenance } {
  const cell = row.indicators?.[code]
  if (cell === undefined) return { value: 0, provenance: { source: 'finance', origin: 'no record', asOf } }
  return {
    value: Math.round(Number(cell.value)),
    provenance: { source: 'finance', origin: cell.source, asOf: cell.asOf },
  }
}

function recordOf(row: FactRow, asOf: string): FirmFactRecord {
  const revenueFen = Number(row.revenue_fen)
  const researchSpendFen = Number(row.research_spend_fen)
  const patents = indicatorOf(row, 'invention_patents', asOf)
  const turnover = indicatorOf(row, 'tech_contract_turnover', asOf)
  const graduates = indicatorOf(row, 'graduates_hired', asOf)
  const facts: FirmFacts = {
    cityCode: row.city_code,
    parkId: row.park_id ?? '',
    industryCode: row.industry_code,
    size: row.size,
    stage: row.stage,
    isHighTech: row.is_high_tech,
    highTechCertifiedYear:
      row.is_high_tech && row.high_tech_certified_on !== null
        ? Number(row.high_tech_certified_on.slice(0, 4))
        : 0,
    isLeading: row.is_leading,
    isTechSme: row.is_tech_sme,
    ageYears: row.age_years,
    staffCount: row.staff_count,
    revenueFen,
    researchSpendFen,
    // two decimals, so a rule's 3.0 compares with what a person reads
    rdIntensityPercent: revenueFen > 0 ? Math.round((researchSpendFen * 10_000) / revenueFen) / 100 : 0,
    allianceIndustryCodes: row.alliance_industry_codes ?? [],
    innovationPoints: row.score_tenths === null ? 0 : row.score_tenths / 10,
    inventionPatents: patents.value,
    techContractTurnoverFen: turnover.value,
    graduatesHired: graduates.value,
    firstLoanDrawnFen: Number(row.first_loan_drawn_fen),
    voucherSpendFen12m: Number(row.voucher_spend_fen),
    crossCityVoucherOrders12m: row.cross_city_voucher_orders,
    instrumentSpendFen12m: Number(row.instrument_spend_fen),
    instrumentMinutes12m: Number(row.instrument_minutes),
    licenceTypes: row.licence_types ?? [],
  }
  const registry = (origin: string, day: string | null = asOf): FactProvenance => ({
    source: 'registry',
    origin,
    asOf: day ?? asOf,
  })
  const figures = registry('registry_firm_facts', row.figures_reported_on)
  const provenance: FirmFactProvenance = {
    cityCode: registry('registry_firm_facts'),
    parkId: registry('registry_firm_facts'),
    industryCode: registry('registry_firm_facts'),
    size: registry('registry_firm_facts'),
    stage: registry('registry_firm_facts'),
    isHighTech: registry('registry_firm_facts'),
    highTechCertifiedYear: registry('registry_firm_facts', row.high_tech_certified_on),
    isLeading: registry('registry_firm_facts'),
    isTechSme: registry('registry_firm_facts'),
    ageYears: registry('registry_firm_facts'),
    staffCount: figures,
    revenueFen: figures,
    researchSpendFen: figures,
    rdIntensityPercent: figures,
    allianceIndustryCodes: registry('registry_alliance_memberships'),
    innovationPoints: {
      source: 'finance',
      origin: 'finance_firm_scores',
      asOf: row.score_computed_on ?? asOf,
    },
    inventionPatents: patents.provenance,
    techContractTurnoverFen: turnover.provenance,
    graduatesHired: graduates.provenance,
    firstLoanDrawnFen: { source: 'finance', origin: 'finance_first_loans', asOf },
    voucherSpendFen12m: { source: 'vouchers', origin: 'voucher_firm_orders', asOf },
    crossCityVoucherOrders12m: { source: 'vouchers', origin: 'voucher_firm_orders', asOf },
    instrumentSpendFen12m: { source: 'instruments', origin: 'instrument_organisation_bookings', asOf },
    instrumentMinutes12m: { source: 'instruments', origin: 'instrument_organisation_bookings', asOf },
    licenceTypes: { source: 'licences', origin: 'licence_holdings', asOf },
  }
  return { firmId: row.id, facts, provenance }
}
