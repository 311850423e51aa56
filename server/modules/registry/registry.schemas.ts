import { Type, type Static } from 'typebox'
import { ExportFields } from '../../platform/export'
import { ListPage, ListQuery } from '../../platform/http/list'
import { DateOnly, Nullable, RecordStamps, StrictObject, Synthetic } from '../../platform/http/schemas'
import {
  admissionStatuses,
  allianceTiers,
  firmSizes,
  firmStages,
  institutionKinds,
  parkLevels,
  providerKinds,
} from './reference/reference-data'

const NameZh = Type.String({ minLength: 1, maxLength: 200 })
const NameEn = Type.String({ minLength: 1, maxLength: 300 })
const CityCode = Type.String({ minLength: 2, maxLength: 8, description: 'e.g. SH-SJ, SZ, HF' })
const Search = Type.String({ minLength: 1, maxLength: 100, description: 'Part of a Chinese or English name' })
const SearchOrCode = Type.String({
  minLength: 1,
  maxLength: 100,
  description:
    'Part of a Chinese or English name, or the beginning of a unified social credit code (e.g. 91310117)',
})
/** A record another row refers to, named in both languages so that a list never shows its id. */
const NamedRecord = Type.Object({ id: Type.String(), nameZh: Type.String(), nameEn: Type.String() })
const NamedCode = Type.Object({ code: Type.String(), nameZh: Type.String(), nameEn: Type.String() })
const BooleanQuery = Type.Boolean()

export const StageSchema = Type.Enum(firmStages)
export const SizeSchema = Type.Enum(firmSizes)
export const InstitutionKindSchema = Type.Enum(institutionKinds)
export const ProviderKindSchema = Type.Enum(providerKinds)
export const AdmissionStatusSchema = Type.Enum(admissionStatuses)
export const ParkLevelSchema = Type.Enum(parkLevels)
export const AllianceTierSchema = Type.Enum(allianceTiers)

export const CityParams = StrictObject({ code: Type.String({ minLength: 2, maxLength: 8 }) })
export const CodeParams = StrictObject({ code: Type.String({ minLength: 1, maxLength: 40 }) })

export const City = Type.Object({
  code: Type.String(),
  nameZh: Type.String(),
  nameEn: Type.String(),
  provinceZh: Type.String(),
  provinceEn: Type.String(),
  latitude: Type.Number(),
  longitude: Type.Number(),
  roleZh: Type.String(),
  roleEn: Type.String(),
})
export const CityDetail = Type.Object({
  ...City.properties,
  figures: Type.Object({
    parks: Type.Integer(),
    demonstrationParks: Type.Integer(),
    highTechFirms: Type.Integer(),
    leadingFirms: Type.Integer(),
    institutions: Type.Integer(),
    providers: Type.Integer(),
  }),
})
export const UpdateCityBody = StrictObject({
  nameZh: Type.Optional(NameZh),
  nameEn: Type.Optional(NameEn),
  roleZh: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
  roleEn: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
  latitude: Type.Optional(Type.Number({ minimum: 18, maximum: 54 })),
  longitude: Type.Optional(Type.Number({ minimum: 73, maximum: 135 })),
})

export const Industry = Type.Object({
  code: Type.String(),
  nameZh: Type.String(),
  nameEn: Type.String(),
  taxonomy: Type.Enum(['6+X', 'alliance_key'] as const),
})
export const IndustryQuery = StrictObject({
  taxonomy: Type.Optional(Type.Enum(['6+X', 'alliance_key'] as const)),
})
export const CreateIndustryBody = StrictObject({
  code: Type.String({ minLength: 2, maxLength: 40, pattern: '^[a-z][a-z0-9_]*$' }),
  nameZh: NameZh,
  nameEn: NameEn,
  taxonomy: Type.Enum(['6+X', 'alliance_key'] as const),
})
export const UpdateIndustryBody = StrictObject({
  nameZh: Type.Optional(NameZh),
  nameEn: Type.Optional(NameEn),
})

