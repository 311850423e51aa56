import { Type, type Static } from 'typebox'
import {
  DateOnly,
  Nullable,
  Page,
  PageQuery,
  RecordStamps,
  StrictObject,
  Synthetic,
  Timestamp,
} from '../../platform/http/schemas'
import { ExportFields } from '../../platform/export'
import { ListPage, ListQuery, SortQuery } from '../../platform/http/list'
import { cityReferences } from '../registry'
import {
  claimStatuses,
  eligibilityCriteria,
  ledgerAccountKinds,
  orderSourceKinds,
  orderStatuses,
  priceUnits,
  productStatuses,
  schemeStatuses,
  serviceCategories,
  settlementModels,
  transferKinds,
  voucherStatuses,
  voucherTypes,
} from './vouchers.reference'

/** ¥100 million: no single claim, cap, price or order share comes near it. */
export const amountFenMax = 10_000_000_000
/** ¥10 billion: the largest annual budget or appropriation. */
export const budgetFenMax = 1_000_000_000_000
export const orderQuantityMax = 1000

const Fen = (description: string, maximum = amountFenMax) =>
  Type.Integer({ minimum: 1, maximum, description: `${description}, in fen (¥1 = 100 fen)` })
export const FenFigure = (description: string) => Type.Integer({ description: `${description}, in fen` })

const cityCodes = cityReferences.map((city) => city.code)
export const CityCode = Type.Enum(cityCodes, { description: 'e.g. SH-SJ, SZ, HF' })
export const Id = Type.String({ minLength: 3, maxLength: 64 })
const NameZh = Type.String({ minLength: 1, maxLength: 200 })
const NameEn = Type.String({ minLength: 1, maxLength: 300 })
export const Reason = Type.String({ minLength: 1, maxLength: 500 })

export const VoucherTypeSchema = Type.Enum(voucherTypes)
export const EligibilitySchema = Type.Enum(eligibilityCriteria)
export const ServiceCategorySchema = Type.Enum(serviceCategories)
export const SettlementModelSchema = Type.Enum(settlementModels)
export const SchemeStatusSchema = Type.Enum(schemeStatuses)
export const ClaimStatusSchema = Type.Enum(claimStatuses)
export const VoucherStatusSchema = Type.Enum(voucherStatuses)
export const OrderStatusSchema = Type.Enum(orderStatuses)
export const ProductStatusSchema = Type.Enum(productStatuses)
export const PriceUnitSchema = Type.Enum(priceUnits)

const EligibleFirms = Type.Array(EligibilitySchema, { minItems: 1, maxItems: 4, uniqueItems: true })
const Categories = Type.Array(ServiceCategorySchema, { minItems: 1, maxItems: 4, uniqueItems: true })
const RecognisedCities = Type.Array(CityCode, {
  minItems: 1,
  maxItems: 9,
  uniqueItems: true,
  description: 'Cities whose providers the scheme accepts; all nine when left out (通用通兑)',
})
const SharePercent = Type.Integer({
  minimum: 1,
  maximum: 100,
  description: 'The voucher covers at most this share of an order',
})
const FullCoverageBelow = Type.Integer({
  minimum: 0,
  maximum: amountFenMax,
  description: 'Orders priced below this are covered in full (0: never), in fen',
})
const ValidityDays = Type.Integer({
  minimum: 1,
  maximum: 3660,
  description: 'Calendar days from the day of issue',
})
const GatePercent = Type.Integer({
  minimum: 0,
  maximum: 99,
  description: 'A firm must have used over this share of its vouchers before it claims again (0: no gate)',
})
const SpotCheckPercent = Type.Integer({
  minimum: 0,
  maximum: 100,
  description: 'The share of confirmed redemptions drawn, reproducibly, for a spot check before approval',
})

// ---- schemes ----

