// Request and response shapes of redemption claims, settlement runs and the clearing report.
import { Type, type Static } from 'typebox'
import {
  DateOnly,
  Nullable,
  Page,
  PageQuery,
  RecordStamps,
  StrictObject,
  Timestamp,
} from '../../platform/http/schemas'
import { ExportFields } from '../../platform/export'
import { ListPage, ListQuery, SortQuery } from '../../platform/http/list'
import { payeeKinds, redemptionStatuses, settlementModels, spotCheckResults } from './vouchers.reference'
import { CityCode, FenFigure, Id, NamedRecord, Reason, ServiceCategorySchema } from './vouchers.schemas'

export const RedemptionStatusSchema = Type.Enum(redemptionStatuses)
const DocumentNumber = Type.String({ minLength: 1, maxLength: 64, pattern: '\\S' })

// ---- redemptions ----

export const Redemption = Type.Object({
  id: Type.String(),
  orderId: Type.String(),
  voucherId: Type.String(),
  schemeId: Type.String(),
  firmId: Type.String(),
  providerId: Type.String(),
  issuerCityCode: Type.String(),
  providerCityCode: Type.String(),
  settlementModel: Type.Enum(settlementModels),
  amountFen: FenFigure('The voucher share claimed'),
  contractNumber: Type.String(),
  invoiceNumber: Type.String({ description: 'Upper-cased, without spaces' }),
  deliverable: Type.Object({
    fileName: Type.String(),
    contentType: Type.String(),
    sizeBytes: Type.Integer(),
    sha256: Type.String({ description: 'SHA-256 of the stored file, hex' }),
  }),
  status: RedemptionStatusSchema,
  firmRating: Nullable(Type.Integer()),
  firmComment: Nullable(Type.String()),
  confirmedAt: Nullable(Timestamp),
  spotCheck: Type.Object({
    draw: Nullable(Type.Number({ description: 'SHA-256 of "schemeId:redemptionId" as a number in [0, 1)' })),
    selected: Type.Boolean(),
    result: Nullable(Type.Enum(spotCheckResults)),
    note: Nullable(Type.String()),
    checkedAt: Nullable(Timestamp),
  }),
  decisionReason: Nullable(Type.String()),
  decidedAt: Nullable(Timestamp),
  settlementRunId: Nullable(Type.String()),
  ...RecordStamps,
})

/** Redemption claims sort by when they were filed, the voucher share claimed, or where they stand. */
export const redemptionSorts = ['createdAt', 'amountFen', 'status'] as const
export const RedemptionQuery = StrictObject({
  ...ListQuery(redemptionSorts, '-createdAt'),
  city: Type.Optional(CityCode),
  issuer: Type.Optional(CityCode),
  firm: Type.Optional(Id),
  provider: Type.Optional(Id),
  order: Type.Optional(Id),
  settlement: Type.Optional(Id),
  status: Type.Optional(RedemptionStatusSchema),
})

export const ClaimRedemptionBody = StrictObject({
  orderId: Id,
  contractNumber: DocumentNumber,
  invoiceNumber: DocumentNumber,
  deliverable: StrictObject({
    fileName: Type.String({ minLength: 1, maxLength: 200, pattern: '^[^/\\\\]+$' }),
    contentType: Type.String({ minLength: 3, maxLength: 100, pattern: '^[\\w.+-]+/[\\w.+-]+$' }),
    contentBase64: Type.String({
      minLength: 4,
      maxLength: 7_000_000,
      description: 'The file, Base64; at most 5 MB',
    }),
  }),
})
export const ConfirmRedemptionBody = StrictObject({
  rating: Type.Integer({ minimum: 1, maximum: 5, description: 'How the firm rates the service, 1 to 5' }),
  comment: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
})
export const SpotCheckBody = StrictObject({
  passed: Type.Boolean(),
  note: Reason,
})
export const RejectRedemptionBody = StrictObject({ reason: Reason })

/** A claim as a list shows it: with what its order paid for, and the firm and the provider, named. */
export const ListedRedemption = Type.Object({
  ...Redemption.properties,
  category: ServiceCategorySchema,
  firm: NamedRecord,
  provider: NamedRecord,
  subject: Type.Object(
    { nameZh: Type.String(), nameEn: Type.String() },
    { description: 'What the order paid for' },
  ),
})
export const RedemptionPage = ListPage(ListedRedemption)

