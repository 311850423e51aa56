// The one-stop services' reference data: the departments that decide items, the materials items ask for, and the
// catalogue of about 150 service items across the nine cities (reference/*.json), checked when they load. The
// catalogue is the starting point the corridor office edits: it is inserted when the table is empty, and every
// later edit is a new version of an item in the database, never a change of these files.
import { Type, type Static } from 'typebox'
import { bilingualSchema, closedObject, nonEmptyText, readCatalogue } from '../../platform/data-file'
import departmentsFile from './reference/departments.json'
import materialsFile from './reference/materials.json'
import itemsFile from './reference/service-items.json'

export const serviceModes = ['online', 'proxy', 'joint'] as const
export type ServiceMode = (typeof serviceModes)[number]
export const serviceCategories = ['enterprise', 'talent'] as const
export type ServiceCategory = (typeof serviceCategories)[number]
export const talentAreas = ['healthcare', 'schooling', 'housing', 'transport', 'food', 'talent_card'] as const
export type TalentArea = (typeof talentAreas)[number]
export const materialKinds = ['pdf', 'jpg', 'png', 'ofd'] as const
export type MaterialKind = (typeof materialKinds)[number]

const enumOf = <Values extends readonly string[]>(values: Values) => Type.Enum(values)

const departmentSchema = closedObject({
  code: Type.String({ pattern: '^[a-z]{2,6}$' }),
  nameZh: nonEmptyText,
  nameEn: nonEmptyText,
})

const materialSchema = closedObject({
  code: Type.String({ pattern: '^[a-z][a-z0-9_]{1,60}$' }),
  nameZh: nonEmptyText,
  nameEn: nonEmptyText,
  kinds: Type.Array(enumOf(materialKinds), { minItems: 1 }),
  /** null: uploaded; registry: the firm's registry record stands for it; licence:<Type>: an e-licence of that type */
  reuse: Type.Union([
    Type.Null(),
    Type.Literal('registry'),
    Type.String({ pattern: '^licence:[A-Z][A-Za-z0-9]+$' }),
  ]),
})

export const licenceSchema = closedObject({
  type: Type.String({ pattern: '^[A-Z][A-Za-z0-9]{2,60}$' }),
  nameZh: nonEmptyText,
  nameEn: nonEmptyText,
  validYears: Type.Integer({ minimum: 1, maximum: 50 }),
})

export const itemMaterialSchema = closedObject({
  code: materialSchema.properties.code,
  required: Type.Boolean(),
})

const itemSchema = closedObject({
  code: Type.String({ pattern: '^G60-(SHSJ|SZ|HZ|JX|HUZ|JH|HF|WH|XC)-[A-Z]{2,6}-\\d{3}$' }),
  category: enumOf(serviceCategories),
  talentArea: Type.Union([Type.Null(), enumOf(talentAreas)]),
  nameZh: nonEmptyText,
  nameEn: nonEmptyText,
  descriptionZh: nonEmptyText,
  descriptionEn: nonEmptyText,
  competentCityCode: nonEmptyText,
  departmentCode: departmentSchema.properties.code,
  mode: enumOf(serviceModes),
  statutoryDays: Type.Integer({ minimum: 1, maximum: 60 }),
  promisedDays: Type.Integer({ minimum: 1, maximum: 60 }),
  feeFen: Type.Integer({ minimum: 0 }),
  licence: Type.Union([Type.Null(), licenceSchema]),
  materials: Type.Array(itemMaterialSchema, { minItems: 1, maxItems: 20 }),
})

export type Department = Static<typeof departmentSchema>
export type Material = Static<typeof materialSchema>
export type Licence = Static<typeof licenceSchema>
export type CatalogueItem = Static<typeof itemSchema>
export type { Static }
export { bilingualSchema }

export const departments = readCatalogue(
  'services/reference/departments.json',
  Type.Array(departmentSchema),
  departmentsFile,
)
export const materials = readCatalogue(
  'services/reference/materials.json',
  Type.Array(materialSchema),
  materialsFile,
)
export const catalogueItems = readCatalogue(
  'services/reference/service-items.json',
  Type.Array(itemSchema),
  itemsFile,
)

/** The talent card's entitlements (G60人才卡): what a card records for its holder once approved. */
export const talentCardEntitlements = [
  {
    code: 'healthcare_green_channel',
    nameZh: '九城医疗绿色通道',
    nameEn: 'Green channel at hospitals in the nine cities',
  },
  {
    code: 'schooling_priority',
    nameZh: '子女入学统筹安排',
    nameEn: "Priority placement of the holder's children at school",
  },
  { code: 'talent_apartment', nameZh: '人才公寓申请资格', nameEn: 'Eligible for a talent apartment' },
  { code: 'transport_card', nameZh: '长三角交通一卡通优惠', nameEn: 'Yangtze Delta transport card discount' },
  { code: 'canteen_access', nameZh: 'G60人才驿站餐饮服务', nameEn: 'Meals at the G60 talent stations' },
] as const