export const Scheme = Type.Object({
  id: Type.String(),
  cityCode: Type.String(),
  nameZh: Type.String(),
  nameEn: Type.String(),
  voucherType: VoucherTypeSchema,
  eligibleFirms: Type.Array(EligibilitySchema),
  annualBudgetFen: FenFigure('Planned budget per year'),
  claimCapFen: FenFigure('Cap per claim'),
  firmYearCapFen: FenFigure('Cap per firm per year'),
  firmTotalCapFen: FenFigure('Cap per firm in total'),
  voucherShareMaxPercent: Type.Integer(),
  fullCoverageBelowFen: FenFigure('Orders below this are covered in full'),
  validityDays: Type.Integer(),
  serviceCategories: Type.Array(ServiceCategorySchema),
  settlementModel: SettlementModelSchema,
  utilisationGatePercent: Type.Integer(),
  spotCheckPercent: Type.Integer(),
  recognisedCityCodes: Type.Array(Type.String()),
  status: SchemeStatusSchema,
  budget: Type.Object({
    availableFen: FenFigure('What the budget can still issue'),
    appropriatedFen: FenFigure('Appropriated into the budget, all years'),
    issuedFen: FenFigure('Face value of the vouchers issued'),
  }),
  ...RecordStamps,
})
export const SchemeQuery = StrictObject({
  ...PageQuery,
  city: Type.Optional(CityCode),
  status: Type.Optional(SchemeStatusSchema),
  category: Type.Optional(ServiceCategorySchema),
})
export const CreateSchemeBody = StrictObject({
  cityCode: CityCode,
  nameZh: NameZh,
  nameEn: NameEn,
  voucherType: VoucherTypeSchema,
  eligibleFirms: EligibleFirms,
  annualBudgetFen: Fen('Planned budget per year', budgetFenMax),
  claimCapFen: Fen('Cap per claim'),
  firmYearCapFen: Fen('Cap per firm per year'),
  firmTotalCapFen: Fen('Cap per firm in total'),
  voucherShareMaxPercent: SharePercent,
  fullCoverageBelowFen: Type.Optional(FullCoverageBelow),
  validityDays: ValidityDays,
  serviceCategories: Categories,
  settlementModel: SettlementModelSchema,
  utilisationGatePercent: Type.Optional(GatePercent),
  spotCheckPercent: Type.Optional(SpotCheckPercent),
  recognisedCityCodes: Type.Optional(RecognisedCities),
})
export const UpdateSchemeBody = StrictObject({
  nameZh: Type.Optional(NameZh),
  nameEn: Type.Optional(NameEn),
  eligibleFirms: Type.Optional(EligibleFirms),
  annualBudgetFen: Type.Optional(Fen('Planned budget per year', budgetFenMax)),
  claimCapFen: Type.Optional(Fen('Cap per claim')),
  firmYearCapFen: Type.Optional(Fen('Cap per firm per year')),
  firmTotalCapFen: Type.Optional(Fen('Cap per firm in total')),
  voucherShareMaxPercent: Type.Optional(SharePercent),
  fullCoverageBelowFen: Type.Optional(FullCoverageBelow),
  validityDays: Type.Optional(ValidityDays),
  serviceCategories: Type.Optional(Categories),
  utilisationGatePercent: Type.Optional(GatePercent),
  spotCheckPercent: Type.Optional(SpotCheckPercent),
  recognisedCityCodes: Type.Optional(RecognisedCities),
  status: Type.Optional(SchemeStatusSchema),
})

export const Appropriation = Type.Object({
  id: Type.String(),
  schemeId: Type.String(),
  cityCode: Type.String(),
  budgetYear: Type.Integer(),
  amountFen: FenFigure('Appropriated'),
  documentReference: Type.String(),
  transferId: Type.String(),
  createdByUserId: Type.String(),
  createdAt: Timestamp,
})
export const CreateAppropriationBody = StrictObject({
  amountFen: Fen('Appropriated into the budget', budgetFenMax),
  budgetYear: Type.Optional(
    Type.Integer({ minimum: 2000, maximum: 2100, description: 'Default: the current year (Asia/Shanghai)' }),
  ),
  documentReference: Type.String({
    minLength: 1,
    maxLength: 100,
    description: 'The appropriation document (财政拨款文号)',
  }),
})
export const AppropriationResult = Type.Object({ appropriation: Appropriation, scheme: Scheme })

// ---- service products ----