// ---- settlement runs ----

export const SettlementRun = Type.Object({
  id: Type.String(),
  cityCode: Type.String(),
  periodStart: DateOnly,
  periodEnd: DateOnly,
  cutoffAt: Timestamp,
  redemptionCount: Type.Integer(),
  paymentCount: Type.Integer(),
  totalFen: FenFigure('Paid by the run'),
  isSynthetic: Type.Boolean(),
  createdAt: Timestamp,
})
export const SettlementPayment = Type.Object({
  id: Type.String(),
  payeeKind: Type.Enum(payeeKinds),
  payeeId: Type.String(),
  payeeNameZh: Type.String(),
  payeeCreditCode: Type.String(),
  payeeCityCode: Type.String(),
  redemptionCount: Type.Integer(),
  amountFen: FenFigure('Paid to the payee'),
})
export const SettlementQuery = StrictObject({ ...PageQuery, city: Type.Optional(CityCode) })
/** Settlement runs sort by their period (newest first by default), the amount paid, or when they were run. */
export const settlementRunSorts = ['periodStart', 'totalFen', 'createdAt'] as const
const settlementRunQueryFields = {
  ...PageQuery,
  ...SortQuery(settlementRunSorts, '-periodStart'),
  city: Type.Optional(CityCode),
}
export const SettlementRunQuery = StrictObject(settlementRunQueryFields)
/** The settlement runs list as a file: the list's filter and order, and the file's format and language. */
export const SettlementRunExportQuery = StrictObject({ ...settlementRunQueryFields, ...ExportFields })
export const CreateSettlementBody = StrictObject({
  cityCode: CityCode,
  periodStart: DateOnly,
  periodEnd: DateOnly,
})
export const ExportQuery = StrictObject({ format: Type.Optional(Type.Enum(['csv', 'xlsx'])) })
export const SettlementRunPage = ListPage(SettlementRun)
export const SettlementPaymentPage = Page(SettlementPayment)

// ---- clearing ----

export const ClearingQuery = StrictObject({
  periodStart: DateOnly,
  periodEnd: DateOnly,
  format: Type.Optional(Type.Enum(['csv'])),
})
export const ClearingReport = Type.Object({
  periodStart: DateOnly,
  periodEnd: DateOnly,
  basis: Type.String({ description: 'Which redemptions count: approved ones, by the day of approval' }),
  flows: Type.Array(
    Type.Object({
      issuerCityCode: Type.String(),
      providerCityCode: Type.String(),
      count: Type.Integer(),
      valueFen: FenFigure('All approved redemptions'),
      providerPaidFen: FenFigure('Of which paid to providers (通兑), settled between treasuries'),
    }),
  ),
  positions: Type.Array(
    Type.Object({
      cityCode: Type.String(),
      payableToOtherCitiesFen: FenFigure("Owed to other cities' providers"),
      receivableFromOtherCitiesFen: FenFigure("Owed by other cities to this city's providers"),
      netFen: FenFigure('Receivable minus payable; the nine sum to zero'),
    }),
  ),
  totals: Type.Object({
    count: Type.Integer(),
    valueFen: FenFigure('All flows'),
    crossCityFen: FenFigure('Between two cities'),
  }),
})

export type RedemptionQueryInput = Static<typeof RedemptionQuery>
export type ClaimRedemptionInput = Static<typeof ClaimRedemptionBody>
export type ConfirmRedemptionInput = Static<typeof ConfirmRedemptionBody>
export type SpotCheckInput = Static<typeof SpotCheckBody>
export type RejectRedemptionInput = Static<typeof RejectRedemptionBody>
export type SettlementQueryInput = Static<typeof SettlementQuery>
export type SettlementRunQueryInput = Static<typeof SettlementRunQuery>
export type CreateSettlementInput = Static<typeof CreateSettlementBody>
export type ClearingQueryInput = Static<typeof ClearingQuery>
export type ClearingReportShape = Static<typeof ClearingReport>
