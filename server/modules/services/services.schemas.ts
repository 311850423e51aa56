// Request and response shapes of the one-stop services module. Answers embed the names people read (cities,
// departments, materials, items) in both languages, so the console never looks an id up.
import { Type, type Static } from 'typebox'
import { DateOnly, Nullable, StrictObject, Synthetic, Timestamp } from '../../platform/http/schemas'
import { ExportFields } from '../../platform/export'
import { ListPage, ListQuery } from '../../platform/http/list'
import { cityReferences } from '../registry'
import { materialKinds, serviceCategories, serviceModes, talentAreas } from './services.reference'
import { caseDecisions, caseStatuses, clockStates, eventKinds, materialSources } from './services.states'

const CityCode = Type.Enum(cityReferences.map((city) => city.code))
const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength })
const ItemCode = Type.String({
  pattern: '^G60-[A-Z]{2,5}-[A-Z]{2,6}-\\d{3}$',
  description: 'e.g. G60-HF-AMR-001',
})
const MaterialCode = Type.String({ pattern: '^[a-z][a-z0-9_]{1,60}$' })
const Named = Type.Object({ code: Type.String(), nameZh: Type.String(), nameEn: Type.String() })
const Days = (description: string) =>
  Type.Integer({ minimum: 1, maximum: 60, description: `${description}, in working days` })

export const ItemCodeParams = StrictObject({ code: ItemCode })

const licenceFields = StrictObject({
  type: Type.String({ pattern: '^[A-Z][A-Za-z0-9]{2,60}$' }),
  nameZh: Text(200),
  nameEn: Text(300),
  validYears: Type.Integer({ minimum: 1, maximum: 50 }),
})

/** An item as the office writes it (PUT: the whole item, a new version). */
export const ItemBody = StrictObject({
  category: Type.Enum(serviceCategories),
  talentArea: Nullable(Type.Enum(talentAreas)),
  nameZh: Text(200),
  nameEn: Text(300),
  descriptionZh: Text(2000),
  descriptionEn: Text(3000),
  competentCityCode: CityCode,
  departmentCode: Type.String({ pattern: '^[a-z]{2,6}$' }),
  mode: Type.Enum(serviceModes, { description: 'online 全程网办, proxy 异地代收代办, joint 多地联办' }),
  statutoryDays: Days('The statutory time limit'),
  promisedDays: Days('The promised time limit'),
  feeFen: Type.Integer({ minimum: 0, maximum: 100_000_000, description: 'The fee, in fen' }),
  licence: Nullable(licenceFields),
  materials: Type.Array(StrictObject({ code: MaterialCode, required: Type.Boolean() }), {
    minItems: 1,
    maxItems: 20,
  }),
  changeNote: Text(500),
})
export const NewItemBody = StrictObject({ code: ItemCode, ...ItemBody.properties })

/** The catalogue sorts by item code, the promised working days or the fee. */
export const itemSorts = ['code', 'promisedDays', 'feeFen'] as const
const itemQueryFields = {
  city: Type.Optional(CityCode),
  mode: Type.Optional(Type.Enum(serviceModes)),
  department: Type.Optional(Type.String({ pattern: '^[a-z]{2,6}$' })),
  category: Type.Optional(Type.Enum(serviceCategories)),
  licence: Type.Optional(
    Type.Boolean({ description: 'true: items that end in a licence; false: those that do not' }),
  ),
  ...ListQuery(itemSorts, 'code'),
  // people look an item up by a part of its name in either language, or by its code
  q: Type.Optional(Text(100)),
}
export const ItemQuery = StrictObject(itemQueryFields)
/** The catalogue as a file: the list's filters and order, and the file's format and language. */
export const ItemExportQuery = StrictObject({ ...itemQueryFields, ...ExportFields })

const ItemMaterial = Type.Object({
  code: Type.String(),
  nameZh: Type.String(),
  nameEn: Type.String(),
  required: Type.Boolean(),
  kinds: Type.Array(Type.Enum(materialKinds)),
  reuse: Nullable(
    Type.String({ description: "registry, or licence:<Type>: the platform's record may stand for it" }),
  ),
})

