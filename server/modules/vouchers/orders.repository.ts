// SQL for voucher orders; placing one is a single call of the database function voucher_order_reserve.
import { and, eq, getTableColumns, ne, or, sql } from 'drizzle-orm'
import { runKeyedBatch, type KeyedBatch } from '../../platform/batching'
import { queryRows, type Database } from '../../db/client'
import { eitherEqualsWhenGiven, equalsEachGiven } from '../../db/conditions'
import { preparedStatement } from '../../db/prepared'
import { recordsOf } from '../../db/records'
import { numberStartsWith, sortedList } from '../../db/sorted'
import type { SortedPageRequest } from '../../platform/http/list'
import { rowFromDriver } from '../../db/rows'
import { withRefusals } from '../../platform/refusals'
import { keyedOutcomeOf, type KeyClaim, type KeyedOutcome } from '../../platform/idempotency'
import { serviceProducts, voucherOrders, vouchers } from './vouchers.tables'

export type OrderRow = typeof voucherOrders.$inferSelect

/** The names an order refers to, both languages: its firm, its provider and what it pays for. */
export interface OrderNames {
  firmNameZh: string
  firmNameEn: string
  providerNameZh: string
  providerNameEn: string
  /** the product ordered, or the instrument of the booking the order pays for */
  subjectNameZh: string
  subjectNameEn: string
  /** the number of the voucher the order spends */
  voucherNumber: string
}
export type NamedOrderRow = OrderRow & OrderNames

/**
 * Orders with their names, read in the same statement (a list names every row without a lookup per row): the
 * registry's and the instruments module's published views, never their tables (boundaries.test.ts).
 */
function selectNamedOrders(db: Database) {
  return db
    .select({
      ...getTableColumns(voucherOrders),
      firmNameZh: sql<string>`coalesce(order_firm.name_zh, '')`.as('firm_name_zh'),
      firmNameEn: sql<string>`coalesce(order_firm.name_en, '')`.as('firm_name_en'),
      providerNameZh: sql<string>`coalesce(order_provider.name_zh, '')`.as('provider_name_zh'),
      providerNameEn: sql<string>`coalesce(order_provider.name_en, '')`.as('provider_name_en'),
      subjectNameZh: sql<string>`coalesce(${serviceProducts.nameZh}, order_instrument.name_zh, '')`.as(
        'subject_name_zh',
      ),
      subjectNameEn: sql<string>`coalesce(${serviceProducts.nameEn}, order_instrument.name_en, '')`.as(
        'subject_name_en',
      ),
      voucherNumber: vouchers.number,
    })
    .from(voucherOrders)
    .innerJoin(vouchers, eq(vouchers.id, voucherOrders.voucherId))
    .leftJoin(serviceProducts, eq(serviceProducts.id, voucherOrders.productId))
    .leftJoin(sql`registry_firm_facts order_firm`, sql`order_firm.id = ${voucherOrders.firmId}`)
    .leftJoin(
      sql`registry_provider_standing order_provider`,
      sql`order_provider.id = ${voucherOrders.providerId}`,
    )
    .leftJoin(
      sql`instrument_organisation_bookings order_booking`,
      sql`${voucherOrders.sourceKind} = 'instrument_booking' AND order_booking.id = ${voucherOrders.sourceId}`,
    )
    .leftJoin(
      sql`instrument_open_catalogue order_instrument`,
      sql`order_instrument.id = order_booking.instrument_id`,
    )
}

/** Each order's names by its id, for a list of another record that refers to orders (redemption claims). */
export function orderNamesSubquery(db: Database) {
  return selectNamedOrders(db).as('named_order')
}

export interface OrderFilter {
  /** the issuing city or the provider's city */
  cityCode?: string | undefined
  firmId?: string | undefined
  providerId?: string | undefined
  voucherId?: string | undefined
  status?: string | undefined
  /** the number of the voucher the order spends, or its beginning */
  q?: string | undefined
}

