// The registry's naming material: trade-name characters, what firms, parks, institutions and providers are called,
// and the alliances of the 1 + 7 + N tree. Checked when it loads (server/seed/support/catalogue-file.ts).
import { Type, type Static } from 'typebox'
import { bilingualSchema, closedObject, nonEmptyText, readCatalogue } from '../../../../platform/data-file'
import { parkLevels } from '../../reference/reference-data'
import alliancesFile from './alliances.json'
import firmsFile from './firms.json'
import institutionsFile from './institutions.json'
import parksFile from './parks.json'
import providersFile from './providers.json'
import tradeNamesFile from './trade-names.json'

export const sixPlusXCodes = [
  'ai',
  'biopharma',
  'ic',
  'new_materials',
  'new_energy',
  'smart_security',
  'satellite_internet',
  'it_innovation',
  'future_tech',
] as const
export type SixPlusXCode = (typeof sixPlusXCodes)[number]

export const keyIndustryCodes = [
  'key_semiconductors',
  'key_ai',
  'key_biomedicine',
  'key_high_end_equipment',
  'key_new_energy',
  'key_new_materials',
  'key_new_energy_vehicles',
] as const
export type KeyIndustryCode = (typeof keyIndustryCodes)[number]

export const subAllianceKeys = [
  'ic_design',
  'ai_computing',
  'medical_devices',
  'industrial_robots',
  'hydrogen',
  'connected_vehicles',
] as const
export type SubAllianceKey = (typeof subAllianceKeys)[number]

const folder = 'server/modules/registry/seed/catalogue'
const nameSchema = closedObject({ nameZh: nonEmptyText, nameEn: nonEmptyText })
const weight = Type.Number({ minimum: 0 })

// ---- trade names: two characters with their pinyin (华芯 Huaxin) ----

const characterSchema = closedObject({
  zh: Type.String({ minLength: 1, maxLength: 1 }),
  pinyin: nonEmptyText,
})
export type TradeCharacter = Static<typeof characterSchema>

export const tradeCharacters = readCatalogue(
  `${folder}/trade-names.json`,
  closedObject({
    /** first characters of a trade name */
    firstCharacters: Type.Array(characterSchema, { minItems: 1 }),
    /** second characters of a trade name */
    secondCharacters: Type.Array(characterSchema, { minItems: 1 }),
  }),
  tradeNamesFile,
)

// ---- firms ----

const industryWordSchema = closedObject({
  zh: nonEmptyText,
  en: nonEmptyText,
  /** the key industry alliance a leading firm with this word belongs to */
  keyIndustryCode: Type.Enum(keyIndustryCodes),
  subAllianceKey: Type.Optional(Type.Enum(subAllianceKeys)),
})
export type IndustryWord = Static<typeof industryWordSchema>

export const firmNaming = readCatalogue(
  `${folder}/firms.json`,
  closedObject({
    legalForms: Type.Array(closedObject({ zh: nonEmptyText, en: nonEmptyText, weight }), { minItems: 1 }),
    /** words that say what a firm does, per 6+X industry; they sit between trade name and legal form */
    industryWordsByCode: Type.Record(
      Type.Enum(sixPlusXCodes),
      Type.Array(industryWordSchema, { minItems: 1 }),
    ),
    /** the key industry a park's main 6+X industry belongs to (a park joins that key alliance) */
    keyIndustryBySixPlusX: Type.Record(Type.Enum(sixPlusXCodes), Type.Enum(keyIndustryCodes)),
  }),
  firmsFile,
)

// ---- parks ----

const parkKindSchema = closedObject({
  zh: nonEmptyText,
  en: nonEmptyText,
  levels: Type.Array(Type.Enum(parkLevels), { minItems: 1 }),
  /** a park named after an industry has that industry as its main one */
  industryCode: Type.Optional(Type.Enum(sixPlusXCodes)),
  weight,
})
export type ParkKind = Static<typeof parkKindSchema>

export const parkNaming = readCatalogue(
  `${folder}/parks.json`,
  closedObject({
    /** the park that chairs the overall park alliance (corridor-facts.json); it must exist in Suzhou */
    chairPark: nameSchema,
    kinds: Type.Array(parkKindSchema, { minItems: 1 }),
  }),
  parksFile,
)

// ---- alliances (the 1 + 7 + N tree) ----

const subAllianceSchema = closedObject({
  key: Type.Enum(subAllianceKeys),
  parentIndustryCode: Type.Enum(keyIndustryCodes),
  subject: bilingualSchema,
})
export type SubAllianceDefinition = Static<typeof subAllianceSchema>

export const allianceNaming = readCatalogue(
  `${folder}/alliances.json`,
  closedObject({
    prefix: bilingualSchema,
    keySubjects: Type.Record(Type.Enum(keyIndustryCodes), bilingualSchema),
    /** the N of 1 + 7 + N: sub-alliances under key industry alliances */
    subAlliances: Type.Array(subAllianceSchema),
  }),
  alliancesFile,
)

// ---- financial institutions and service providers ----

const words = Type.Array(bilingualSchema, { minItems: 1 })

export const institutionNaming = readCatalogue(
  `${folder}/institutions.json`,
  closedObject({
    bankBrands: words,
    brokerBrands: words,
    insurerBrands: words,
    accountingBrands: words,
    lawBrands: words,
    fundWords: words,
  }),
  institutionsFile,
)

export const providerNaming = readCatalogue(
  `${folder}/providers.json`,
  closedObject({ researchFields: words, universitySchools: words }),
  providersFile,
)