export const Product = Type.Object({
  id: Type.String(),
  providerId: Type.String(),
  providerCityCode: Type.String(),
  category: ServiceCategorySchema,
  nameZh: Type.String(),
  nameEn: Type.String(),
  descriptionZh: Type.String(),
  descriptionEn: Type.String(),
  priceFen: FenFigure('Price per unit'),
  priceUnit: PriceUnitSchema,
  status: ProductStatusSchema,
  ...RecordStamps,
})
/** The catalogue sorts by when a product was published or by its price. */
export const productSorts = ['createdAt', 'priceFen'] as const
export const ProductQuery = StrictObject({
  ...PageQuery,
  ...SortQuery(productSorts, '-createdAt'),
  provider: Type.Optional(Id),
  city: Type.Optional(CityCode),
  category: Type.Optional(ServiceCategorySchema),
  status: Type.Optional(ProductStatusSchema),
  q: Type.Optional(
    Type.String({ minLength: 1, maxLength: 100, description: 'Part of a Chinese or English name' }),
  ),
})
const Description = Type.String({ minLength: 1, maxLength: 2000 })
export const CreateProductBody = StrictObject({
  providerId: Type.Optional(
    Type.String({ minLength: 3, maxLength: 64, description: "Default: the caller's own" }),
  ),
  category: ServiceCategorySchema,
  nameZh: NameZh,
  nameEn: NameEn,
  descriptionZh: Description,
  descriptionEn: Description,
  priceFen: Fen('Price per unit'),
  priceUnit: PriceUnitSchema,
})
export const UpdateProductBody = StrictObject({
  category: Type.Optional(ServiceCategorySchema),
  nameZh: Type.Optional(NameZh),
  nameEn: Type.Optional(NameEn),
  descriptionZh: Type.Optional(Description),
  descriptionEn: Type.Optional(Description),
  priceFen: Type.Optional(Fen('Price per unit')),
  priceUnit: Type.Optional(PriceUnitSchema),
  status: Type.Optional(ProductStatusSchema),
})

// ---- claims ----

/** A record another row refers to, named in both languages so that a list never shows its id. */
export const NamedRecord = Type.Object({ id: Type.String(), nameZh: Type.String(), nameEn: Type.String() })

export const Claim = Type.Object({
  id: Type.String(),
  number: Type.String({ description: 'The number people quote, e.g. SQ-2026-000123-K' }),
  schemeId: Type.String(),
  firmId: Type.String(),
  cityCode: Type.String({ description: 'The issuing city' }),
  requestedAmountFen: FenFigure('Requested'),
  approvedAmountFen: Nullable(FenFigure('Approved')),
  purpose: Type.String(),
  status: ClaimStatusSchema,
  decisionReason: Nullable(Type.String()),
  submittedByUserId: Type.String(),
  decidedByUserId: Nullable(Type.String()),
  decidedAt: Nullable(Timestamp),
  voucherId: Nullable(Type.String()),
  firm: NamedRecord,
  scheme: NamedRecord,
  ...RecordStamps,
})
/** Claims sort by when they were submitted, the amount asked for, or where they stand. */
export const claimSorts = ['createdAt', 'requestedAmountFen', 'status'] as const
const claimQueryFields = {
  ...ListQuery(claimSorts, '-createdAt'),
  scheme: Type.Optional(Id),
  firm: Type.Optional(Id),
  city: Type.Optional(CityCode),
  status: Type.Optional(ClaimStatusSchema),
}
export const ClaimQuery = StrictObject(claimQueryFields)
/** The claims list as a file: the list's filters and order, and the file's format and language. */
export const ClaimExportQuery = StrictObject({ ...claimQueryFields, ...ExportFields })
export const CreateClaimBody = StrictObject({
  schemeId: Id,
  requestedAmountFen: Fen('Requested'),
  purpose: Type.String({
    minLength: 1,
    maxLength: 1000,
    description: 'What the firm needs the services for',
  }),
  firmId: Type.Optional(
    Type.String({ minLength: 3, maxLength: 64, description: "Default: the caller's own firm" }),
  ),
})
export const ApproveClaimBody = StrictObject({
  approvedAmountFen: Type.Optional(Fen('Approved (at most the requested amount; default: all of it)')),
  note: Type.Optional(Reason),
})
export const RejectClaimBody = StrictObject({ reason: Reason })

