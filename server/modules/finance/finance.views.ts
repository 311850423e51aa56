// The finance module's doors in SQL: what other modules' SQL may read of it. A view here is a published contract:
// add columns freely, remove or rename one only with its readers.
import { and, eq, sql } from 'drizzle-orm'
import { pgView } from 'drizzle-orm/pg-core'
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