/** An order is found by its own number (DD-…) or by the number of the voucher it spends. */
function numberSearch(q: string | undefined) {
  const ownNumber = numberStartsWith(voucherOrders.number, q)
  const voucherNumber = numberStartsWith(vouchers.number, q)
  if (ownNumber === undefined || voucherNumber === undefined) return undefined
  return or(
    ownNumber,
    sql`${voucherOrders.voucherId} IN (SELECT ${vouchers.id} FROM ${vouchers} WHERE ${voucherNumber})`,
  )
}

/** The columns an order list sorts by (OrderQuery's sort). */
export const orderSortColumns = {
  createdAt: voucherOrders.createdAt,
  amountFen: voucherOrders.amountFen,
  status: voucherOrders.status,
}
export type OrderSortKey = keyof typeof orderSortColumns

const orders = recordsOf(voucherOrders, voucherOrders.id)
export const findOrder = orders.find
/** Locks the order until the transaction ends: a cancellation and another change take turns. */
export const lockOrder = orders.lock

/** One sorted page of orders and how many match, counted up to the request's bound. */
export async function listOrders(
  db: Database,
  filter: OrderFilter,
  page: SortedPageRequest<OrderSortKey>,
): Promise<{ rows: NamedOrderRow[]; total: number }> {
  const conditions = [
    eitherEqualsWhenGiven([voucherOrders.issuerCityCode, voucherOrders.providerCityCode], filter.cityCode),
    ...equalsEachGiven(voucherOrders, filter, ['firmId', 'providerId', 'voucherId', 'status']),
    numberSearch(filter.q),
  ]
  return sortedList(
    db,
    {
      select: selectNamedOrders(db).$dynamic(),
      table: voucherOrders,
      sortColumns: orderSortColumns,
      id: voucherOrders.id,
    },
    page,
    conditions,
  )
}

export async function markCancelled(
  db: Database,
  id: string,
  cancellation: { cancelReason: string | null; cancelledByUserId: string; cancelledAt: Date },
): Promise<void> {
  await db
    .update(voucherOrders)
    .set({ ...cancellation, status: 'cancelled', updatedAt: cancellation.cancelledAt })
    .where(eq(voucherOrders.id, id))
}

export interface ReserveInput {
  orderId: string
  transferId: string
  voucherId: string
  firmId: string
  productId: string
  quantity: number
  requestedShareFen: number | null
  actorUserId: string
}

const reserveStatement = preparedStatement<ReserveInput>(
  'voucher_order_reserve',
  (parameter) =>
    sql`SELECT * FROM voucher_order_reserve(${parameter('orderId')}, ${parameter('transferId')},
        ${parameter('voucherId')}, ${parameter('firmId')}, ${parameter('productId')}, ${parameter('quantity')}::integer,
        ${parameter('requestedShareFen')}::bigint, ${parameter('actorUserId')})`,
)

/** The hot path: one statement that checks, reserves, records the order and its audit record, or refuses. */
export async function reserveOrder(db: Database, input: ReserveInput): Promise<OrderRow> {
  const rows = await withRefusals(reserveStatement.rows<Record<string, unknown>>(db, input))
  const row = rows[0]
  if (row === undefined) throw new Error('voucher_order_reserve returned no row')
  return rowFromDriver(voucherOrders, row)
}

const reserveOnceStatement = preparedStatement<ReserveInput & KeyClaim>(
  'voucher_order_reserve_once',
  (parameter) =>
    sql`SELECT r.idempotency_outcome, r.stored_status, r.stored_body, r.stored_content_type, r.refusal_code,
               r.refusal_details, (r.placed).*
          FROM voucher_order_reserve_once(${parameter('principalKey')}, ${parameter('key')}, ${parameter('method')},
               ${parameter('path')}, ${parameter('requestHash')}, ${parameter('orderId')}, ${parameter('transferId')},
               ${parameter('voucherId')}, ${parameter('firmId')}, ${parameter('productId')},
               ${parameter('quantity')}::integer, ${parameter('requestedShareFen')}::bigint,
               ${parameter('actorUserId')}) AS r`,
)

