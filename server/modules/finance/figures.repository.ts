// SQL of the outcome figures: referrals decided in a period, per firm city.
import { sql } from 'drizzle-orm'
import { queryRows, type Database } from '../../db/client'

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
