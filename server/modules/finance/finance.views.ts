// The finance module's doors in SQL: what other modules' SQL may read of it. A view here is a published contract:
// add columns freely, remove or rename one only with its readers.
import { and, eq, inArray, sql } from 'drizzle-orm'
import { pgView } from 'drizzle-orm/pg-core'
import { flowViewColumns } from '../../db/flow-view'
import { financeReferrals, firmIndicatorValues, firmScores } from './finance.tables'

/** Each firm's latest value of each innovation indicator, with where it came from and the day it describes. */
export const financeLatestIndicators = pgView('finance_latest_indicators').as((query) =>
  query
    .selectDistinctOn([firmIndicatorValues.firmId, firmIndicatorValues.indicatorCode], {
      firmId: firmIndicatorValues.firmId,
      indicatorCode: firmIndicatorValues.indicatorCode,
      value: firmIndicatorValues.value,
      source: firmIndicatorValues.source,
      asOf: firmIndicatorValues.asOf,
    })
    .from(firmIndicatorValues)
    .orderBy(
      firmIndicatorValues.firmId,
      firmIndicatorValues.indicatorCode,
      sql`${firmIndicatorValues.asOf} DESC`,
      sql`${firmIndicatorValues.recordedAt} DESC`,
    ),
)

/** Each firm's current innovation-points score (tenths of a point) and when it was computed. */
export const financeFirmScores = pgView('finance_firm_scores').as((query) =>
  query
    .select({
      firmId: firmScores.firmId,
      totalTenths: firmScores.totalTenths,
      computedAt: firmScores.computedAt,
    })
    .from(firmScores),
)

/** First loans drawn: a firm's first credit from any institution of the financial alliance. */
export const financeFirstLoans = pgView('finance_first_loans').as((query) =>
  query
    .select({
      firmId: financeReferrals.firmId,
      drawnAmountFen: financeReferrals.drawnAmountFen,
      drawnAt: financeReferrals.drawnAt,
    })
    .from(financeReferrals)
    .where(and(eq(financeReferrals.isFirstLoan, true), eq(financeReferrals.status, 'drawn'))),
)

/** Credit drawn: the lending institution's city lends to the firm's city. */
export const financeCityFlows = pgView('finance_city_flows', flowViewColumns).as(
  sql`SELECT r.id AS record_id, 'credit'::text AS kind, r.drawn_at AS occurred_at,
        i.city_code AS from_city_code, r.firm_city_code AS to_city_code, r.drawn_amount_fen AS value,
        r.firm_id AS party_id, r.institution_id AS counterparty_id
      FROM finance_referrals r JOIN registry_institution_places i ON i.id = r.institution_id
      WHERE r.status = 'drawn'`,
)

/** Equity referrals an institution approved or drew: what can become an investment of the G60 fund. */
export const financeEquityReferrals = pgView('finance_equity_referrals').as((query) =>
  query
    .select({
      id: financeReferrals.id,
      firmId: financeReferrals.firmId,
      firmCityCode: financeReferrals.firmCityCode,
      institutionId: financeReferrals.institutionId,
      status: financeReferrals.status,
      approvedAmountFen: financeReferrals.approvedAmountFen,
      decidedAt: financeReferrals.decidedAt,
    })
    .from(financeReferrals)
    .where(
      and(
        eq(financeReferrals.productType, 'equity_investment'),
        inArray(financeReferrals.status, ['approved', 'drawn']),
      ),
    ),
)

/** Each referral with its firm, the firm's city, the institution and its state: the institutions' queue. */
export const financeReferralQueue = pgView('finance_referral_queue').as((query) =>
  query
    .select({
      id: financeReferrals.id,
      firmId: financeReferrals.firmId,
      firmCityCode: financeReferrals.firmCityCode,
      institutionId: financeReferrals.institutionId,
      status: financeReferrals.status,
    })
    .from(financeReferrals),
)
