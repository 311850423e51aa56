// Tables of the vouchers module: schemes, appropriations, claims, vouchers, service products, orders, and the
// double-entry ledger that holds the money. Money is integer fen in bigint columns named …_fen.
import { sql, type SQL } from 'drizzle-orm'
import {
  boolean,
  check,
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  pgSequence,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core'
import { bytea, instant, money, recordStamps, reference, stamps } from '../../db/columns'
import { oneOf } from '../../db/checks'
import { recordNumberSql } from '../../db/record-numbers'
// Foreign keys only: the registry's rows are read through its index.ts (and, on the order hot path, by the
// database function voucher_order_reserve, which reads providers.admission_status in the same statement).
import { cities, firms, providers } from '../registry/registry.tables'
import {
  claimStatuses,
  eligibilityCriteria,
  ledgerAccountKinds,
  orderSourceKinds,
  orderStatuses,
  payeeKinds,
  priceUnits,
  redemptionStatuses,
  productStatuses,
  schemeStatuses,
  serviceCategories,
  settlementModels,
  spotCheckResults,
  transferKinds,
  voucherStoredStatuses,
  voucherTypes,
} from './vouchers.reference'

/** A CHECK that a text[] column is a non-empty subset of the listed values. */
function subsetOf(name: string, column: AnyPgColumn, values: readonly string[]) {
  for (const value of values) if (!/^[a-z0-9_]+$/.test(value)) throw new Error(`unsafe enum value ${value}`)
  const allowed: SQL = sql.raw(`ARRAY[${values.map((value) => `'${value}'`).join(', ')}]::text[]`)
  return check(name, sql`cardinality(${column}) > 0 AND ${column} <@ ${allowed}`)
}

export const ledgerAccounts = pgTable(
  'ledger_accounts',
  {
    id: text('id').primaryKey(),
    kind: text('kind').notNull(),
    /** the city code (appropriation), scheme id (budget), voucher id (voucher, reservation) or provider id */
    ownerId: text('owner_id').notNull(),
    cityCode: reference('city_code', () => cities.code),
    balanceFen: money('balance_fen').notNull().default(0),
    createdAt: stamps.createdAt,
  },
  (table) => [
    oneOf('ledger_accounts_kind_check', table.kind, ledgerAccountKinds),
    // The appropriation source funds budgets and so only goes down; everything else never goes below zero.
    check(
      'ledger_accounts_balance_check',
      sql`(${table.kind} = 'appropriation' AND ${table.balanceFen} <= 0)
        OR (${table.kind} <> 'appropriation' AND ${table.balanceFen} >= 0)`,
    ),
    uniqueIndex('ledger_accounts_owner_idx').on(table.kind, table.ownerId),
  ],
)

export const ledgerTransfers = pgTable(
  'ledger_transfers',
  {
    id: text('id').primaryKey(),
    kind: text('kind').notNull(),
    fromAccountId: reference('from_account_id', () => ledgerAccounts.id),
    toAccountId: reference('to_account_id', () => ledgerAccounts.id),
    amountFen: money('amount_fen').notNull(),
    /** the record the transfer belongs to: an appropriation, claim or order id */
    reference: text('reference').notNull(),
    actorUserId: text('actor_user_id'),
    createdAt: stamps.createdAt,
  },
  (table) => [
    oneOf('ledger_transfers_kind_check', table.kind, transferKinds),
    check('ledger_transfers_amount_check', sql`${table.amountFen} > 0`),
    check('ledger_transfers_accounts_check', sql`${table.fromAccountId} <> ${table.toAccountId}`),
    index('ledger_transfers_from_idx').on(table.fromAccountId),
    index('ledger_transfers_to_idx').on(table.toAccountId),
    index('ledger_transfers_reference_idx').on(table.reference),
  ],
)

export const voucherSchemes = pgTable(
  'voucher_schemes',
  {
    id: text('id').primaryKey(),
    /** the issuing city: its officers approve claims and its budget pays */
    cityCode: reference('city_code', () => cities.code),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    voucherType: text('voucher_type').notNull(),
    eligibleFirms: text('eligible_firms').array().notNull(),
    annualBudgetFen: money('annual_budget_fen').notNull(),
    claimCapFen: money('claim_cap_fen').notNull(),
    firmYearCapFen: money('firm_year_cap_fen').notNull(),
    firmTotalCapFen: money('firm_total_cap_fen').notNull(),
    /** the voucher covers at most this share of an order… */
    voucherShareMaxPercent: integer('voucher_share_max_percent').notNull(),
    /** …except that an order priced below this is covered in full (0: never) */
    fullCoverageBelowFen: money('full_coverage_below_fen').notNull().default(0),
    validityDays: integer('validity_days').notNull(),
    serviceCategories: text('service_categories').array().notNull(),
    settlementModel: text('settlement_model').notNull(),
    /** a firm must have used over this share of the vouchers it holds before it claims again (0: no gate) */
    utilisationGatePercent: integer('utilisation_gate_percent').notNull().default(0),
    /** the share of confirmed redemptions drawn (reproducibly) for a spot check before approval */
    spotCheckPercent: integer('spot_check_percent').notNull().default(10),
    /** the cities whose providers the scheme accepts (通用通兑: all nine by default) */
    recognisedCityCodes: text('recognised_city_codes').array().notNull(),
    status: text('status').notNull().default('open'),
    budgetAccountId: reference('budget_account_id', () => ledgerAccounts.id),
    ...recordStamps,
  },
  (table) => [
    oneOf('voucher_schemes_type_check', table.voucherType, voucherTypes),
    oneOf('voucher_schemes_settlement_check', table.settlementModel, settlementModels),
    oneOf('voucher_schemes_status_check', table.status, schemeStatuses),
    subsetOf('voucher_schemes_eligible_check', table.eligibleFirms, eligibilityCriteria),
    subsetOf('voucher_schemes_categories_check', table.serviceCategories, serviceCategories),
    check('voucher_schemes_recognised_check', sql`cardinality(${table.recognisedCityCodes}) > 0`),
    check(
      'voucher_schemes_caps_check',
      sql`${table.annualBudgetFen} > 0 AND ${table.claimCapFen} > 0
        AND ${table.claimCapFen} <= ${table.firmYearCapFen} AND ${table.firmYearCapFen} <= ${table.firmTotalCapFen}`,
    ),
    check(
      'voucher_schemes_rules_check',
      sql`${table.voucherShareMaxPercent} BETWEEN 1 AND 100 AND ${table.fullCoverageBelowFen} >= 0
        AND ${table.validityDays} BETWEEN 1 AND 3660 AND ${table.utilisationGatePercent} BETWEEN 0 AND 99
        AND ${table.spotCheckPercent} BETWEEN 0 AND 100`,
    ),
    index('voucher_schemes_city_idx').on(table.cityCode, table.id),
  ],
)

export const voucherSchemeAppropriations = pgTable(
  'voucher_scheme_appropriations',
  {
    id: text('id').primaryKey(),
    schemeId: reference('scheme_id', () => voucherSchemes.id),
    cityCode: reference('city_code', () => cities.code),
    budgetYear: integer('budget_year').notNull(),
    amountFen: money('amount_fen').notNull(),
    /** the appropriation document (财政拨款文号) */
    documentReference: text('document_reference').notNull(),
    transferId: reference('transfer_id', () => ledgerTransfers.id),
    createdByUserId: text('created_by_user_id').notNull(),
    createdAt: stamps.createdAt,
  },
  (table) => [
    check('voucher_scheme_appropriations_amount_check', sql`${table.amountFen} > 0`),
    check('voucher_scheme_appropriations_year_check', sql`${table.budgetYear} BETWEEN 2000 AND 2100`),
    index('voucher_scheme_appropriations_scheme_idx').on(table.schemeId, table.budgetYear),
  ],
)

// The serials of claim and order numbers (SQ-2026-000123-K, DD-2026-000123-K, by platform_record_number()): a
// sequence never waits on another transaction, so numbering adds no lock to the order hot path; a rolled-back
// insert leaves a gap, which a number people quote can bear.
export const voucherClaimNumberSerial = pgSequence('voucher_claim_number_serial')
export const voucherOrderNumberSerial = pgSequence('voucher_order_number_serial')

/** A claim's number as it is inserted, of the year it was made in. */
export const claimNumberSql = (createdAt: Date | undefined) =>
  recordNumberSql('SQ', voucherClaimNumberSerial, createdAt)
/** An order's number as it is inserted (voucher_order_place_for() numbers the orders placed through it). */
export const orderNumberSql = (createdAt: Date | undefined) =>
  recordNumberSql('DD', voucherOrderNumberSerial, createdAt)

export const voucherClaims = pgTable(
  'voucher_claims',
  {
    id: text('id').primaryKey(),
    /** the number people quote, SQ-2026-000123-K (claimNumberSql) */
    number: text('number').notNull(),
    schemeId: reference('scheme_id', () => voucherSchemes.id),
    firmId: reference('firm_id', () => firms.id),
    /** the scheme's issuing city, whose officers decide */
    cityCode: reference('city_code', () => cities.code),
    requestedAmountFen: money('requested_amount_fen').notNull(),
    approvedAmountFen: money('approved_amount_fen'),
    purpose: text('purpose').notNull(),
    status: text('status').notNull().default('submitted'),
    decisionReason: text('decision_reason'),
    submittedByUserId: text('submitted_by_user_id').notNull(),
    decidedByUserId: text('decided_by_user_id'),
    decidedAt: instant('decided_at'),
    ...recordStamps,
  },
  (table) => [
    oneOf('voucher_claims_status_check', table.status, claimStatuses),
    check('voucher_claims_requested_check', sql`${table.requestedAmountFen} > 0`),
    check(
      'voucher_claims_decision_check',
      sql`(${table.status} = 'submitted' AND ${table.approvedAmountFen} IS NULL AND ${table.decidedAt} IS NULL)
        OR (${table.status} = 'approved' AND ${table.approvedAmountFen} > 0
            AND ${table.approvedAmountFen} <= ${table.requestedAmountFen} AND ${table.decidedAt} IS NOT NULL)
        OR (${table.status} = 'rejected' AND ${table.approvedAmountFen} IS NULL
            AND ${table.decisionReason} IS NOT NULL AND ${table.decidedAt} IS NOT NULL)`,
    ),
    // One open claim per firm and scheme: a second concurrent submission meets this index, not a race.
    uniqueIndex('voucher_claims_pending_idx')
      .on(table.schemeId, table.firmId)
      .where(sql`${table.status} = 'submitted'`),
    // the lists' orders (newest first, the review queue's waiting claims oldest first): keyset on (created_at, id)
    index('voucher_claims_city_idx').on(table.cityCode, table.createdAt, table.id),
    index('voucher_claims_firm_idx').on(table.firmId, table.createdAt, table.id),
    index('voucher_claims_status_created_idx').on(table.status, table.createdAt, table.id),
    index('voucher_claims_created_idx').on(table.createdAt, table.id),
    index('voucher_claims_scheme_firm_idx').on(table.schemeId, table.firmId, table.status),
    // unique, and the number search (LIKE 'SQ-2026-0001%')
    uniqueIndex('voucher_claims_number_idx').on(table.number.op('text_pattern_ops')),
  ],
)

export const voucherNumberCounters = pgTable(
  'voucher_number_counters',
  {
    cityCode: reference('city_code', () => cities.code),
    year: integer('year').notNull(),
    lastSerial: integer('last_serial').notNull(),
  },
  (table) => [primaryKey({ columns: [table.cityCode, table.year] })],
)

export const vouchers = pgTable(
  'vouchers',
  {
    id: text('id').primaryKey(),
    /** e.g. SZ-2026-000123-K: city, year, serial and a check character */
    number: text('number').notNull().unique(),
    schemeId: reference('scheme_id', () => voucherSchemes.id),
    claimId: text('claim_id')
      .notNull()
      .unique()
      .references(() => voucherClaims.id),
    /** the holder: vouchers are real-name and cannot be transferred */
    firmId: reference('firm_id', () => firms.id),
    holderNameZh: text('holder_name_zh').notNull(),
    holderCreditCode: text('holder_credit_code').notNull(),
    /** the issuing city */
    cityCode: reference('city_code', () => cities.code),
    amountFen: money('amount_fen').notNull(),
    accountId: reference('account_id', () => ledgerAccounts.id),
    reservationAccountId: reference('reservation_account_id', () => ledgerAccounts.id),
    status: text('status').notNull().default('active'),
    issuedAt: instant('issued_at').notNull(),
    expiresAt: instant('expires_at').notNull(),
    ...recordStamps,
  },
  (table) => [
    oneOf('vouchers_status_check', table.status, voucherStoredStatuses),
    check('vouchers_amount_check', sql`${table.amountFen} > 0`),
    check('vouchers_validity_check', sql`${table.expiresAt} > ${table.issuedAt}`),
    // the lists' orders (newest issued first) and the number search (LIKE 'SZ-2026-0001%')
    index('vouchers_firm_idx').on(table.firmId, table.issuedAt, table.id),
    index('vouchers_city_idx').on(table.cityCode, table.issuedAt, table.id),
    index('vouchers_issued_idx').on(table.issuedAt, table.id),
    index('vouchers_number_prefix_idx').on(table.number.op('text_pattern_ops')),
    index('vouchers_scheme_firm_idx').on(table.schemeId, table.firmId),
    // what an order copies from its voucher, as one key (voucher_orders_voucher_fk)
    uniqueIndex('vouchers_order_identity_idx').on(table.id, table.schemeId, table.firmId, table.cityCode),
  ],
)

export const serviceProducts = pgTable(
  'service_products',
  {
    id: text('id').primaryKey(),
    providerId: reference('provider_id', () => providers.id),
    providerCityCode: reference('provider_city_code', () => cities.code),
    category: text('category').notNull(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    descriptionZh: text('description_zh').notNull(),
    descriptionEn: text('description_en').notNull(),
    priceFen: money('price_fen').notNull(),
    priceUnit: text('price_unit').notNull(),
    status: text('status').notNull().default('published'),
    searchText: text('search_text').notNull(),
    ...recordStamps,
  },
  (table) => [
    oneOf('service_products_category_check', table.category, serviceCategories),
    oneOf('service_products_unit_check', table.priceUnit, priceUnits),
    oneOf('service_products_status_check', table.status, productStatuses),
    check('service_products_price_check', sql`${table.priceFen} > 0`),
    index('service_products_provider_idx').on(table.providerId, table.id),
    index('service_products_city_idx').on(table.providerCityCode, table.category, table.id),
    // the catalogue's orders: newest published first, or by price
    index('service_products_status_created_idx').on(table.status, table.createdAt, table.id),
    index('service_products_status_price_idx').on(table.status, table.priceFen, table.id),
    index('service_products_search_idx').using('gin', sql`${table.searchText} gin_trgm_ops`),
  ],
)

export const voucherOrders = pgTable(
  'voucher_orders',
  {
    id: text('id').primaryKey(),
    /** the number people quote, DD-2026-000123-K (numbered by voucher_order_place_for()) */
    number: text('number').notNull(),
    // voucher, scheme, firm and issuing city are the voucher's own, one foreign key for the four
    voucherId: text('voucher_id').notNull(),
    schemeId: text('scheme_id').notNull(),
    firmId: text('firm_id').notNull(),
    issuerCityCode: text('issuer_city_code').notNull(),
    /** the product ordered; null when another module's record is what is paid for (see sourceKind) */
    productId: text('product_id').references(() => serviceProducts.id),
    /** what else a voucher can pay for: an instrument booking (instrument_time), through reserveForSource */
    sourceKind: text('source_kind'),
    sourceId: text('source_id'),
    // the provider and its city, one foreign key for the two
    providerId: text('provider_id').notNull(),
    providerCityCode: text('provider_city_code').notNull(),
    category: text('category').notNull(),
    quantity: integer('quantity').notNull(),
    unitPriceFen: money('unit_price_fen').notNull(),
    amountFen: money('amount_fen').notNull(),
    voucherShareFen: money('voucher_share_fen').notNull(),
    firmCopayFen: money('firm_copay_fen').notNull(),
    settlementModel: text('settlement_model').notNull(),
    status: text('status').notNull().default('reserved'),
    cancelReason: text('cancel_reason'),
    placedByUserId: text('placed_by_user_id').notNull(),
    cancelledByUserId: text('cancelled_by_user_id'),
    cancelledAt: instant('cancelled_at'),
    ...recordStamps,
  },
  (table) => [
    oneOf('voucher_orders_status_check', table.status, orderStatuses),
    check(
      'voucher_orders_subject_check',
      sql`(${table.productId} IS NOT NULL AND ${table.sourceKind} IS NULL AND ${table.sourceId} IS NULL)
        OR (${table.productId} IS NULL AND ${table.sourceKind} IN ('${sql.raw(orderSourceKinds.join("', '"))}')
            AND ${table.sourceId} IS NOT NULL)`,
    ),
    oneOf('voucher_orders_category_check', table.category, serviceCategories),
    oneOf('voucher_orders_settlement_check', table.settlementModel, settlementModels),
    check(
      'voucher_orders_amounts_check',
      sql`${table.quantity} >= 1 AND ${table.unitPriceFen} > 0
        AND ${table.amountFen} = ${table.unitPriceFen} * ${table.quantity}
        AND ${table.voucherShareFen} > 0 AND ${table.firmCopayFen} >= 0
        AND ${table.amountFen} = ${table.voucherShareFen} + ${table.firmCopayFen}`,
    ),
    // One key each instead of six: the copies cannot disagree with their voucher or provider, and an order is
    // checked against two rows instead of six (docs/BENCHMARKS.md, "What an order costs the database").
    foreignKey({
      name: 'voucher_orders_voucher_fk',
      columns: [table.voucherId, table.schemeId, table.firmId, table.issuerCityCode],
      foreignColumns: [vouchers.id, vouchers.schemeId, vouchers.firmId, vouchers.cityCode],
    }),
    foreignKey({
      name: 'voucher_orders_provider_fk',
      columns: [table.providerId, table.providerCityCode],
      foreignColumns: [providers.id, providers.cityCode],
    }),
    index('voucher_orders_voucher_idx').on(table.voucherId, table.status),
    // one live voucher order per booking (or other source record)
    uniqueIndex('voucher_orders_source_idx')
      .on(table.sourceKind, table.sourceId)
      .where(sql`${table.sourceId} IS NOT NULL AND ${table.status} <> 'cancelled'`),
    // the lists' order (newest first): keyset on (created_at, id) within the firm's, provider's or city's orders
    index('voucher_orders_firm_idx').on(table.firmId, table.createdAt, table.id),
    index('voucher_orders_provider_idx').on(table.providerId, table.createdAt, table.id),
    index('voucher_orders_issuer_idx').on(table.issuerCityCode, table.createdAt, table.id),
    // unique, and the number search (LIKE 'DD-2026-0001%')
    uniqueIndex('voucher_orders_number_idx').on(table.number.op('text_pattern_ops')),
  ],
)

export const settlementRuns = pgTable(
  'settlement_runs',
  {
    id: text('id').primaryKey(),
    /** the issuing city whose approved redemptions the run pays */
    cityCode: reference('city_code', () => cities.code),
    /** the period, both days included (Shanghai dates); runs of one city never overlap (an exclusion constraint) */
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    /** redemptions approved before this instant and not yet settled are in the run */
    cutoffAt: instant('cutoff_at').notNull(),
    redemptionCount: integer('redemption_count').notNull(),
    paymentCount: integer('payment_count').notNull(),
    totalFen: money('total_fen').notNull(),
    createdByUserId: text('created_by_user_id').notNull(),
    isSynthetic: boolean('is_synthetic').notNull().default(false),
    createdAt: stamps.createdAt,
  },
  (table) => [
    check('settlement_runs_period_check', sql`${table.periodStart} <= ${table.periodEnd}`),
    check(
      'settlement_runs_totals_check',
      sql`${table.redemptionCount} >= 0 AND ${table.paymentCount} >= 0 AND ${table.totalFen} >= 0`,
    ),
    // the list's order (newest period first): keyset on (period_start, id), within a city or across all
    index('settlement_runs_city_idx').on(table.cityCode, table.periodStart, table.id),
    index('settlement_runs_period_idx').on(table.periodStart, table.id),
  ],
)

export const redemptions = pgTable(
  'redemptions',
  {
    id: text('id').primaryKey(),
    orderId: reference('order_id', () => voucherOrders.id),
    // Copied from the order so that review queues, settlement and clearing read one table.
    voucherId: reference('voucher_id', () => vouchers.id),
    schemeId: reference('scheme_id', () => voucherSchemes.id),
    firmId: reference('firm_id', () => firms.id),
    providerId: reference('provider_id', () => providers.id),
    issuerCityCode: reference('issuer_city_code', () => cities.code),
    providerCityCode: reference('provider_city_code', () => cities.code),
    settlementModel: text('settlement_model').notNull(),
    /** the voucher share of the order: what the issuing city pays */
    amountFen: money('amount_fen').notNull(),
    contractNumber: text('contract_number').notNull(),
    /** upper-cased, without spaces: the same invoice is never redeemed twice anywhere in the corridor */
    invoiceNumber: text('invoice_number').notNull(),
    deliverableFileName: text('deliverable_file_name').notNull(),
    deliverableContentType: text('deliverable_content_type').notNull(),
    deliverableSizeBytes: integer('deliverable_size_bytes').notNull(),
    deliverableSha256: text('deliverable_sha256').notNull(),
    status: text('status').notNull().default('awaiting_confirmation'),
    claimedByUserId: text('claimed_by_user_id').notNull(),
    firmRating: integer('firm_rating'),
    firmComment: text('firm_comment'),
    confirmedByUserId: text('confirmed_by_user_id'),
    confirmedAt: instant('confirmed_at'),
    /** the reproducible draw in [0, 1): selected when below the scheme's spot-check share */
    spotCheckDraw: doublePrecision('spot_check_draw'),
    spotCheckSelected: boolean('spot_check_selected').notNull().default(false),
    spotCheckResult: text('spot_check_result'),
    spotCheckNote: text('spot_check_note'),
    spotCheckedByUserId: text('spot_checked_by_user_id'),
    spotCheckedAt: instant('spot_checked_at'),
    decisionReason: text('decision_reason'),
    decidedByUserId: text('decided_by_user_id'),
    decidedAt: instant('decided_at'),
    payableTransferId: text('payable_transfer_id').references(() => ledgerTransfers.id),
    settlementRunId: text('settlement_run_id').references(() => settlementRuns.id),
    ...recordStamps,
  },
  (table) => [
    oneOf('redemptions_status_check', table.status, redemptionStatuses),
    oneOf('redemptions_settlement_check', table.settlementModel, settlementModels),
    check(
      'redemptions_spot_check_result_check',
      sql`${table.spotCheckResult} IS NULL OR ${table.spotCheckResult} IN ('${sql.raw(spotCheckResults.join("', '"))}')`,
    ),
    check(
      'redemptions_amount_check',
      sql`${table.amountFen} > 0 AND ${table.deliverableSizeBytes} > 0 AND ${table.deliverableSha256} ~ '^[0-9a-f]{64}$'`,
    ),
    check(
      'redemptions_rating_check',
      sql`${table.firmRating} IS NULL OR ${table.firmRating} BETWEEN 1 AND 5`,
    ),
    check(
      'redemptions_state_check',
      sql`(${table.status} = 'awaiting_confirmation' AND ${table.confirmedAt} IS NULL AND ${table.decidedAt} IS NULL)
        OR (${table.status} = 'submitted' AND ${table.confirmedAt} IS NOT NULL AND ${table.firmRating} IS NOT NULL
            AND ${table.decidedAt} IS NULL)
        OR (${table.status} = 'approved' AND ${table.confirmedAt} IS NOT NULL AND ${table.decidedAt} IS NOT NULL
            AND ${table.payableTransferId} IS NOT NULL
            AND (NOT ${table.spotCheckSelected} OR ${table.spotCheckResult} = 'passed'))
        OR (${table.status} = 'rejected' AND ${table.decisionReason} IS NOT NULL AND ${table.decidedAt} IS NOT NULL
            AND ${table.payableTransferId} IS NULL)`,
    ),
    check('redemptions_settled_check', sql`${table.settlementRunId} IS NULL OR ${table.status} = 'approved'`),
    // one live claim per order, and one invoice in the whole corridor (a rejected claim frees both)
    uniqueIndex('redemptions_order_live_idx')
      .on(table.orderId)
      .where(sql`${table.status} <> 'rejected'`),
    uniqueIndex('redemptions_invoice_live_idx')
      .on(table.invoiceNumber)
      .where(sql`${table.status} <> 'rejected'`),
    // the lists' orders (queues oldest waiting first, histories newest first): keyset on (created_at, id)
    index('redemptions_issuer_idx').on(table.issuerCityCode, table.status, table.createdAt, table.id),
    index('redemptions_provider_idx').on(table.providerId, table.createdAt, table.id),
    index('redemptions_firm_idx').on(table.firmId, table.status, table.createdAt, table.id),
    index('redemptions_status_created_idx').on(table.status, table.createdAt, table.id),
    // the number search (LIKE 'HT-2026%'): invoice numbers are stored upper-cased, contract numbers as written
    index('redemptions_invoice_prefix_idx').on(table.invoiceNumber.op('text_pattern_ops')),
    index('redemptions_contract_prefix_idx').using(
      'btree',
      sql`upper(${table.contractNumber}) text_pattern_ops`,
    ),
    index('redemptions_unsettled_idx')
      .on(table.issuerCityCode, table.decidedAt)
      .where(sql`${table.status} = 'approved' AND ${table.settlementRunId} IS NULL`),
    index('redemptions_settlement_idx').on(table.settlementRunId),
    index('redemptions_decided_idx').on(table.decidedAt),
  ],
)

/** The deliverable's bytes, apart from the claim so that lists never read them. */
export const redemptionDeliverables = pgTable('redemption_deliverables', {
  redemptionId: text('redemption_id')
    .primaryKey()
    .references(() => redemptions.id),
  content: bytea('content').notNull(),
})

/** One line of a payment batch: everything a run pays one payee. */
export const settlementPayments = pgTable(
  'settlement_payments',
  {
    id: text('id').primaryKey(),
    settlementRunId: reference('settlement_run_id', () => settlementRuns.id),
    payeeKind: text('payee_kind').notNull(),
    payeeId: text('payee_id').notNull(),
    payeeNameZh: text('payee_name_zh').notNull(),
    payeeCreditCode: text('payee_credit_code').notNull(),
    payeeCityCode: reference('payee_city_code', () => cities.code),
    redemptionCount: integer('redemption_count').notNull(),
    amountFen: money('amount_fen').notNull(),
  },
  (table) => [
    oneOf('settlement_payments_payee_check', table.payeeKind, payeeKinds),
    check('settlement_payments_amount_check', sql`${table.amountFen} > 0 AND ${table.redemptionCount} > 0`),
    uniqueIndex('settlement_payments_payee_idx').on(table.settlementRunId, table.payeeKind, table.payeeId),
  ],
)
