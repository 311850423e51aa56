// The vouchers module's doors in SQL: what other modules' SQL may read of it. A view here is a published contract:
// add columns freely, remove or rename one only with its readers.
import { eq, sql } from 'drizzle-orm'
import { pgView } from 'drizzle-orm/pg-core'
import { flowViewColumns } from '../../db/flow-view'
import { ledgerAccounts, redemptions, voucherClaims, voucherOrders, vouchers } from './vouchers.tables'

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

/** Each claim for a voucher with its city and state, and what was approved when: the officers' review queue. */
export const voucherClaimQueue = pgView('voucher_claim_queue').as((query) =>
  query
    .select({
      id: voucherClaims.id,
      firmId: voucherClaims.firmId,
      cityCode: voucherClaims.cityCode,
      status: voucherClaims.status,
      approvedAmountFen: voucherClaims.approvedAmountFen,
      decidedAt: voucherClaims.decidedAt,
    })
    .from(voucherClaims),
)

/** Each redemption claim with its parties, cities, state and amount: the queues of officers, providers and firms. */
export const voucherRedemptionQueue = pgView('voucher_redemption_queue').as((query) =>
  query
    .select({
      id: redemptions.id,
      firmId: redemptions.firmId,
      providerId: redemptions.providerId,
      issuerCityCode: redemptions.issuerCityCode,
      providerCityCode: redemptions.providerCityCode,
      status: redemptions.status,
      amountFen: redemptions.amountFen,
      decidedAt: redemptions.decidedAt,
    })
    .from(redemptions),
)

/** Each voucher order with both parties and its state: what a provider has to deliver. */
export const voucherOrderParties = pgView('voucher_order_parties').as((query) =>
  query
    .select({
      id: voucherOrders.id,
      firmId: voucherOrders.firmId,
      providerId: voucherOrders.providerId,
      issuerCityCode: voucherOrders.issuerCityCode,
      providerCityCode: voucherOrders.providerCityCode,
      status: voucherOrders.status,
    })
    .from(voucherOrders),
)

/**
 * Each voucher with what is left to spend on it; expired is derived from expires_at as the wallet derives it
 * (the stored status stays active until the lapse moves the balance back).
 */
export const voucherHoldings = pgView('voucher_holdings').as((query) =>
  query
    .select({
      id: vouchers.id,
      firmId: vouchers.firmId,
      cityCode: vouchers.cityCode,
      amountFen: vouchers.amountFen,
      status: vouchers.status,
      issuedAt: vouchers.issuedAt,
      expiresAt: vouchers.expiresAt,
      availableFen: ledgerAccounts.balanceFen,
    })
    .from(vouchers)
    .innerJoin(ledgerAccounts, eq(ledgerAccounts.id, vouchers.accountId)),
)
