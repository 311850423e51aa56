// Request and response shapes of the finance module.
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
import { cityReferences, industryReferences } from '../registry'
import {
  caseStages,
  firmStages,
  indicatorCodes,
  indicatorGroups,
  indicatorSources,
  needStatuses,
  productStatuses,
  productTypes,
  referralStatuses,
  urgencies,
} from './finance.reference'

/** ¥10 billion: no single product or need comes near it. */
export const financeAmountFenMax = 1_000_000_000_000

const CityCode = Type.Enum(cityReferences.map((city) => city.code))
const IndustryCode = Type.Enum(industryReferences.map((industry) => industry.code))
const Id = Type.String({ minLength: 3, maxLength: 64 })
const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength })
const Fen = (description: string) =>
  Type.Integer({
    minimum: 1,
    maximum: financeAmountFenMax,
    description: `${description}, in fen (¥1 = 100 fen)`,
  })
const FenFigure = (description: string) => Type.Integer({ description: `${description}, in fen` })
const Months = Type.Integer({ minimum: 1, maximum: 360 })
const ProductTypeSchema = Type.Enum(productTypes)

const productFields = {
  productType: ProductTypeSchema,
  nameZh: Text(200),
  nameEn: Text(300),
  descriptionZh: Text(2000),
  amountMinFen: Fen('Smallest amount'),
  amountMaxFen: Fen('Largest amount'),
  rateCapBps: Nullable(
    Type.Integer({ minimum: 0, maximum: 2000, description: 'Loans: at most LPR + this many basis points' }),
  ),
  termMinMonths: Months,
  termMaxMonths: Months,
  citiesServed: Type.Array(CityCode, { minItems: 1, maxItems: 9, uniqueItems: true }),
  industries: Type.Array(IndustryCode, {
    maxItems: 20,
    uniqueItems: true,
    description: 'Empty: every industry',
  }),
  stages: Type.Array(Type.Enum(firmStages), {
    maxItems: 3,
    uniqueItems: true,
    description: 'Empty: every stage',
  }),
  minScoreTenths: Type.Integer({ minimum: 0, maximum: 1000, description: 'Innovation-points score × 10' }),
  requiresHighTech: Type.Boolean(),
  requiresTechSme: Type.Boolean(),
  riskSharePercent: Nullable(
    Type.Integer({
      minimum: 1,
      maximum: 100,
      description: "The government fund's share of a loss (8:2 → 20)",
    }),
  ),
}

export const FinanceProduct = Type.Object({
  id: Type.String(),
  institutionId: Type.String(),
  cityCode: Type.String(),
  ...productFields,
  amountMinFen: FenFigure('Smallest amount'),
  amountMaxFen: FenFigure('Largest amount'),
  status: Type.Enum(productStatuses),
  ...RecordStamps,
})
/** A record another row refers to, named in both languages so that a list never shows its id. */
const NamedRecord = Type.Object({ id: Type.String(), nameZh: Type.String(), nameEn: Type.String() })

/** A product as a list shows it: its institution named. */
export const ListedProduct = Type.Object({ ...FinanceProduct.properties, institution: NamedRecord })
/** Products sort by when they were published or the largest amount they lend. */
export const productSorts = ['createdAt', 'amountMaxFen'] as const
const productQueryFields = {
  ...ListQuery(productSorts, '-createdAt'),
  // a product has no number people quote: `q` finds it by its names and its institution's, as it always has
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Part of a product name' })),
  type: Type.Optional(ProductTypeSchema),
  institution: Type.Optional(Id),
  city: Type.Optional(CityCode),
  status: Type.Optional(Type.Enum(productStatuses)),
}
export const ProductQuery = StrictObject(productQueryFields)
/** The products list as a file: the list's filters and order, and the file's format and language. */
export const ProductExportQuery = StrictObject({ ...productQueryFields, ...ExportFields })
export const CreateProductBody = StrictObject({ institutionId: Type.Optional(Id), ...productFields })
export const UpdateProductBody = StrictObject({
  ...Type.Partial(Type.Object(productFields)).properties,
  status: Type.Optional(Type.Enum(productStatuses)),
})

// ---- scoring ----