export const Park = Type.Object({
  id: Type.String(),
  nameZh: Type.String(),
  nameEn: Type.String(),
  cityCode: Type.String(),
  level: Type.String(),
  isFoundingMember: Type.Boolean(),
  isDemonstrationPark: Type.Boolean(),
  mainIndustryCode: Type.Union([Type.String(), Type.Null()]),
  ...RecordStamps,
})
/** A park as the list shows it: with its main industry's name. */
export const ParkListItem = Type.Object({ ...Park.properties, mainIndustry: Nullable(NamedCode) })
/** Parks are looked up by name. */
export const parkSorts = ['nameZh', 'nameEn'] as const
const parkQueryFields = {
  ...ListQuery(parkSorts, 'nameZh'),
  city: Type.Optional(CityCode),
  demonstration: Type.Optional(BooleanQuery),
  q: Type.Optional(Search),
}
export const ParkQuery = StrictObject(parkQueryFields)
export const ParkExportQuery = StrictObject({ ...parkQueryFields, ...ExportFields })
export const CreateParkBody = StrictObject({
  nameZh: NameZh,
  nameEn: NameEn,
  cityCode: CityCode,
  level: ParkLevelSchema,
  isFoundingMember: Type.Optional(Type.Boolean()),
  isDemonstrationPark: Type.Optional(Type.Boolean()),
  mainIndustryCode: Type.Optional(Type.Union([Type.String({ maxLength: 40 }), Type.Null()])),
})
export const UpdateParkBody = StrictObject({
  nameZh: Type.Optional(NameZh),
  nameEn: Type.Optional(NameEn),
  level: Type.Optional(ParkLevelSchema),
  isFoundingMember: Type.Optional(Type.Boolean()),
  isDemonstrationPark: Type.Optional(Type.Boolean()),
  mainIndustryCode: Type.Optional(Type.Union([Type.String({ maxLength: 40 }), Type.Null()])),
})

export const Alliance = Type.Object({
  id: Type.String(),
  nameZh: Type.String(),
  nameEn: Type.String(),
  tier: AllianceTierSchema,
  parentId: Type.Union([Type.String(), Type.Null()]),
  industryCode: Type.Union([Type.String(), Type.Null()]),
  chairParkId: Type.Union([Type.String(), Type.Null()]),
  memberCount: Type.Integer(),
  ...Synthetic,
})
export const AllianceNode = Type.Object({
  ...Alliance.properties,
  children: Type.Array(
    Type.Object({ ...Alliance.properties, children: Type.Array(Type.Object(Alliance.properties)) }),
  ),
})
export const AllianceTree = Type.Object({ roots: Type.Array(AllianceNode), allianceCount: Type.Integer() })
export const AllianceMember = Type.Object({
  memberId: Type.String(),
  memberKind: Type.Enum(['park', 'firm'] as const),
  nameZh: Type.String(),
  nameEn: Type.String(),
  cityCode: Type.String(),
  joinedOn: DateOnly,
})
/** An alliance's members: newest joined first, or by when they joined the other way. */
export const allianceMemberSorts = ['joinedOn'] as const
const allianceMembersQueryFields = {
  ...ListQuery(allianceMemberSorts, '-joinedOn'),
  kind: Type.Optional(Type.Enum(['park', 'firm'] as const)),
}
export const AllianceMembersQuery = StrictObject(allianceMembersQueryFields)
/** An alliance's members as a file: the list's filter and order, and the file's format and language. */
export const AllianceMembersExportQuery = StrictObject({ ...allianceMembersQueryFields, ...ExportFields })
export const CreateAllianceBody = StrictObject({
  nameZh: NameZh,
  nameEn: NameEn,
  tier: AllianceTierSchema,
  parentId: Type.Optional(Type.Union([Type.String({ maxLength: 64 }), Type.Null()])),
  industryCode: Type.Optional(Type.Union([Type.String({ maxLength: 40 }), Type.Null()])),
  chairParkId: Type.Optional(Type.Union([Type.String({ maxLength: 64 }), Type.Null()])),
})
export const UpdateAllianceBody = StrictObject({
  nameZh: Type.Optional(NameZh),
  nameEn: Type.Optional(NameEn),
  chairParkId: Type.Optional(Type.Union([Type.String({ maxLength: 64 }), Type.Null()])),
})
export const AddAllianceMemberBody = StrictObject({
  memberId: Type.String({ minLength: 3, maxLength: 64, description: 'a park_… or firm_… id' }),
  joinedOn: Type.Optional(DateOnly),
})

