// SQL for redemption claims (兑付): the claim with its deliverable, the firm's confirmation, spot checks, and the
// approval's money, which is one call of the database function voucher_redemption_pay.
import { and, eq, getTableColumns, ne, or, sql } from 'drizzle-orm'
import { queryRows, type Database } from '../../db/client'
import { eitherEqualsWhenGiven, equalsEachGiven, type FilterOf } from '../../db/conditions'
import { recordsOf } from '../../db/records'
import { rowFromDriver } from '../../db/rows'
import { numberStartsWith, sortedList } from '../../db/sorted'
import type { SortedPageRequest } from '../../platform/http/list'
import { withRefusals } from '../../platform/refusals'
import { orderNamesSubquery } from './orders.repository'
import { redemptionDeliverables, redemptions, voucherOrders } from './vouchers.tables'

export type RedemptionRow = typeof redemptions.$inferSelect
/** A claim as a list shows it: what the order it redeems paid for, and the firm and the provider, named. */
export interface NamedRedemptionRow extends RedemptionRow {
  category: (typeof voucherOrders.$inferSelect)['category']
  firmNameZh: string
  firmNameEn: string
  providerNameZh: string
  providerNameEn: string
  subjectNameZh: string
  subjectNameEn: string
}

/** Claims with their order's names, in the same statement (no lookup per row). */
function selectNamedRedemptions(db: Database) {
  const order = orderNamesSubquery(db)
  return db
    .select({
      ...getTableColumns(redemptions),
      category: order.category,
      firmNameZh: order.firmNameZh,
      firmNameEn: order.firmNameEn,
      providerNameZh: order.providerNameZh,
      providerNameEn: order.providerNameEn,
      subjectNameZh: order.subjectNameZh,
      subjectNameEn: order.subjectNameEn,
    })
    .from(redemptions)
    .innerJoin(order, eq(order.id, redemptions.orderId))
}
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
  /** a contract or invoice number, or its beginning */
  q?: string | undefined
}

const redemptionRecords = recordsOf(redemptions, redemptions.id)
export const findRedemption = redemptionRecords.find
/** Locks the claim until the transaction ends: a confirmation, a spot check and a decision take turns. */
export const lockRedemption = redemptionRecords.lock
export const updateRedemption = redemptionRecords.change

/** The columns a redemption list sorts by (RedemptionQuery's sort). */
export const redemptionSortColumns = {
  createdAt: redemptions.createdAt,
  amountFen: redemptions.amountFen,
  status: redemptions.status,
}
export type RedemptionSortKey = keyof typeof redemptionSortColumns

/** A claim is found by its contract or invoice number as people quote them (either, or its beginning). */
function numberSearch(q: string | undefined) {
  const contract = numberStartsWith(sql`upper(${redemptions.contractNumber})`, q)
  const invoice = numberStartsWith(redemptions.invoiceNumber, q)
  return contract === undefined || invoice === undefined ? undefined : or(contract, invoice)
}

/** One sorted page of redemption claims and how many match, counted up to the request's bound. */
export async function listRedemptions(
  db: Database,
  filter: RedemptionFilter,
  page: SortedPageRequest<RedemptionSortKey>,
): Promise<{ rows: NamedRedemptionRow[]; total: number }> {
  const conditions = [
    eitherEqualsWhenGiven([redemptions.issuerCityCode, redemptions.providerCityCode], filter.cityCode),
    ...equalsEachGiven(redemptions, filter, redemptionFilterFields),
    numberSearch(filter.q),
  ]
  return sortedList(
    db,
    {
      select: selectNamedRedemptions(db).$dynamic(),
      table: redemptions,
      sortColumns: redemptionSortColumns,
      id: redemptions.id,
    },
    page,
    conditions,
  )
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