const WeightsOfStage = StrictObject(
  Object.fromEntries(indicatorCodes.map((code) => [code, Type.Integer({ minimum: 0, maximum: 1000 })])),
)
const FullMarksSchema = StrictObject(
  Object.fromEntries(
    indicatorCodes.map((code) => [code, Type.Number({ exclusiveMinimum: 0, maximum: 1e15 })]),
  ),
)
export const ParameterSet = Type.Object({
  id: Type.String(),
  effectiveFrom: DateOnly,
  weights: Type.Record(Type.String(), Type.Record(Type.String(), Type.Integer())),
  fullMarks: Type.Record(Type.String(), Type.Number()),
  note: Type.String(),
  createdAt: Timestamp,
})
export const ParameterSetList = Type.Object({ items: Type.Array(ParameterSet) })
export const CreateParameterSetBody = StrictObject({
  effectiveFrom: DateOnly,
  weights: StrictObject({ start_up: WeightsOfStage, growth: WeightsOfStage, mature: WeightsOfStage }),
  fullMarks: FullMarksSchema,
  note: Text(500),
})

export const ScoreQuery = StrictObject({ asOf: Type.Optional(DateOnly) })
export const FirmScore = Type.Object({
  firmId: Type.String(),
  asOf: DateOnly,
  parameterSetId: Type.String(),
  parameterSetEffectiveFrom: DateOnly,
  stage: Type.Enum(firmStages),
  score: Type.Number({ description: '0.0 to 100.0 points' }),
  totalTenths: Type.Integer(),
  groups: Type.Array(
    Type.Object({
      group: Type.Enum(indicatorGroups),
      pointsTenths: Type.Integer(),
      weightPermille: Type.Integer(),
    }),
  ),
  contributions: Type.Array(
    Type.Object({
      code: Type.String(),
      group: Type.Enum(indicatorGroups),
      nameZh: Type.String(),
      nameEn: Type.String(),
      unit: Type.String(),
      value: Nullable(Type.Number()),
      source: Nullable(Type.String()),
      asOf: Nullable(DateOnly),
      weightPermille: Type.Integer(),
      fullMarks: Type.Number(),
      attainment: Type.Number({ description: '0 to 1' }),
      pointsTenths: Type.Integer(),
    }),
  ),
})
export const RecordIndicatorsBody = StrictObject({
  values: Type.Array(
    StrictObject({
      code: Type.Enum(indicatorCodes),
      value: Type.Number({ minimum: -1e15, maximum: 1e15 }),
      source: Type.Enum(indicatorSources),
      asOf: DateOnly,
    }),
    { minItems: 1, maxItems: 18 },
  ),
})

export const Suggestions = Type.Object({
  firmId: Type.String(),
  suggestions: Type.Array(
    Type.Object({
      rank: Type.Integer(),
      productId: Type.String(),
      product: Type.Object({
        ...NamedRecord.properties,
        productType: ProductTypeSchema,
        rateCapBps: Nullable(Type.Integer()),
      }),
      institution: NamedRecord,
      fitTenths: Type.Integer({ description: 'Score margin, specificity and approvals, 0 to 1000' }),
      computedAt: Timestamp,
    }),
  ),
})

// ---- needs and matches ----

