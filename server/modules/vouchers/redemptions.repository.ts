// SQL for redemption claims (兑付): the claim with its deliverable, the firm's confirmation, spot checks, and the
// approval's money, which is one call of the database function voucher_redemption_pay.
import { and, eq, ne, sql } from 'drizzle-orm'
import { queryRows, type Database } from '../../db/client'
import { eitherEqualsWhenGiven, equalsEachGiven, type FilterOf } from '../../db/conditions'
import { recordsOf } from '../../db/records'
import { rowFromDriver } from '../../db/rows'
import { withRefusals } from '../../platform/refusals'
import { redemptionDeliverables, redemptions } from './vouchers.tables'

export type RedemptionRow = typeof redemptions.$inferSelect
type NewRedemption = typeof redemptions.$inferInsert

/** What a list of claims is filtered on, each the claim's column of the same name; and either city. */
const redemptionFilterFields = [
  'issuerCityCode',
  'firmId',
  'providerId',
  'orderId',
  'settlementRunId',
  'status',
] as const
export interface RedemptionFilter extends FilterOf<typeof redemptionFilterFields> {
  /** the issuing city or the provider's city */
  cityCode?: string | undefined
}

const redemptionRecords = recordsOf(redemptions, redemptions.id)
export const findRedemption = redemptionRecords.find
/** Locks the claim until the transaction ends: a confirmation, a spot check and a decision take turns. */
export const lockRedemption = redemptionRecords.lock
export const updateRedemption = redemptionRecords.change

export function listRedemptions(db: Database, filter: RedemptionFilter, after: string | null, limit: number) {
  return redemptionRecords.page(db, { after, limit }, [
    eitherEqualsWhenGiven([redemptions.issuerCityCode, redemptions.providerCityCode], filter.cityCode),
    ...equalsEachGiven(redemptions, filter, redemptionFilterFields),
  ])
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
