// The vouchers module's doors in SQL: what other modules' SQL may read of it. A view here is a published contract:
// add columns freely, remove or rename one only with its readers.
import { sql } from 'drizzle-orm'
import { pgView } from 'drizzle-orm/pg-core'
import { flowViewColumns } from '../../db/flow-view'
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

/** Voucher money committed across the corridor (orders not cancelled): the issuing city pays a provider's city. */
export const voucherCityFlows = pgView('voucher_city_flows', flowViewColumns).as(
  sql`SELECT id AS record_id, 'voucher'::text AS kind, created_at AS occurred_at,
        issuer_city_code AS from_city_code, provider_city_code AS to_city_code, voucher_share_fen AS value,
        firm_id AS party_id, provider_id AS counterparty_id
      FROM voucher_orders WHERE status <> 'cancelled'`,
)