export const Firm = Type.Object({
  id: Type.String(),
  creditCode: Type.String(),
  nameZh: Type.String(),
  nameEn: Type.String(),
  cityCode: Type.String(),
  parkId: Type.Union([Type.String(), Type.Null()]),
  industryCode: Type.String(),
  size: SizeSchema,
  stage: StageSchema,
  isHighTech: Type.Boolean(),
  highTechCertifiedOn: Type.Union([DateOnly, Type.Null()]),
  isLeading: Type.Boolean(),
  isTechSme: Type.Boolean(),
  foundedOn: DateOnly,
  ...RecordStamps,
})
export const FirmFigures = Type.Object({
  firmId: Type.String(),
  researchSpendFen: Type.Integer({ description: 'R&D spend in fen (¥1 = 100 fen)' }),
  revenueFen: Type.Integer(),
  staffCount: Type.Integer(),
  figuresReportedOn: Type.Union([DateOnly, Type.Null()]),
})
/** A firm as the list shows it: with the names of its industry and park, read in the list's own statement. */
export const FirmListItem = Type.Object({
  ...Firm.properties,
  industry: NamedCode,
  park: Nullable(NamedRecord),
})
/** Firms are looked up by name (in either language) or sorted by the day they were registered (founded). */
export const firmSorts = ['nameZh', 'nameEn', 'foundedOn'] as const
const firmQueryFields = {
  ...ListQuery(firmSorts, 'nameZh'),
  q: Type.Optional(SearchOrCode),
  city: Type.Optional(CityCode),
  industry: Type.Optional(Type.String({ maxLength: 40 })),
  park: Type.Optional(Type.String({ maxLength: 64 })),
  stage: Type.Optional(StageSchema),
  size: Type.Optional(SizeSchema),
  leading: Type.Optional(BooleanQuery),
  highTech: Type.Optional(BooleanQuery),
}
export const FirmQuery = StrictObject(firmQueryFields)
/** The firms list as a file: the list's filters and order, and the file's format and language. */
export const FirmExportQuery = StrictObject({ ...firmQueryFields, ...ExportFields })
const CreditCode = Type.String({
  minLength: 18,
  maxLength: 18,
  description: 'Unified social credit code (18 characters, the last a check character)',
})
const FigureFields = {
  researchSpendFen: Type.Optional(Type.Integer({ minimum: 0, maximum: 10 ** 15 })),
  revenueFen: Type.Optional(Type.Integer({ minimum: 0, maximum: 10 ** 15 })),
  staffCount: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000_000 })),
  figuresReportedOn: Type.Optional(DateOnly),
}
export const CreateFirmBody = StrictObject({
  creditCode: CreditCode,
  nameZh: NameZh,
  nameEn: NameEn,
  cityCode: CityCode,
  parkId: Type.Optional(Type.Union([Type.String({ maxLength: 64 }), Type.Null()])),
  industryCode: Type.String({ minLength: 1, maxLength: 40 }),
  size: SizeSchema,
  stage: StageSchema,
  isHighTech: Type.Optional(Type.Boolean()),
  highTechCertifiedOn: Type.Optional(Type.Union([DateOnly, Type.Null()])),
  isLeading: Type.Optional(Type.Boolean()),
  isTechSme: Type.Optional(Type.Boolean()),
  foundedOn: DateOnly,
  ...FigureFields,
})
export const UpdateFirmBody = StrictObject({
  nameZh: Type.Optional(NameZh),
  nameEn: Type.Optional(NameEn),
  parkId: Type.Optional(Type.Union([Type.String({ maxLength: 64 }), Type.Null()])),
  industryCode: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
  size: Type.Optional(SizeSchema),
  stage: Type.Optional(StageSchema),
  isHighTech: Type.Optional(Type.Boolean()),
  highTechCertifiedOn: Type.Optional(Type.Union([DateOnly, Type.Null()])),
  isLeading: Type.Optional(Type.Boolean()),
  isTechSme: Type.Optional(Type.Boolean()),
  ...FigureFields,
})

export const Institution = Type.Object({
  id: Type.String(),
  nameZh: Type.String(),
  nameEn: Type.String(),
  kind: InstitutionKindSchema,
  cityCode: Type.String(),
  isAllianceMember: Type.Boolean(),
  joinedOn: DateOnly,
  ...RecordStamps,
})
/** Institutions are looked up by name, or sorted by the day they joined the financial services alliance. */
export const institutionSorts = ['nameZh', 'nameEn', 'joinedOn'] as const
const institutionQueryFields = {
  ...ListQuery(institutionSorts, 'nameZh'),
  q: Type.Optional(Search),
  city: Type.Optional(CityCode),
  kind: Type.Optional(InstitutionKindSchema),
}
export const InstitutionQuery = StrictObject(institutionQueryFields)
export const InstitutionExportQuery = StrictObject({ ...institutionQueryFields, ...ExportFields })
export const CreateInstitutionBody = StrictObject({
  nameZh: NameZh,
  nameEn: NameEn,
  kind: InstitutionKindSchema,
  cityCode: CityCode,
  isAllianceMember: Type.Optional(Type.Boolean()),
  joinedOn: DateOnly,
})
export const UpdateInstitutionBody = StrictObject({
  nameZh: Type.Optional(NameZh),
  nameEn: Type.Optional(NameEn),
  isAllianceMember: Type.Optional(Type.Boolean()),
})