// ---- vouchers ----

export const Voucher = Type.Object({
  id: Type.String(),
  number: Type.String({ description: 'City, year, serial and a check character, e.g. SZ-2026-000123-K' }),
  schemeId: Type.String(),
  claimId: Type.String(),
  firmId: Type.String({ description: 'The holder: vouchers are real-name and not transferable' }),
  holderNameZh: Type.String(),
  holderCreditCode: Type.String(),
  firm: NamedRecord,
  scheme: NamedRecord,
  cityCode: Type.String({ description: 'The issuing city' }),
  amountFen: FenFigure('Face value'),
  availableFen: FenFigure('Balance that orders can still use'),
  reservedFen: FenFigure('Reserved by open orders'),
  status: VoucherStatusSchema,
  issuedAt: Timestamp,
  expiresAt: Timestamp,
  validUntil: DateOnly,
  ...Synthetic,
})
/** Vouchers sort by when they were issued, their face value, or when they lapse. */
export const voucherSorts = ['issuedAt', 'amountFen', 'expiresAt'] as const
const voucherQueryFields = {
  ...ListQuery(voucherSorts, '-issuedAt'),
  scheme: Type.Optional(Id),
  firm: Type.Optional(Id),
  city: Type.Optional(CityCode),
  status: Type.Optional(VoucherStatusSchema),
}
export const VoucherQuery = StrictObject(voucherQueryFields)
/** The vouchers list as a file: the list's filters and order, and the file's format and language. */
export const VoucherExportQuery = StrictObject({ ...voucherQueryFields, ...ExportFields })
export const ClaimDecision = Type.Object({ claim: Claim, voucher: Nullable(Voucher) })
export const VoucherNumberParams = StrictObject({ number: Type.String({ minLength: 1, maxLength: 40 }) })

export const LedgerEntry = Type.Object({
  id: Type.String(),
  kind: Type.Enum(transferKinds),
  fromAccountId: Type.String(),
  fromAccountKind: Type.Enum(ledgerAccountKinds),
  toAccountId: Type.String(),
  toAccountKind: Type.Enum(ledgerAccountKinds),
  amountFen: FenFigure('Moved'),
  reference: Type.String(),
  /** the record the transfer was made for, numbered and named: a claim by its number and scheme, an order (or its redemption) by its number and what it bought, a voucher by its number */
  subject: Nullable(
    Type.Object({
      kind: Type.Union([
        Type.Literal('claim'),
        Type.Literal('order'),
        Type.Literal('redemption'),
        Type.Literal('voucher'),
      ]),
      id: Type.String(),
      number: Nullable(Type.String()),
      nameZh: Type.String(),
      nameEn: Type.String(),
    }),
  ),
  createdAt: Timestamp,
})
export const LedgerEntryQuery = StrictObject({ ...PageQuery })

// ---- orders ----

