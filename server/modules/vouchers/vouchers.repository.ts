// SQL for vouchers: issue, number serials, reads with their ledger balances, and a firm's holdings.
import { and, eq, getTableColumns, gt, lte, sql, type SQL } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import { queryRows, type Database } from '../../db/client'
import { equalsEachGiven } from '../../db/conditions'
import { firstRow } from '../../db/records'
import { numberStartsWith, sortedList } from '../../db/sorted'
import type { SortedPageRequest } from '../../platform/http/list'
import type { OrderStatus, VoucherStatus } from './vouchers.reference'
import { ledgerAccounts, voucherNumberCounters, voucherSchemes, vouchers } from './vouchers.tables'

export type VoucherRow = typeof vouchers.$inferSelect
export interface VoucherWithBalances extends VoucherRow {
  availableFen: number
  reservedFen: number
  /** the holder's and the scheme's names, read in the voucher's own statement so that a list names every row */
  firmNameZh: string
  firmNameEn: string
  schemeNameZh: string
  schemeNameEn: string
}

export interface VoucherFilter {
  cityCode?: string | undefined
  firmId?: string | undefined
  schemeId?: string | undefined
  status?: VoucherStatus | undefined
  /** the voucher's number, or its beginning */
  q?: string | undefined
}

/** The columns a voucher list sorts by (VoucherQuery's sort). */
export const voucherSortColumns = {
  issuedAt: vouchers.issuedAt,
  amountFen: vouchers.amountFen,
  expiresAt: vouchers.expiresAt,
}
export type VoucherSortKey = keyof typeof voucherSortColumns

const availableAccount = alias(ledgerAccounts, 'available_account')
const reservationAccount = alias(ledgerAccounts, 'reservation_account')

function selectWithBalances(db: Database) {
  return (
    db
      .select({
        ...getTableColumns(vouchers),
        availableFen: availableAccount.balanceFen,
        reservedFen: reservationAccount.balanceFen,
        firmNameZh: sql<string>`coalesce(voucher_firm.name_zh, ${vouchers.holderNameZh})`,
        firmNameEn: sql<string>`coalesce(voucher_firm.name_en, ${vouchers.holderNameZh})`,
        schemeNameZh: voucherSchemes.nameZh,
        schemeNameEn: voucherSchemes.nameEn,
      })
      .from(vouchers)
      .innerJoin(availableAccount, eq(availableAccount.id, vouchers.accountId))
      .innerJoin(reservationAccount, eq(reservationAccount.id, vouchers.reservationAccountId))
      .innerJoin(voucherSchemes, eq(voucherSchemes.id, vouchers.schemeId))
      // the registry's published view (boundaries.test.ts), never its firms table
      .leftJoin(sql`registry_firm_facts voucher_firm`, sql`voucher_firm.id = ${vouchers.firmId}`)
  )
}

export function findVoucher(db: Database, id: string): Promise<VoucherWithBalances | undefined> {
  return firstRow(selectWithBalances(db).where(eq(vouchers.id, id)).limit(1))
}

export function findVoucherByNumber(db: Database, number: string): Promise<VoucherWithBalances | undefined> {
  return firstRow(selectWithBalances(db).where(eq(vouchers.number, number)).limit(1))
}

function statusCondition(status: VoucherStatus | undefined): SQL | undefined {
  switch (status) {
    case undefined:
      return undefined
    case 'active':
      return and(eq(vouchers.status, 'active'), gt(vouchers.expiresAt, sql`now()`))
    case 'expired':
      return and(eq(vouchers.status, 'active'), lte(vouchers.expiresAt, sql`now()`))
    case 'lapsed':
      return eq(vouchers.status, 'lapsed')
  }
}

/** One sorted page of vouchers and how many match, counted up to the request's bound. */
export async function listVouchers(
  db: Database,
  filter: VoucherFilter,
  page: SortedPageRequest<VoucherSortKey>,
): Promise<{ rows: VoucherWithBalances[]; total: number }> {
  const conditions = [
    ...equalsEachGiven(vouchers, filter, ['cityCode', 'firmId', 'schemeId']),
    statusCondition(filter.status),
    numberStartsWith(vouchers.number, filter.q),
  ]
  return sortedList(
    db,
    {
      select: selectWithBalances(db).$dynamic(),
      table: vouchers,
      sortColumns: voucherSortColumns,
      id: vouchers.id,
    },
    page,
    conditions,
  )
}

/** The next serial of a city's voucher numbers in a year; the counter row's lock makes serials unique. */
export async function nextVoucherSerial(db: Database, cityCode: string, year: number): Promise<number> {
  const [row] = await db
    .insert(voucherNumberCounters)
    .values({ cityCode, year, lastSerial: 1 })
    .onConflictDoUpdate({
      target: [voucherNumberCounters.cityCode, voucherNumberCounters.year],
      set: { lastSerial: sql`${voucherNumberCounters.lastSerial} + 1` },
    })
    .returning({ lastSerial: voucherNumberCounters.lastSerial })
  if (row === undefined) throw new Error('voucher number counter returned nothing')
  return row.lastSerial
}

export async function insertVoucher(db: Database, row: typeof vouchers.$inferInsert): Promise<VoucherRow> {
  const [inserted] = await db.insert(vouchers).values(row).returning()
  if (inserted === undefined) throw new Error('voucher insert returned nothing')
  return inserted
}

/** The order states whose voucher share the utilisation gate counts as used: the provider has stated delivery. */
const usedOrderStatuses = sql.raw(
  (['delivered', 'redeemed'] as const satisfies readonly OrderStatus[])
    .map((status) => `'${status}'`)
    .join(', '),
)

/**
 * What a firm holds under a scheme, for the utilisation gate: the face value of its live vouchers (active, not
 * expired) and the voucher share of their delivered orders, redeemed or awaiting redemption. Money only reserved
 * is not used: an order can be placed to pass the gate and cancelled once the new claim is in.
 */
export async function holdingsOf(
  db: Database,
  schemeId: string,
  firmId: string,
): Promise<{ heldFen: number; usedFen: number }> {
  const rows = await queryRows<{ held_fen: string | number; used_fen: string | number }>(
    db,
    sql`SELECT coalesce(sum(v.amount_fen), 0) AS held_fen, coalesce(sum(o.delivered_fen), 0) AS used_fen
          FROM vouchers v
          LEFT JOIN LATERAL (SELECT sum(voucher_share_fen) AS delivered_fen FROM voucher_orders
                              WHERE voucher_id = v.id AND status IN (${usedOrderStatuses})) o ON true
         WHERE v.scheme_id = ${schemeId} AND v.firm_id = ${firmId}
           AND v.status = 'active' AND v.expires_at > now()`,
  )
  return { heldFen: Number(rows[0]?.held_fen ?? 0), usedFen: Number(rows[0]?.used_fen ?? 0) }
}
