import { Type, type Static } from 'typebox'
import { ExportFields } from '../../platform/export'
import { ListPage, ListQuery } from '../../platform/http/list'
import { DateOnly, Nullable, StrictObject, Timestamp } from '../../platform/http/schemas'
import { factDeclarations, factNames, factSources, factTypes } from './facts'
import {
  awardListStatuses,
  awardStatuses,
  decisionOutcomes,
  itemCategories,
  payoutModes,
} from './policies.states'
import { expressionLengthMax, ruleConditionsMax } from './rules/rule'

const Code = Type.String({ minLength: 2, maxLength: 40 })
const IssuerCode = Type.String({
  minLength: 2,
  maxLength: 8,
  description: 'a city code, or G60 for the office',
})

/** The library opens on the policies published last; people also run it by code. */
export const policySorts = ['publishedOn', 'code'] as const
export const PolicyQuery = StrictObject({
  issuer: Type.Optional(IssuerCode),
  ...ListQuery(policySorts, '-publishedOn'),
  // people quote a policy's code or document number, or name it by its title
  q: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 100,
      description: 'A code or document number, or its beginning; or part of a title',
    }),
  ),
})
export type PolicyQueryInput = Static<typeof PolicyQuery>

export const RuleVersion = Type.Object({
  id: Type.String(),
  version: Type.Integer(),
  effectiveFrom: DateOnly,
  conditions: Type.Array(
    Type.Object({ expression: Type.String(), labelZh: Type.String(), labelEn: Type.String() }),
  ),
  awardExpression: Type.String(),
  facts: Type.Array(Type.String()),
  note: Nullable(Type.String()),
  createdAt: Timestamp,
})

export const Item = Type.Object({
  id: Type.String(),
  code: Code,
  policyId: Type.String(),
  issuerCode: IssuerCode,
  cityCode: Type.String(),
  titleZh: Type.String(),
  titleEn: Type.String(),
  category: Type.Enum(itemCategories),
  payoutMode: Type.Enum(payoutModes),
  promiseWorkingDays: Nullable(Type.Integer()),
  budgetFen: Type.Integer(),
  validFrom: DateOnly,
  validUntil: DateOnly,
  guideZh: Type.String(),
  guideEn: Type.String(),
  /** the version in force today, if any */
  currentRule: Nullable(RuleVersion),
})

export const Policy = Type.Object({
  id: Type.String(),
  code: Code,
  issuerCode: IssuerCode,
  documentNumber: Type.String(),
  titleZh: Type.String(),
  titleEn: Type.String(),
  textZh: Type.String(),
  textEn: Type.String(),
  publishedOn: DateOnly,
  items: Type.Array(Item),
})
export const PolicyPage = ListPage(Policy)

export const ItemDetail = Type.Object({
  item: Item,
  policy: Type.Object({
    id: Type.String(),
    code: Code,
    titleZh: Type.String(),
    titleEn: Type.String(),
    documentNumber: Type.String(),
  }),
  versions: Type.Array(RuleVersion),
})

export const Facts = Type.Array(
  Type.Object({
    name: Type.Enum(factNames),
    type: Type.Enum(factTypes),
    source: Type.Enum(factSources),
    nameZh: Type.String(),
    nameEn: Type.String(),
    unit: Nullable(Type.String()),
  }),
)

const Condition = StrictObject({
  expression: Type.String({ minLength: 1, maxLength: expressionLengthMax }),
  labelZh: Type.String({ minLength: 1, maxLength: 200 }),
  labelEn: Type.String({ minLength: 1, maxLength: 300 }),
})

export const RuleDraftBody = StrictObject({
  conditions: Type.Array(Condition, { minItems: 1, maxItems: ruleConditionsMax }),
  awardExpression: Type.String({ minLength: 1, maxLength: expressionLengthMax }),
})

export const RuleVersionBody = StrictObject({
  ...RuleDraftBody.properties,
  effectiveFrom: DateOnly,
  note: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
})

