// The vouchers module's doors in SQL: what other modules' SQL may read of it. A view here is a published contract:
// add columns freely, remove or rename one only with its readers.
import { pgView } from 'drizzle-orm/pg-core'
import { ledgerAccounts, voucherOrders } from './vouchers.tables'

/** Each voucher order of a firm: which city's voucher paid which city's provider, how much, and how it stands. */
export const voucherFirmOrders = pgView('voucher_firm_orders').as((query) =>
  query
    .select({
      id: voucherOrders.id,
      firmId: voucherOrders.firmId,
      issuerCityCode: voucherOrders.issuerCityCode,
      providerCityCode: voucherOrders.providerCityCode,
      voucherShareFen: voucherOrders.voucherShareFen,
      status: voucherOrders.status,
      createdAt: voucherOrders.createdAt,
    })
    .from(voucherOrders),
)

/** Each ledger account's balance: a policy item's budget, a firm's awards, a scheme's budget. */
export const ledgerAccountBalances = pgView('ledger_account_balances').as((query) =>
  query
    .select({
      id: ledgerAccounts.id,
      kind: ledgerAccounts.kind,
      ownerId: ledgerAccounts.ownerId,
      cityCode: ledgerAccounts.cityCode,
      balanceFen: ledgerAccounts.balanceFen,
    })
    .from(ledgerAccounts),
)