export const Need = Type.Object({
  id: Type.String(),
  firmId: Type.String(),
  cityCode: Type.String(),
  productType: ProductTypeSchema,
  amountFen: FenFigure('Amount needed'),
  termMonths: Type.Integer(),
  purpose: Type.String(),
  urgency: Type.Enum(urgencies),
  status: Type.Enum(needStatuses),
  ...RecordStamps,
})
/** A need as the lists and its page show it: its firm named. */
export const ListedNeed = Type.Object({ ...Need.properties, firm: NamedRecord })
/** Needs sort by when they were stated or the amount needed; they carry no number to search by. */
export const needSorts = ['createdAt', 'amountFen'] as const
const needQueryFields = {
  ...PageQuery,
  ...SortQuery(needSorts, '-createdAt'),
  firm: Type.Optional(Id),
  city: Type.Optional(CityCode),
  status: Type.Optional(Type.Enum(needStatuses)),
}
export const NeedQuery = StrictObject(needQueryFields)
/** The needs list as a file: the list's filters and order, and the file's format and language. */
export const NeedExportQuery = StrictObject({ ...needQueryFields, ...ExportFields })
export const CreateNeedBody = StrictObject({
  firmId: Type.Optional(Id),
  productType: ProductTypeSchema,
  amountFen: Fen('Amount needed'),
  termMonths: Months,
  purpose: Text(500),
  urgency: Type.Enum(urgencies),
})
const Condition = Type.Object({ code: Type.String(), required: Type.String(), actual: Type.String() })
const ProductSummary = Type.Object({
  id: Type.String(),
  institutionId: Type.String(),
  institution: NamedRecord,
  nameZh: Type.String(),
  nameEn: Type.String(),
  productType: ProductTypeSchema,
  rateCapBps: Nullable(Type.Integer()),
  riskSharePercent: Nullable(Type.Integer()),
})
export const NeedMatches = Type.Object({
  needId: Type.String(),
  firmScoreTenths: Type.Integer(),
  consideredCount: Type.Integer(),
  matches: Type.Array(
    Type.Object({
      product: ProductSummary,
      rankScore: Type.Number({ description: '0 to 100' }),
      components: Type.Array(
        Type.Object({
          component: Type.String(),
          weight: Type.Integer(),
          value: Type.Number(),
          points: Type.Number(),
        }),
      ),
      reasons: Type.Array(Type.String()),
    }),
  ),
  nearMisses: Type.Array(Type.Object({ product: ProductSummary, failed: Type.Array(Condition) })),
})
export const ProductFirmMatches = Type.Object({
  productId: Type.String(),
  needs: Type.Array(
    Type.Object({
      needId: Type.String(),
      firmId: Type.String(),
      firmNameZh: Type.String(),
      firm: NamedRecord,
      cityCode: Type.String(),
      amountFen: FenFigure('Amount needed'),
      termMonths: Type.Integer(),
      urgency: Type.Enum(urgencies),
    }),
  ),
})

// ---- referrals ----

/** A record a referral refers to, named in both languages. */
const ReferralParty = Type.Object({ id: Type.String(), nameZh: Type.String(), nameEn: Type.String() })

export const Referral = Type.Object({
  id: Type.String(),
  needId: Type.String(),
  firmId: Type.String(),
  firmCityCode: Type.String(),
  productId: Type.String(),
  institutionId: Type.String(),
  productType: ProductTypeSchema,
  requestedAmountFen: FenFigure('Amount asked'),
  status: Type.Enum(referralStatuses),
  consent: Type.Object({ grantedAt: Timestamp, revokedAt: Nullable(Timestamp), live: Type.Boolean() }),
  approvedAmountFen: Nullable(Type.Integer()),
  rateBps: Nullable(Type.Integer()),
  termMonths: Nullable(Type.Integer()),
  declineReason: Nullable(Type.String()),
  decidedAt: Nullable(Timestamp),
  drawnAmountFen: Nullable(Type.Integer()),
  drawnAt: Nullable(Timestamp),
  isFirstLoan: Type.Boolean(),
  ...RecordStamps,
})
/** Referrals sort by when they were made, the amount asked for, or where they stand; they carry no number. */
export const referralSorts = ['createdAt', 'requestedAmountFen', 'status'] as const
const referralQueryFields = {
  ...PageQuery,
  ...SortQuery(referralSorts, '-createdAt'),
  status: Type.Optional(Type.Enum(referralStatuses)),
  need: Type.Optional(Id),
}
export const ReferralQuery = StrictObject(referralQueryFields)
/** The referrals list as a file: the list's filters and order, and the file's format and language. */
export const ReferralExportQuery = StrictObject({ ...referralQueryFields, ...ExportFields })
export const CreateReferralBody = StrictObject({
  needId: Id,
  productId: Id,
  consent: Type.Literal(true, {
    description: 'The firm lets this institution read its indicators for this referral',
  }),
})
export const DecideReferralBody = Type.Union([
  StrictObject({
    decision: Type.Literal('approved'),
    approvedAmountFen: Fen('Approved amount'),
    rateBps: Type.Optional(
      Type.Integer({ minimum: 0, maximum: 2000, description: 'Loans: LPR + this many bp' }),
    ),
    termMonths: Months,
  }),
  StrictObject({ decision: Type.Literal('declined'), reason: Text(500) }),
])
export const DrawdownBody = StrictObject({ drawnAmountFen: Fen('Amount drawn') })
export const FirmIndicatorsForInstitution = Type.Object({
  firmId: Type.String(),
  referralId: Type.String(),
  score: FirmScore,
})