export const RuleTestBody = StrictObject({
  ...RuleDraftBody.properties,
  firmId: Type.String({ minLength: 3, maxLength: 64 }),
})

const FactValue = Type.Union([Type.Number(), Type.Boolean(), Type.String(), Type.Array(Type.String())])

export const Trace = Type.Object({
  ruleVersion: Type.Object({ id: Type.String(), version: Type.Integer(), effectiveFrom: DateOnly }),
  asOf: DateOnly,
  asOfYear: Type.Integer(),
  facts: Type.Record(
    Type.String(),
    Type.Object({ value: FactValue, source: Type.String(), origin: Type.String(), asOf: Type.String() }),
  ),
  conditions: Type.Array(
    Type.Object({
      expression: Type.String(),
      labelZh: Type.String(),
      labelEn: Type.String(),
      value: Nullable(Type.Boolean()),
      error: Nullable(Type.String()),
      scope: Type.Boolean(),
    }),
  ),
  award: Type.Object({
    expression: Type.String(),
    amountFen: Nullable(Type.Integer()),
    error: Nullable(Type.String()),
  }),
})

export const RuleTest = Type.Object({
  firm: Type.Object({
    id: Type.String(),
    nameZh: Type.String(),
    nameEn: Type.String(),
    cityCode: Type.String(),
  }),
  outcome: Type.Enum([...decisionOutcomes, 'out_of_scope'] as const),
  amountFen: Type.Integer(),
  trace: Trace,
})

export const Decision = Type.Object({
  id: Type.String(),
  itemId: Type.String(),
  firmId: Type.String(),
  ruleVersionId: Type.String(),
  runId: Nullable(Type.String()),
  asOf: DateOnly,
  outcome: Type.Enum(decisionOutcomes),
  amountFen: Type.Integer(),
  trace: Trace,
  decidedAt: Timestamp,
  item: Item,
})

export const Replay = Type.Object({
  decision: Decision,
  replayed: Type.Object({
    outcome: Type.Enum(decisionOutcomes),
    amountFen: Type.Integer(),
    conditions: Type.Array(Nullable(Type.Boolean())),
  }),
  identical: Type.Boolean(),
})

export const Award = Type.Object({
  id: Type.String(),
  itemId: Type.String(),
  itemCode: Type.String(),
  itemTitleZh: Type.String(),
  itemTitleEn: Type.String(),
  payoutMode: Type.Enum(payoutModes),
  firmId: Type.String(),
  firmNameZh: Type.String(),
  firmNameEn: Type.String(),
  decisionId: Type.String(),
  listId: Nullable(Type.String()),
  issuerCode: IssuerCode,
  cityCode: Type.String(),
  amountFen: Type.Integer(),
  status: Type.Enum(awardStatuses),
  statusReason: Nullable(Type.String()),
  confirmedAt: Nullable(Timestamp),
  dueOn: Nullable(DateOnly),
  escalatedAt: Nullable(Timestamp),
  paidAt: Nullable(Timestamp),
  transferId: Nullable(Type.String()),
  createdAt: Timestamp,
})
export const AwardPage = ListPage(Award)

/** Awards sort by when they were made, their amount, or where they stand. */
export const awardSorts = ['createdAt', 'amountFen', 'status'] as const
const awardQueryFields = {
  listId: Type.Optional(Type.String({ minLength: 3, maxLength: 64 })),
  firmId: Type.Optional(Type.String({ minLength: 3, maxLength: 64 })),
  status: Type.Optional(Type.Enum(awardStatuses)),
  ...ListQuery(awardSorts, '-createdAt'),
}
export const AwardQuery = StrictObject(awardQueryFields)
/** The awards list as a file: the list's filters and order, and the file's format and language. */
export const AwardExportQuery = StrictObject({ ...awardQueryFields, ...ExportFields })
export type AwardQueryInput = Static<typeof AwardQuery>

export const AwardMove = StrictObject({ award: Award })

