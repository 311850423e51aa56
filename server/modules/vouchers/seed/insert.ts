// Writes the generated year of voucher activity. Rows go in as JSON batches; money moves only through the
// database function ledger_transfer(), many calls to a statement, replayed in an order where every call finds the
// money it moves, so that every balance is the sum of its transfers and every check of the function holds.
import type { Database } from '../../../db/client'
import { insertInBatches, insertRowsInBatches, type SeedProgress } from '../../../seed/batches'
import { withUserIds } from '../../../seed/support/actors'
import { transferMany, transfersPerBatchMax } from '../ledger.repository'
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
      batch.map((transfer) => ({ ...transfer, transferId: transfer.id })),
    )
    done += batch.length
    onProgress?.(stage, done, transfers.length)
  }
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
  await insertInBatches(db, voucherClaims, data.claims, 'voucher claims', onProgress)
  await insertInBatches(db, vouchers, data.vouchers, 'vouchers', onProgress)
  await insertInBatches(db, voucherNumberCounters, data.voucherNumberCounters, 'voucher numbers', onProgress)
  await insertInBatches(db, voucherOrders, data.orders, 'voucher orders', onProgress)
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