export const Order = Type.Object({
  id: Type.String(),
  number: Type.String({ description: 'The number people quote, e.g. DD-2026-000123-K' }),
  voucherId: Type.String(),
  schemeId: Type.String(),
  firmId: Type.String(),
  issuerCityCode: Type.String(),
  productId: Nullable(
    Type.String({ description: 'The service product; null when the order pays for a source' }),
  ),
  source: Nullable(
    Type.Object({
      kind: Type.Enum(orderSourceKinds),
      id: Type.String({ description: 'e.g. the instrument booking paid for' }),
    }),
  ),
  providerId: Type.String(),
  providerCityCode: Type.String(),
  category: ServiceCategorySchema,
  quantity: Type.Integer(),
  unitPriceFen: FenFigure('Price per unit'),
  amountFen: FenFigure('Order total'),
  voucherShareFen: FenFigure('Paid by the voucher (reserved)'),
  firmCopayFen: FenFigure('Paid by the firm'),
  settlementModel: SettlementModelSchema,
  status: OrderStatusSchema,
  cancelReason: Nullable(Type.String()),
  cancelledAt: Nullable(Timestamp),
  ...RecordStamps,
})
/** An order as a list shows it: with its firm, its provider and what it pays for, named. */
export const ListedOrder = Type.Object({
  ...Order.properties,
  firm: NamedRecord,
  provider: NamedRecord,
  subject: Type.Object({
    ...NamedRecord.properties,
    id: Type.String({
      description: 'The product, or the source record (e.g. the instrument booking) paid for',
    }),
  }),
})
/** Orders sort by when they were placed, their total, or where they stand. */
export const orderSorts = ['createdAt', 'amountFen', 'status'] as const
const orderQueryFields = {
  ...ListQuery(orderSorts, '-createdAt'),
  voucher: Type.Optional(Id),
  firm: Type.Optional(Id),
  provider: Type.Optional(Id),
  city: Type.Optional(CityCode),
  status: Type.Optional(OrderStatusSchema),
}
export const OrderQuery = StrictObject(orderQueryFields)
/** The orders list as a file: the list's filters and order, and the file's format and language. */
export const OrderExportQuery = StrictObject({ ...orderQueryFields, ...ExportFields })
export const CreateOrderBody = StrictObject({
  voucherId: Id,
  productId: Id,
  quantity: Type.Optional(Type.Integer({ minimum: 1, maximum: orderQuantityMax, description: 'Default 1' })),
  voucherShareFen: Type.Optional(
    Fen('What the voucher should pay, at most what the co-pay rule allows (default: as much as allowed)'),
  ),
})
export const CancelOrderBody = StrictObject({ reason: Type.Optional(Reason) })

// ---- ledger verification and reference ----

export const LedgerVerificationSchema = Type.Object({
  ok: Type.Boolean(),
  accountCount: Type.Integer(),
  transferCount: Type.Integer(),
  balanceSumFen: Type.Integer({ description: 'Zero when the ledger is balanced' }),
  checks: Type.Array(Type.Object({ check: Type.String(), ok: Type.Boolean() })),
  firstViolation: Nullable(
    Type.Object({ check: Type.String(), subjectId: Nullable(Type.String()), message: Type.String() }),
  ),
})

const Named = Type.Object({ code: Type.String(), nameZh: Type.String(), nameEn: Type.String() })
export const VoucherReference = Type.Object({
  voucherTypes: Type.Array(Named),
  eligibilityCriteria: Type.Array(Named),
  serviceCategories: Type.Array(Named),
  settlementModels: Type.Array(Named),
  priceUnits: Type.Array(Named),
  ledgerAccountKinds: Type.Array(Named),
})

export const SchemePage = Page(Scheme)
export const AppropriationPage = Page(Appropriation)
/** A product as the catalogue lists it: named with its provider. */
export const ListedProduct = Type.Object({ ...Product.properties, provider: NamedRecord })
export const ProductPage = ListPage(ListedProduct)
export const ClaimPage = ListPage(Claim)
export const VoucherPage = ListPage(Voucher)
export const OrderPage = ListPage(ListedOrder)
export const LedgerEntryPage = Page(LedgerEntry)

export type SchemeQueryInput = Static<typeof SchemeQuery>
export type CreateSchemeInput = Static<typeof CreateSchemeBody>
export type UpdateSchemeInput = Static<typeof UpdateSchemeBody>
export type CreateAppropriationInput = Static<typeof CreateAppropriationBody>
export type ProductQueryInput = Static<typeof ProductQuery>
export type CreateProductInput = Static<typeof CreateProductBody>
export type UpdateProductInput = Static<typeof UpdateProductBody>
export type ClaimQueryInput = Static<typeof ClaimQuery>
export type CreateClaimInput = Static<typeof CreateClaimBody>
export type ApproveClaimInput = Static<typeof ApproveClaimBody>
export type RejectClaimInput = Static<typeof RejectClaimBody>
export type VoucherQueryInput = Static<typeof VoucherQuery>
export type OrderQueryInput = Static<typeof OrderQuery>
export type CreateOrderInput = Static<typeof CreateOrderBody>
export type CancelOrderInput = Static<typeof CancelOrderBody>
