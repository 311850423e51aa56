// SQL for settlement runs (one call of the database function voucher_settlement_run), their payment lines, and
// the clearing report's flows between cities.
import { and, asc, eq, gt, sql, type SQL } from 'drizzle-orm'
import { queryRows, type Database } from '../../db/client'
import { equalsWhenGiven } from '../../db/conditions'
import { rowFromDriver } from '../../db/rows'
import { withRefusals } from '../../platform/refusals'
import { redemptions, settlementPayments, settlementRuns } from './vouchers.tables'

export type SettlementRunRow = typeof settlementRuns.$inferSelect
export type SettlementPaymentRow = typeof settlementPayments.$inferSelect

export interface RunInput {
  runId: string
  cityCode: string
  periodStart: string
  periodEnd: string
  actorUserId: string
}

/** One statement: takes the period's approved, unsettled redemptions, pays them and writes the batch. */
export async function runSettlement(db: Database, input: RunInput): Promise<SettlementRunRow> {
  const rows = await withRefusals(
    queryRows<Record<string, unknown>>(
      db,
      sql`SELECT * FROM voucher_settlement_run(${input.runId}, ${input.cityCode}, ${input.periodStart}::date,
        ${input.periodEnd}::date, ${input.actorUserId})`,
    ),
  )
  const row = rows[0]
  if (row === undefined) throw new Error('voucher_settlement_run returned no row')
  return rowFromDriver(settlementRuns, row)
}

export async function findRun(db: Database, id: string): Promise<SettlementRunRow | undefined> {
  const [row] = await db.select().from(settlementRuns).where(eq(settlementRuns.id, id)).limit(1)
  return row
}

export function listRuns(
  db: Database,
  filter: { cityCode?: string | undefined },
  after: string | null,
  limit: number,
) {
  const conditions: (SQL | undefined)[] = [
    equalsWhenGiven(settlementRuns.cityCode, filter.cityCode),
    after !== null ? gt(settlementRuns.id, after) : undefined,
  ]
  return db
    .select()
    .from(settlementRuns)
    .where(and(...conditions))
    .orderBy(asc(settlementRuns.id))
    .limit(limit + 1)
}

export function listPayments(db: Database, runId: string, after: string | null, limit: number) {
  return db
    .select()
    .from(settlementPayments)
    .where(
      and(
        eq(settlementPayments.settlementRunId, runId),
        after !== null ? gt(settlementPayments.id, after) : undefined,
      ),
    )
    .orderBy(asc(settlementPayments.id))
    .limit(limit + 1)
}

/** Everything an export needs, bounded: a run pays at most one line per payee and one row per redemption. */
export async function exportRows(db: Database, runId: string, rowsMax: number) {
  const payments = await db
    .select()
    .from(settlementPayments)
    .where(eq(settlementPayments.settlementRunId, runId))
    .orderBy(asc(settlementPayments.payeeKind), asc(settlementPayments.payeeCreditCode))
    .limit(rowsMax + 1)
  const settled = await db
    .select()
    .from(redemptions)
    .where(eq(redemptions.settlementRunId, runId))
    .orderBy(asc(redemptions.id))
    .limit(rowsMax + 1)
  return { payments, redemptions: settled }
}

export interface FlowRow {
  issuerCityCode: string
  providerCityCode: string
  count: number
  valueFen: number
  providerPaidFen: number
}

/** Approved redemptions by issuing city × provider city, approved in [fromAt, toAt). One statement. */
export async function clearingFlows(db: Database, fromAt: Date, toAt: Date): Promise<FlowRow[]> {
  const rows = await queryRows<Record<string, string | number>>(
    db,
    sql`SELECT issuer_city_code, provider_city_code, count(*) AS count, sum(amount_fen) AS value_fen,
               coalesce(sum(amount_fen) FILTER (WHERE settlement_model = 'provider_paid'), 0) AS provider_paid_fen
          FROM redemptions
         WHERE status = 'approved' AND decided_at >= ${fromAt.toISOString()}::timestamptz
           AND decided_at < ${toAt.toISOString()}::timestamptz
         GROUP BY issuer_city_code, provider_city_code
         ORDER BY issuer_city_code, provider_city_code`,
  )
  return rows.map((row) => ({
    issuerCityCode: String(row.issuer_city_code),
    providerCityCode: String(row.provider_city_code),
    count: Number(row.count),
    valueFen: Number(row.value_fen),
    providerPaidFen: Number(row.provider_paid_fen),
  }))
}