export const Provider = Type.Object({
  id: Type.String(),
  nameZh: Type.String(),
  nameEn: Type.String(),
  kind: ProviderKindSchema,
  cityCode: Type.String(),
  creditCode: Type.String(),
  admissionStatus: AdmissionStatusSchema,
  admissionUpdatedOn: DateOnly,
  ...RecordStamps,
})
/** Providers are looked up by name, or sorted by where their admission stands and since when. */
export const providerSorts = ['nameZh', 'nameEn', 'admissionStatus', 'admissionUpdatedOn'] as const
const providerQueryFields = {
  ...ListQuery(providerSorts, 'nameZh'),
  q: Type.Optional(SearchOrCode),
  city: Type.Optional(CityCode),
  kind: Type.Optional(ProviderKindSchema),
  status: Type.Optional(AdmissionStatusSchema),
}
export const ProviderQuery = StrictObject(providerQueryFields)
export const ProviderExportQuery = StrictObject({ ...providerQueryFields, ...ExportFields })
export const CreateProviderBody = StrictObject({
  nameZh: NameZh,
  nameEn: NameEn,
  kind: ProviderKindSchema,
  cityCode: CityCode,
  creditCode: CreditCode,
})
export const UpdateProviderBody = StrictObject({
  nameZh: Type.Optional(NameZh),
  nameEn: Type.Optional(NameEn),
})
export const AdmissionBody = StrictObject({
  status: AdmissionStatusSchema,
  reason: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
})

export const RegistrySummary = Type.Object({
  cities: Type.Integer(),
  parks: Type.Integer(),
  demonstrationParks: Type.Integer(),
  alliances: Type.Integer(),
  leadingFirms: Type.Integer(),
  highTechFirms: Type.Integer(),
  firms: Type.Integer(),
  institutions: Type.Integer(),
  providers: Type.Integer(),
  isSynthetic: Type.Boolean({ description: 'true when any counted record is generated demo data' }),
})

export const CityPage = Type.Object({ items: Type.Array(CityDetail) })
export const IndustryPage = Type.Object({ items: Type.Array(Industry) })
export const ParkPage = ListPage(ParkListItem)
export const FirmPage = ListPage(FirmListItem)
export const InstitutionPage = ListPage(Institution)
export const ProviderPage = ListPage(Provider)
export const AllianceMemberPage = ListPage(AllianceMember)

export type FirmQueryInput = Static<typeof FirmQuery>
export type ParkQueryInput = Static<typeof ParkQuery>
export type InstitutionQueryInput = Static<typeof InstitutionQuery>
export type ProviderQueryInput = Static<typeof ProviderQuery>
export type AllianceMembersQueryInput = Static<typeof AllianceMembersQuery>
export type CreateFirmInput = Static<typeof CreateFirmBody>
export type UpdateFirmInput = Static<typeof UpdateFirmBody>
export type CreateParkInput = Static<typeof CreateParkBody>
export type UpdateParkInput = Static<typeof UpdateParkBody>
export type CreateInstitutionInput = Static<typeof CreateInstitutionBody>
export type UpdateInstitutionInput = Static<typeof UpdateInstitutionBody>
export type CreateProviderInput = Static<typeof CreateProviderBody>
export type UpdateProviderInput = Static<typeof UpdateProviderBody>
export type AdmissionInput = Static<typeof AdmissionBody>
export type CreateAllianceInput = Static<typeof CreateAllianceBody>
export type UpdateAllianceInput = Static<typeof UpdateAllianceBody>
export type CreateIndustryInput = Static<typeof CreateIndustryBody>
export type UpdateIndustryInput = Static<typeof UpdateIndustryBody>
export type UpdateCityInput = Static<typeof UpdateCityBody>
