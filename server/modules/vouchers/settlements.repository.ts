// SQL for settlement runs (one call of the database function voucher_settlement_run), their payment lines, and
// the clearing report's flows between cities.
import { asc, eq, sql } from 'drizzle-orm'
import { queryRows, type Database } from '../../db/client'
import { equalsWhenGiven } from '../../db/conditions'
import { recordsOf } from '../../db/records'
import { rowFromDriver } from '../../db/rows'
import { sortedList } from '../../db/sorted'
import type { SortedPageRequest } from '../../platform/http/list'
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

const runs = recordsOf(settlementRuns, settlementRuns.id)
export const findRun = runs.find

/** The columns a settlement runs list sorts by (SettlementRunQuery's sort). */
export const settlementRunSortColumns = {
  periodStart: settlementRuns.periodStart,
  totalFen: settlementRuns.totalFen,
  createdAt: settlementRuns.createdAt,
}
export type SettlementRunSortKey = keyof typeof settlementRunSortColumns

/** One sorted page of settlement runs and how many match, counted up to the request's bound. */
export async function listRuns(
  db: Database,
  filter: { cityCode?: string | undefined },
  page: SortedPageRequest<SettlementRunSortKey>,
): Promise<{ rows: SettlementRunRow[]; total: number }> {
  const conditions = [equalsWhenGiven(settlementRuns.cityCode, filter.cityCode)]
  return sortedList(
    db,
    {
      select: db.select().from(settlementRuns).$dynamic(),
      table: settlementRuns,
      sortColumns: settlementRunSortColumns,
      id: settlementRuns.id,
    },
    page,
    conditions,
  )
}

const payments = recordsOf(settlementPayments, settlementPayments.id)

export function listPayments(db: Database, runId: string, after: string | null, limit: number) {
  return payments.page(db, { after, limit }, [eq(settlementPayments.settlementRunId, runId)])
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
