// SQL for redemption claims (兑付): the claim with its deliverable, the firm's confirmation, spot checks, and the
// approval's money, which is one call of the database function voucher_redemption_pay.
import { and, asc, eq, gt, ne, or, sql, type SQL } from 'drizzle-orm'
import { queryRows, type Database } from '../../db/client'
import { equalsWhenGiven } from '../../db/conditions'
import { rowFromDriver } from '../../db/rows'
import { withRefusals } from '../../platform/refusals'
import { redemptionDeliverables, redemptions } from './vouchers.tables'

export type RedemptionRow = typeof redemptions.$inferSelect
type NewRedemption = typeof redemptions.$inferInsert

export interface RedemptionFilter {
  /** the issuing city or the provider's city */
  cityCode?: string | undefined
  issuerCityCode?: string | undefined
  firmId?: string | undefined
  providerId?: string | undefined
  orderId?: string | undefined
  settlementRunId?: string | undefined
  status?: string | undefined
}

export async function findRedemption(db: Database, id: string): Promise<RedemptionRow | undefined> {
  const [row] = await db.select().from(redemptions).where(eq(redemptions.id, id)).limit(1)
  return row
}

/** Locks the claim until the transaction ends: a confirmation, a spot check and a decision take turns. */
export async function lockRedemption(db: Database, id: string): Promise<RedemptionRow | undefined> {
  const [row] = await db.select().from(redemptions).where(eq(redemptions.id, id)).for('update')
  return row
}

export function listRedemptions(db: Database, filter: RedemptionFilter, after: string | null, limit: number) {
  const conditions: (SQL | undefined)[] = [
    filter.cityCode !== undefined
      ? or(eq(redemptions.issuerCityCode, filter.cityCode), eq(redemptions.providerCityCode, filter.cityCode))
      : undefined,
    equalsWhenGiven(redemptions.issuerCityCode, filter.issuerCityCode),
    equalsWhenGiven(redemptions.firmId, filter.firmId),
    equalsWhenGiven(redemptions.providerId, filter.providerId),
    equalsWhenGiven(redemptions.orderId, filter.orderId),
    equalsWhenGiven(redemptions.settlementRunId, filter.settlementRunId),
    equalsWhenGiven(redemptions.status, filter.status),
    after !== null ? gt(redemptions.id, after) : undefined,
  ]
  return db
    .select()
    .from(redemptions)
    .where(and(...conditions))
    .orderBy(asc(redemptions.id))
    .limit(limit + 1)
}

/** The order's claim that is in progress or approved, if any (a rejected claim frees the order). */
export async function findLiveClaimOfOrder(
  db: Database,
  orderId: string,
): Promise<RedemptionRow | undefined> {
  const [row] = await db
    .select()
    .from(redemptions)
    .where(and(eq(redemptions.orderId, orderId), ne(redemptions.status, 'rejected')))
    .limit(1)
  return row
}

/**
 * Inserts the claim and its deliverable. Returns undefined when the invoice number is already used by a live
 * claim anywhere in the corridor (the partial unique index decides, so two providers racing cannot both win).
 */
export async function insertRedemption(
  db: Database,
  row: NewRedemption,
  content: Uint8Array,
): Promise<RedemptionRow | undefined> {
  const [inserted] = await db.insert(redemptions).values(row).onConflictDoNothing().returning()
  if (inserted === undefined) return undefined
  await db.insert(redemptionDeliverables).values({ redemptionId: inserted.id, content })
  return inserted
}

export async function updateRedemption(
  db: Database,
  id: string,
  changes: Partial<NewRedemption>,
): Promise<RedemptionRow> {
  const [updated] = await db
    .update(redemptions)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(redemptions.id, id))
    .returning()
  if (updated === undefined) throw new Error(`redemption ${id} vanished`)
  return updated
}

export async function findDeliverable(db: Database, redemptionId: string): Promise<Uint8Array | undefined> {
  const [row] = await db
    .select({ content: redemptionDeliverables.content })
    .from(redemptionDeliverables)
    .where(eq(redemptionDeliverables.redemptionId, redemptionId))
  return row?.content
}

/** The approved claim's money, one statement: reservation → payable, the claim approved, the order redeemed. */
export async function payRedemption(
  db: Database,
  input: { redemptionId: string; transferId: string; actorUserId: string },
): Promise<RedemptionRow> {
  const rows = await withRefusals(
    queryRows<Record<string, unknown>>(
      db,
      sql`SELECT * FROM voucher_redemption_pay(${input.redemptionId}, ${input.transferId}, ${input.actorUserId})`,
    ),
  )
  const row = rows[0]
  if (row === undefined) throw new Error('voucher_redemption_pay returned no row')
  return rowFromDriver(redemptions, row)
}
