// The shapes of the voucher seed: the rows it generates, the input it takes, and the records it follows while it
// plays the year (a scheme with its accounts and products, a voucher with what it can still reserve…).
import type { ModuleSeedInput, SeedFirm, SeedProvider } from '../../../seed/support/organisations'
import type { ServiceCategory, TransferKind } from '../vouchers.reference'
import type * as tables from '../vouchers.tables'
import type { ProductTemplate, SchemeDefinition } from './catalogue'

export type LedgerAccountRow = typeof tables.ledgerAccounts.$inferInsert
export type SchemeRow = typeof tables.voucherSchemes.$inferInsert
export type AppropriationRow = typeof tables.voucherSchemeAppropriations.$inferInsert
export type ProductRow = typeof tables.serviceProducts.$inferInsert
/** numbered by the database as they are inserted (insert.ts) */
export type ClaimRow = Omit<typeof tables.voucherClaims.$inferInsert, 'number'>
export type VoucherRow = typeof tables.vouchers.$inferInsert
export type VoucherNumberCounterRow = typeof tables.voucherNumberCounters.$inferInsert
export type OrderRow = Omit<typeof tables.voucherOrders.$inferInsert, 'number'>
export type RedemptionRow = typeof tables.redemptions.$inferInsert
export type SettlementRunRow = typeof tables.settlementRuns.$inferInsert
export type SettlementPaymentRow = typeof tables.settlementPayments.$inferInsert

export interface DeliverableRow {
  redemptionId: string
  content: Uint8Array
}

/** One ledger_transfer() call; `atMs` is when the movement happened. */
export interface SeedTransfer {
  id: string
  kind: Exclude<TransferKind, 'reversal'>
  fromAccountId: string
  toAccountId: string
  amountFen: number
  reference: string
  actorUserId: string | null
  atMs: number
}

export interface VoucherDemoData {
  /** the moment the synthetic year ends: every timestamp is before it */
  activityEndsAt: Date
  ledgerAccounts: LedgerAccountRow[]
  schemes: SchemeRow[]
  appropriations: AppropriationRow[]
  products: ProductRow[]
  claims: ClaimRow[]
  vouchers: VoucherRow[]
  voucherNumberCounters: VoucherNumberCounterRow[]
  orders: OrderRow[]
  redemptions: RedemptionRow[]
  deliverables: DeliverableRow[]
  settlementRuns: SettlementRunRow[]
  settlementPayments: SettlementPaymentRow[]
  /** in replay order (replay.ts) */
  transfers: SeedTransfer[]
}

export interface VoucherFigures {
  /** share of a city's eligible firms that claim under its general scheme in the year */
  claimShare: number
  /** at least this many claims per scheme */
  claimsPerSchemeMin: number
}

export interface VoucherGeneratorInput extends ModuleSeedInput {
  figures: VoucherFigures
  firms: readonly SeedFirm[]
  providers: readonly SeedProvider[]
}

// ---- what the generator follows while it plays the year ----

export interface Scheme {
  row: SchemeRow & { id: string }
  definition: SchemeDefinition
  budgetAccountId: string
  payableAccountId: string
  paidAccountId: string
  officer: string
  issuedByYear: Map<number, number>
  /** candidate products by provider city, then category */
  productsByCity: Map<string, Map<ServiceCategory, Product[]>>
  cityWeights: { cityCode: string; weight: number }[]
}

export interface Product {
  row: ProductRow & { id: string; priceFen: number }
  template: ProductTemplate
  provider: SeedProvider
  createdAtMs: number
}

export interface Claim {
  row: ClaimRow & { id: string; status: string }
  scheme: Scheme
  firm: SeedFirm
}

export interface Voucher {
  row: VoucherRow & { id: string; amountFen: number }
  scheme: Scheme
  firm: SeedFirm
  holder: string
  issuedAtMs: number
  expiresAtMs: number
  /** the face value less every order's share placed so far: what later orders may still reserve */
  unreservedFen: number
  /** what cancelled orders gave back; it stays on the voucher (and lapses with it), never re-spent here, so that
   * the ledger can be replayed kind by kind: all issues, then all reservations, then all releases… */
  releasedFen: number
}

export interface Order {
  row: OrderRow & { id: string; status: string; voucherShareFen: number; amountFen: number }
  voucher: Voucher
  product: Product
}

export interface Redemption {
  row: RedemptionRow & { id: string; status: string; amountFen: number }
  order: Order
}

/** A row of a table's insert shape that has its id (the id is optional in the shape, never here). */
export const withId = <Row extends { id?: string }>(row: Row & { id: string }) => row