export const Item = Type.Object({
  code: Type.String(),
  version: Type.Integer(),
  category: Type.Enum(serviceCategories),
  talentArea: Nullable(Type.Enum(talentAreas)),
  nameZh: Type.String(),
  nameEn: Type.String(),
  descriptionZh: Type.String(),
  descriptionEn: Type.String(),
  competentCity: Named,
  department: Named,
  mode: Type.Enum(serviceModes),
  statutoryDays: Type.Integer(),
  promisedDays: Type.Integer(),
  feeFen: Type.Integer(),
  licence: Nullable(
    Type.Object({
      type: Type.String(),
      nameZh: Type.String(),
      nameEn: Type.String(),
      validYears: Type.Integer(),
    }),
  ),
  materials: Type.Array(ItemMaterial),
  isActive: Type.Boolean(),
  updatedAt: Timestamp,
})
export const ItemPage = ListPage(Item)
export const ItemVersion = Type.Object({
  version: Type.Integer(),
  changeNote: Type.String(),
  changedByUserId: Nullable(Type.String()),
  createdAt: Timestamp,
  snapshot: Type.Unknown(),
})
export const ItemVersions = Type.Object({ items: Type.Array(ItemVersion) })
export const Departments = Type.Object({ items: Type.Array(Named) })

const MaterialClaim = StrictObject({
  code: MaterialCode,
  source: Type.Enum(materialSources),
  file: Type.Optional(
    Type.String({ pattern: '^[a-z][a-z0-9_]{0,60}$', description: 'for an upload: its multipart field' }),
  ),
  referenceId: Type.Optional(
    Type.String({ minLength: 3, maxLength: 64, description: 'for a licence: the e-licence held' }),
  ),
})

/** The JSON part of a filing (multipart field `application`); the files are the other parts. */
export const Application = StrictObject({
  itemCode: ItemCode,
  windowCityCode: Type.Optional(CityCode),
  purpose: Text(500),
  materials: Type.Array(MaterialClaim, { maxItems: 20 }),
})
/** The JSON part of more materials (multipart field `application`). */
export const Supplement = StrictObject({
  materials: Type.Array(MaterialClaim, { minItems: 1, maxItems: 20 }),
})

export const CaseNoteBody = StrictObject({ note: Type.Optional(Text(2000)) })
export const CaseReasonBody = StrictObject({ reason: Text(2000) })
export const CaseRequestBody = StrictObject({ note: Text(2000) })
export const DecisionBody = StrictObject({
  decision: Type.Enum(caseDecisions),
  conditions: Type.Optional(Text(2000)),
  reason: Type.Optional(Text(2000)),
})
export const WithdrawBody = StrictObject({ reason: Type.Optional(Text(2000)) })
export const RatingBody = StrictObject({
  rating: Type.Integer({ minimum: 1, maximum: 5 }),
  comment: Type.Optional(Text(500)),
})

/** Cases sort by when they were handed in, the day their clock is due, or where they stand. */
export const caseSorts = ['submittedAt', 'dueOn', 'status'] as const
const caseQueryFields = {
  view: Type.Enum(['mine', 'intake', 'deciding', 'city'] as const, {
    description:
      "mine: the applicant's; intake: a window's waiting cases (the console asks sort=submittedAt, oldest first); deciding: the competent city's cases in review (sort=dueOn, soonest due first); city: a city's history",
  }),
  city: Type.Optional(CityCode),
  status: Type.Optional(Type.Enum(caseStatuses)),
  overdue: Type.Optional(Type.Boolean()),
  ...ListQuery(caseSorts, '-submittedAt'),
}
export const CaseQuery = StrictObject(caseQueryFields)
/** The cases list as a file: the list's view, filters and order, and the file's format and language. */
export const CaseExportQuery = StrictObject({ ...caseQueryFields, ...ExportFields })

const Clock = Type.Object({
  state: Type.Enum(clockStates),
  dueOn: Nullable(DateOnly),
  pausedOn: Nullable(DateOnly),
  isOverdue: Type.Boolean(),
})

