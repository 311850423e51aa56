// Writes the generated year of voucher activity. Rows go in as JSON batches; money moves only through the
// database function ledger_transfer(), many calls to a statement, replayed in an order where every call finds the
// money it moves, so that every balance is the sum of its transfers and every check of the function holds.
import { sql } from 'drizzle-orm'
import type { Database } from '../../../db/client'
import { insertInBatches, insertRowsInBatches, type SeedProgress } from '../../../seed/batches'
import { withUserIds } from '../../../seed/support/actors'
import { transferMany, transfersPerBatchMax } from '../ledger.repository'
import { formatRecordNumber } from '../rules'
import {
  ledgerAccounts,
  redemptionDeliverables,
  redemptions,
  serviceProducts,
  settlementPayments,
  settlementRuns,
  voucherClaims,
  voucherNumberCounters,
  voucherOrders,
  voucherSchemeAppropriations,
  voucherSchemes,
  vouchers,
} from '../vouchers.tables'
import type { SeedTransfer, VoucherDemoData } from './types'

const transferStatementsMax = 500

export interface VoucherSeedSummary {
  voucherSchemes: number
  serviceProducts: number
  voucherClaims: number
  vouchers: number
  voucherOrders: number
  redemptions: number
  settlementRuns: number
  ledgerTransfers: number
}

async function replayTransfers(
  db: Database,
  transfers: readonly SeedTransfer[],
  onProgress: SeedProgress | undefined,
): Promise<void> {
  const stage = 'ledger transfers'
  // Batches of one kind each, in the given order, at most transfersPerBatchMax transfers apiece.
  const batches: SeedTransfer[][] = []
  for (const transfer of transfers) {
    const last = batches.at(-1)
    if (last !== undefined && last.length < transfersPerBatchMax && last[0]?.kind === transfer.kind) {
      last.push(transfer)
    } else {
      batches.push([transfer])
    }
  }
  if (batches.length > transferStatementsMax)
    throw new Error(`${transfers.length} transfers exceed the bound`)
  onProgress?.(stage, 0, transfers.length)
  let done = 0
  for (const batch of batches) {
    await transferMany(
      db,
      // Each entry carries the moment its act happened (issue, order, redemption, settlement, lapse).
      batch.map(({ atMs, ...transfer }) => ({ ...transfer, transferId: transfer.id, at: new Date(atMs) })),
    )
    done += batch.length
    onProgress?.(stage, done, transfers.length)
  }
}

/** Claims or orders with their numbers, serials in the order they were made, as the live path would have given. */
function numbered<Row extends { id: string; createdAt?: Date | undefined }>(
  rows: readonly Row[],
  prefix: string,
): (Row & { number: string })[] {
  const made = [...rows].sort(
    (one, other) =>
      (one.createdAt?.getTime() ?? 0) - (other.createdAt?.getTime() ?? 0) || (one.id < other.id ? -1 : 1),
  )
  const serialById = new Map(made.map((row, index) => [row.id, index + 1]))
  return rows.map((row) => {
    if (row.createdAt === undefined) throw new Error(`seed row ${row.id} has no moment`)
    return { ...row, number: formatRecordNumber(prefix, row.createdAt, serialById.get(row.id) ?? 0) }
  })
}

/** Inserts the voucher data after the registry rows and the demo accounts, in the caller's transaction. */
export async function insertVoucherData(
  db: Database,
  generated: VoucherDemoData,
  userIdByUsername: ReadonlyMap<string, string>,
  onProgress?: SeedProgress,
): Promise<VoucherSeedSummary> {
  const resolve = <Row extends object>(rows: readonly Row[]) => withUserIds(rows, userIdByUsername)
  const data = {
    ...generated,
    appropriations: resolve(generated.appropriations),
    claims: resolve(generated.claims),
    orders: resolve(generated.orders),
    redemptions: resolve(generated.redemptions),
    settlementRuns: resolve(generated.settlementRuns),
    transfers: resolve(generated.transfers),
  }
  // Accounts open at zero; only ledger_transfer() moves their balances.
  await insertInBatches(db, ledgerAccounts, data.ledgerAccounts, 'ledger accounts', onProgress)
  await insertInBatches(db, voucherSchemes, data.schemes, 'voucher schemes', onProgress)
  await insertInBatches(db, serviceProducts, data.products, 'service products', onProgress)
  await replayTransfers(db, data.transfers, onProgress)
  await insertInBatches(db, voucherSchemeAppropriations, data.appropriations, 'appropriations', onProgress)
  await insertInBatches(db, voucherClaims, numbered(data.claims, 'SQ'), 'voucher claims', onProgress)
  await insertInBatches(db, vouchers, data.vouchers, 'vouchers', onProgress)
  await insertInBatches(db, voucherNumberCounters, data.voucherNumberCounters, 'voucher numbers', onProgress)
  await insertInBatches(db, voucherOrders, numbered(data.orders, 'DD'), 'voucher orders', onProgress)
  // the live paths number from here on (platform_record_number with these sequences)
  await db.execute(sql`SELECT setval('voucher_claim_number_serial', ${data.claims.length + 1}, false),
                              setval('voucher_order_number_serial', ${data.orders.length + 1}, false)`)
  await insertInBatches(db, settlementRuns, data.settlementRuns, 'settlement runs', onProgress)
  await insertInBatches(db, redemptions, data.redemptions, 'redemptions', onProgress)
  await insertRowsInBatches(
    db,
    redemptionDeliverables,
    data.deliverables.map((deliverable) => ({
      redemptionId: deliverable.redemptionId,
      content: `\\x${Buffer.from(deliverable.content).toString('hex')}`,
    })),
    'deliverables',
    onProgress,
  )
  await insertInBatches(db, settlementPayments, data.settlementPayments, 'settlement payments', onProgress)
  return {
    voucherSchemes: data.schemes.length,
    serviceProducts: data.products.length,
    voucherClaims: data.claims.length,
    vouchers: data.vouchers.length,
    voucherOrders: data.orders.length,
    redemptions: data.redemptions.length,
    settlementRuns: data.settlementRuns.length,
    ledgerTransfers: data.transfers.length,
  }
}