export const Match = Type.Object({
  decisionId: Nullable(
    Type.String({ description: 'the stored decision of a qualification; null for a near miss' }),
  ),
  outcome: Type.Enum(['qualified', 'near'] as const),
  amountFen: Type.Integer(),
  decidedAt: Timestamp,
  trace: Trace,
  item: Item,
  award: Nullable(Award),
})
export const Matches = Type.Object({ firmId: Type.String(), items: Type.Array(Match) })
export const MatchQuery = StrictObject({
  firmId: Type.Optional(Type.String({ minLength: 3, maxLength: 64 })),
})

export const AwardList = Type.Object({
  id: Type.String(),
  itemId: Type.String(),
  itemCode: Type.String(),
  itemTitleZh: Type.String(),
  itemTitleEn: Type.String(),
  cityCode: Type.String(),
  issuerCode: IssuerCode,
  status: Type.Enum(awardListStatuses),
  listedCount: Type.Integer(),
  listedFen: Type.Integer(),
  paidCount: Type.Integer(),
  paidFen: Type.Integer(),
  removedCount: Type.Integer(),
  budgetBalanceFen: Nullable(Type.Integer()),
  approvedAt: Nullable(Timestamp),
  createdAt: Timestamp,
})
export const AwardListPage = ListPage(AwardList)
/** Award lists are a history, newest first; the code of their item finds them. */
export const awardListSorts = ['createdAt'] as const
export const AwardListQuery = StrictObject({
  status: Type.Optional(Type.Enum(awardListStatuses)),
  ...ListQuery(awardListSorts, '-createdAt'),
})
export type AwardListQueryInput = Static<typeof AwardListQuery>

export const ReasonBody = StrictObject({ reason: Type.String({ minLength: 2, maxLength: 500 }) })

const factProperties = Object.fromEntries(
  factNames.map((name) => {
    const declared = factDeclarations[name]
    const schema =
      declared.type === 'int'
        ? Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER })
        : declared.type === 'double'
          ? Type.Number({ minimum: 0, maximum: 1e9 })
          : declared.type === 'bool'
            ? Type.Boolean()
            : declared.type === 'string'
              ? Type.String({ maxLength: 64 })
              : Type.Array(Type.String({ maxLength: 80 }), { maxItems: declared.itemsMax ?? 16 })
    return [name, Type.Optional(schema)]
  }),
)

export const CalculatorBody = StrictObject({
  firmId: Type.Optional(
    Type.String({ minLength: 3, maxLength: 64, description: 'decide on this firm’s own facts' }),
  ),
  facts: Type.Optional(
    StrictObject(factProperties, { description: 'facts typed in; a fact left out reads as nothing' }),
  ),
})

export const Calculation = Type.Object({
  asOf: DateOnly,
  itemsDecided: Type.Integer(),
  facts: Type.Record(Type.String(), FactValue),
  results: Type.Array(
    Type.Object({
      item: Item,
      outcome: Type.Enum(['qualified', 'near'] as const),
      amountFen: Type.Integer(),
      trace: Trace,
    }),
  ),
})

export const Run = Type.Object({
  id: Type.String(),
  asOf: DateOnly,
  status: Type.Enum(['running', 'finished'] as const),
  firmsDone: Type.Integer(),
  decisionsWritten: Type.Integer(),
  newlyQualified: Type.Integer(),
  startedAt: Timestamp,
  finishedAt: Nullable(Timestamp),
})
export const Runs = Type.Object({ items: Type.Array(Run) })

const FigureRow = {
  paidFen: Type.Integer(),
  awardsPaid: Type.Integer(),
  firmsReached: Type.Integer(),
  qualifiedFirms: Type.Integer(),
  medianDaysToPayment: Nullable(
    Type.Number({ description: 'days from the decision to payment, the median' }),
  ),
}

export const Figures = Type.Object({
  corridor: Type.Object(FigureRow),
  cities: Type.Array(Type.Object({ cityCode: Type.String(), ...FigureRow })),
  months: Type.Array(Type.Object({ month: Type.String(), cityCode: Type.String(), paidFen: Type.Integer() })),
})