// ---- cases and figures ----

export const FinanceCase = Type.Object({
  id: Type.String(),
  cityCode: Type.String(),
  firmId: Type.String(),
  firm: NamedRecord,
  officerUserId: Type.String(),
  officer: NamedRecord,
  stage: Type.Enum(caseStages),
  dueOn: Nullable(DateOnly),
  referralId: Nullable(Type.String()),
  summary: Type.String(),
  notes: Type.Array(
    Type.Object({
      stage: Type.String(),
      text: Type.String(),
      authorUserId: Type.String(),
      createdAt: Timestamp,
    }),
  ),
  ...RecordStamps,
})
const CaseFilters = {
  city: Type.Optional(CityCode),
  firm: Type.Optional(Id),
  officer: Type.Optional(Id),
  overdue: Type.Optional(
    Type.Boolean({ description: 'only open cases whose due day (Asia/Shanghai) has passed' }),
  ),
}
export const CaseQuery = StrictObject({
  ...PageQuery,
  stage: Type.Optional(Type.Enum(caseStages)),
  ...CaseFilters,
})
export const CaseCountQuery = StrictObject(CaseFilters)
export const CaseCounts = Type.Object({
  stages: Type.Array(Type.Object({ stage: Type.Enum(caseStages), count: Type.Integer() })),
  officers: Type.Array(Type.Object({ ...NamedRecord.properties, count: Type.Integer() })),
})
export const CreateCaseBody = StrictObject({
  firmId: Id,
  summary: Text(1000),
  dueOn: Type.Optional(DateOnly),
})
export const AdvanceCaseBody = StrictObject({
  stage: Type.Enum(caseStages),
  note: Text(2000),
  dueOn: Type.Optional(Nullable(DateOnly)),
  referralId: Type.Optional(Id),
})
export const FiguresQuery = StrictObject({ periodStart: DateOnly, periodEnd: DateOnly })
const CityFigures = Type.Object({
  cityCode: Type.String(),
  approvedCount: Type.Integer(),
  declinedCount: Type.Integer(),
  creditGrantedFen: FenFigure('Loans approved'),
  creditDrawnFen: FenFigure('Loans drawn'),
  firstTimeBorrowers: Type.Integer(),
  guaranteesFen: FenFigure('Guarantees approved'),
  guaranteeSharePercent: Type.Number({ description: 'Guarantees as a share of credit granted' }),
  equityRaisedFen: FenFigure('Equity drawn'),
  previousCreditDrawnFen: FenFigure('Loans drawn in the previous period of the same length'),
  loanGrowthPercent: Nullable(
    Type.Number({ description: 'Against the previous period; null when it had none' }),
  ),
})
export const Figures = Type.Object({
  periodStart: DateOnly,
  periodEnd: DateOnly,
  cities: Type.Array(CityFigures),
})

export const ProductPage = ListPage(ListedProduct)
export const NeedPage = ListPage(ListedNeed)
/** A referral as a list shows it: the firm, the product and the institution named, never only their ids. */
export const ListedReferral = Type.Object({
  ...Referral.properties,
  firm: ReferralParty,
  product: ReferralParty,
  institution: ReferralParty,
})
export const ReferralPage = ListPage(ListedReferral)
export const CasePage = Page(Type.Omit(FinanceCase, ['notes']))

export type CreateProductInput = Static<typeof CreateProductBody>
export type UpdateProductInput = Static<typeof UpdateProductBody>
export type ProductQueryInput = Static<typeof ProductQuery>
export type CreateParameterSetInput = Static<typeof CreateParameterSetBody>
export type RecordIndicatorsInput = Static<typeof RecordIndicatorsBody>
export type CreateNeedInput = Static<typeof CreateNeedBody>
export type NeedQueryInput = Static<typeof NeedQuery>
export type CreateReferralInput = Static<typeof CreateReferralBody>
export type DecideReferralInput = Static<typeof DecideReferralBody>
export type ReferralQueryInput = Static<typeof ReferralQuery>
export type CaseQueryInput = Static<typeof CaseQuery>
export type CaseCountQueryInput = Static<typeof CaseCountQuery>
export type CreateCaseInput = Static<typeof CreateCaseBody>
export type AdvanceCaseInput = Static<typeof AdvanceCaseBody>
export type FiguresQueryInput = Static<typeof FiguresQuery>