export const CaseSummary = Type.Object({
  id: Type.String(),
  number: Type.String(),
  item: Type.Object({
    code: Type.String(),
    version: Type.Integer(),
    nameZh: Type.String(),
    nameEn: Type.String(),
  }),
  applicant: Type.Object({
    kind: Type.String(),
    firmId: Nullable(Type.String()),
    nameZh: Type.String(),
    nameEn: Type.String(),
  }),
  windowCity: Named,
  competentCity: Named,
  department: Named,
  status: Type.Enum(caseStatuses),
  purpose: Type.String(),
  submittedAt: Timestamp,
  acceptedAt: Nullable(Timestamp),
  decidedAt: Nullable(Timestamp),
  decision: Nullable(Type.Enum(caseDecisions)),
  reason: Nullable(Type.String()),
  conditions: Nullable(Type.String()),
  clock: Clock,
  rating: Nullable(Type.Integer()),
  ratingComment: Nullable(Type.String()),
  ...Synthetic,
})
export const CasePage = ListPage(CaseSummary)

const CaseMaterial = Type.Object({
  id: Type.String(),
  code: Type.String(),
  nameZh: Type.String(),
  nameEn: Type.String(),
  source: Type.Enum(materialSources),
  referenceId: Nullable(Type.String()),
  fileName: Nullable(Type.String()),
  contentType: Nullable(Type.String()),
  sizeBytes: Nullable(Type.Integer()),
  sha256: Nullable(Type.String()),
  addedAt: Timestamp,
})

const TimelineEntry = Type.Object({
  at: Timestamp,
  kind: Type.Union([Type.Literal('move'), Type.Enum(eventKinds)]),
  action: Nullable(Type.String()),
  fromState: Nullable(Type.String()),
  toState: Nullable(Type.String()),
  actorUserId: Nullable(Type.String()),
  note: Nullable(Type.String()),
  details: Type.Record(Type.String(), Type.Unknown()),
})

export const Case = Type.Object({
  ...CaseSummary.properties,
  materials: Type.Array(CaseMaterial),
  timeline: Type.Array(TimelineEntry),
  actions: Type.Array(Type.String(), { description: 'The moves the caller may take now' }),
})

export const FiguresQuery = StrictObject({ periodStart: DateOnly, periodEnd: DateOnly })
const RatingRow = Type.Object({
  key: Type.String(),
  nameZh: Type.String(),
  nameEn: Type.String(),
  ratings: Type.Integer(),
  average: Type.Number(),
})
export const Figures = Type.Object({
  period: Type.Object({ from: DateOnly, to: DateOnly }),
  today: DateOnly,
  pairs: Type.Array(Type.Object({ windowCity: Named, competentCity: Named, cases: Type.Integer() })),
  onTime: Type.Array(
    Type.Object({
      city: Named,
      decided: Type.Integer(),
      onTime: Type.Integer(),
      onTimePercent: Type.Number(),
    }),
  ),
  ratings: Type.Object({
    byItem: Type.Array(RatingRow),
    byDepartment: Type.Array(RatingRow),
    byCity: Type.Array(RatingRow),
  }),
  overdue: Type.Array(
    Type.Object({
      id: Type.String(),
      number: Type.String(),
      itemNameZh: Type.String(),
      itemNameEn: Type.String(),
      windowCity: Named,
      competentCity: Named,
      dueOn: DateOnly,
      escalated: Type.Boolean(),
    }),
  ),
})

export const TalentCard = Type.Object({
  id: Type.String(),
  number: Type.String(),
  caseId: Type.String(),
  holderNameZh: Type.String(),
  holderNameEn: Type.String(),
  city: Named,
  entitlements: Type.Array(
    Type.Object({ code: Type.String(), nameZh: Type.String(), nameEn: Type.String() }),
  ),
  issuedOn: DateOnly,
  validUntil: DateOnly,
  ...Synthetic,
})
export const TalentCards = Type.Object({ items: Type.Array(TalentCard) })

export type ItemBodyInput = Static<typeof ItemBody>
export type ItemQueryInput = Static<typeof ItemQuery>
export type ApplicationInput = Static<typeof Application>
export type CaseQueryInput = Static<typeof CaseQuery>
export type CaseExportQueryInput = Static<typeof CaseExportQuery>

export const ItemActiveBody = StrictObject({
  active: Type.Boolean({ description: 'false: stop taking applications (停办); true: take them again' }),
  reason: Type.String({ minLength: 2, maxLength: 500 }),
})
