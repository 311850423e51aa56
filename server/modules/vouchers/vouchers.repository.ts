// SQL for vouchers: issue, number serials, reads with their ledger balances, and a firm's holdings.
import { and, eq, getTableColumns, gt, lte, sql, type SQL } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import { queryRows, type Database } from '../../db/client'
import { equalsEachGiven } from '../../db/conditions'
import { firstRow, keysetPage } from '../../db/records'
import type { VoucherStatus } from './vouchers.reference'
import { ledgerAccounts, voucherNumberCounters, vouchers } from './vouchers.tables'

export type VoucherRow = typeof vouchers.$inferSelect
export interface VoucherWithBalances extends VoucherRow {
  availableFen: number
  reservedFen: number
}

export interface VoucherFilter {
  cityCode?: string | undefined
  firmId?: string | undefined
  schemeId?: string | undefined
  status?: VoucherStatus | undefined
}

const availableAccount = alias(ledgerAccounts, 'available_account')
const reservationAccount = alias(ledgerAccounts, 'reservation_account')

function selectWithBalances(db: Database) {
  return db
    .select({
      ...getTableColumns(vouchers),
      availableFen: availableAccount.balanceFen,
      reservedFen: reservationAccount.balanceFen,
    })
    .from(vouchers)
    .innerJoin(availableAccount, eq(availableAccount.id, vouchers.accountId))
    .innerJoin(reservationAccount, eq(reservationAccount.id, vouchers.reservationAccountId))
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

export function listVouchers(
  db: Database,
  filter: VoucherFilter,
  after: string | null,
  limit: number,
): Promise<VoucherWithBalances[]> {
  return keysetPage(selectWithBalances(db).$dynamic(), vouchers.id, { after, limit }, [
    ...equalsEachGiven(vouchers, filter, ['cityCode', 'firmId', 'schemeId']),
    statusCondition(filter.status),
  ])
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

/**
 * What a firm holds under a scheme, for the utilisation gate: the face value of its live vouchers (active, not
 * expired) and how much of it is no longer available (reserved by orders or spent).
 */
export async function holdingsOf(
  db: Database,
  schemeId: string,
  firmId: string,
): Promise<{ heldFen: number; usedFen: number }> {
  const rows = await queryRows<{ held_fen: string | number; used_fen: string | number }>(
    db,
    sql`SELECT coalesce(sum(v.amount_fen), 0) AS held_fen, coalesce(sum(v.amount_fen - a.balance_fen), 0) AS used_fen
          FROM vouchers v JOIN ledger_accounts a ON a.id = v.account_id
         WHERE v.scheme_id = ${schemeId} AND v.firm_id = ${firmId}
           AND v.status = 'active' AND v.expires_at > now()`,
  )
  return { heldFen: Number(rows[0]?.held_fen ?? 0), usedFen: Number(rows[0]?.used_fen ?? 0) }
}