/**
 * The same hot path with an Idempotency-Key, still one statement: the key is written as completed, pointing at the
 * order, together with the order; a retry with the key gets the order again (or the stored refusal of an earlier
 * attempt), and concurrent retries wait for the first one's commit on the key's unique index.
 */
export async function reserveOrderOnce(
  db: Database,
  input: ReserveInput,
  claim: KeyClaim,
): Promise<KeyedOutcome<OrderRow>> {
  const rows = await withRefusals(
    reserveOnceStatement.rows<Record<string, unknown>>(db, { ...input, ...claim }),
  )
  const row = rows[0]
  if (row === undefined) throw new Error('voucher_order_reserve_once returned no row')
  return keyedOutcomeOf(row, (placed) => rowFromDriver(voucherOrders, placed))
}

/** One request of a batch: the order to place and, with an Idempotency-Key, its claim. */
export interface PlacementRequest {
  reservation: ReserveInput
  claim: KeyClaim | null
}

const reserveBatchStatement = preparedStatement<{ requests: string }>(
  'voucher_order_reserve_batch',
  (parameter) =>
    sql`SELECT r.request_position, r.idempotency_outcome, r.stored_status, r.stored_body, r.stored_content_type,
               r.refusal_code, r.refusal_details, (r.placed).*
          FROM voucher_order_reserve_batch(${parameter('requests')}::jsonb) AS r`,
)

const placementBatch: KeyedBatch<PlacementRequest, OrderRow> = {
  statement: reserveBatchStatement,
  requestJson: ({ reservation, claim }, position) => ({
    position,
    ...reservation,
    ...(claim ?? { key: null }),
  }),
  entityOf: (placed) => rowFromDriver(voucherOrders, placed),
  runAlone: async (db, { reservation, claim }) =>
    claim === null
      ? { kind: 'done', entity: await reserveOrder(db, reservation) }
      : reserveOrderOnce(db, reservation, claim),
}

/**
 * Many orders in one statement and one commit (group commit, voucher_order_reserve_batch() of migration 0017).
 * Each request is answered on its own, as reserveOrderOnce would answer it alone: its order, its key's earlier
 * outcome, or its refusal as the coded error.
 */
export function reserveOrdersOnce(db: Database, requests: readonly PlacementRequest[]) {
  return runKeyedBatch(db, placementBatch, requests)
}

/** The provider's redemption claim is its statement of delivery. */
export async function markDelivered(db: Database, id: string): Promise<void> {
  await db
    .update(voucherOrders)
    .set({ status: 'delivered', updatedAt: new Date() })
    .where(eq(voucherOrders.id, id))
}

export interface ReserveForSourceInput {
  orderId: string
  transferId: string
  voucherId: string
  firmId: string
  providerId: string
  category: string
  sourceKind: string
  sourceId: string
  amountFen: number
  requestedShareFen: number | null
  actorUserId: string
}

/** The same hot path for another module's record: one unit priced at its amount. */
export async function reserveForSource(db: Database, input: ReserveForSourceInput): Promise<OrderRow> {
  const rows = await withRefusals(
    queryRows<Record<string, unknown>>(
      db,
      sql`SELECT * FROM voucher_order_reserve_for(${input.orderId}, ${input.transferId}, ${input.voucherId},
        ${input.firmId}, ${input.providerId}, ${input.category}, NULL, ${input.sourceKind}, ${input.sourceId},
        1, ${input.amountFen}::bigint, ${input.requestedShareFen}::bigint, ${input.actorUserId})`,
    ),
  )
  const row = rows[0]
  if (row === undefined) throw new Error('voucher_order_reserve_for returned no row')
  return rowFromDriver(voucherOrders, row)
}

/** The live order paying for a source record, locked until the transaction ends. */
export async function lockOrderOfSource(
  db: Database,
  sourceKind: string,
  sourceId: string,
): Promise<OrderRow | undefined> {
  const [row] = await db
    .select()
    .from(voucherOrders)
    .where(
      and(
        eq(voucherOrders.sourceKind, sourceKind),
        eq(voucherOrders.sourceId, sourceId),
        ne(voucherOrders.status, 'cancelled'),
      ),
    )
    .for('update')
  return row
}
