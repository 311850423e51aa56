// The seed catalogues several modules read: facts and naming material of the nine cities, and the people behind
// the demo accounts. Checked when they load (support/catalogue-file.ts).
import { Type, type Static } from 'typebox'
import { cityReferences } from '../../modules/registry'
import { bilingualSchema, closedObject, nonEmptyText, readCatalogue } from '../../platform/data-file'
import citiesFile from './cities.json'
import demoPeopleFile from './demo-people.json'

const citySchema = closedObject({
  /** the administrative division code: characters 3–8 of a credit code, part of an invoice number */
  divisionCode: Type.String({ pattern: '^[0-9]{6}$' }),
  /** neighbours (one cluster) book each other's instruments and lend to each other's firms more */
  cluster: Type.Integer({ minimum: 0 }),
  telephoneAreaCode: Type.String({ pattern: '^0[0-9]{2,3}$' }),
  /** in company names (a Songjiang company registers as 上海…) */
  company: bilingualSchema,
  /** in branch names of banks, brokers, insurers, law and accounting firms */
  branch: bilingualSchema,
  province: bilingualSchema,
  /** districts, counties or towns: for parks and sub-branches */
  places: Type.Array(bilingualSchema, { minItems: 1 }),
  universities: Type.Array(bilingualSchema, { minItems: 1 }),
})
export type CityFacts = Static<typeof citySchema>

/** The nine cities' codes, in the registry's order. */
export const cityCodes: readonly string[] = cityReferences.map((city) => city.code)

const citiesPath = 'server/seed/catalogue/cities.json'
const citiesByCode = readCatalogue(citiesPath, Type.Record(Type.String(), citySchema), citiesFile)
const missing = cityCodes.filter((cityCode) => citiesByCode[cityCode] === undefined)
const unknown = Object.keys(citiesByCode).filter((cityCode) => !cityCodes.includes(cityCode))
if (missing.length > 0 || unknown.length > 0) {
  throw new Error(
    `${citiesPath} must hold the nine cities: missing ${missing.join(', ')}; unknown ${unknown.join(', ')}`,
  )
}

/** The catalogue's cities in its order. */
export const cityFactsList: readonly (CityFacts & { cityCode: string })[] = Object.entries(citiesByCode).map(
  ([cityCode, facts]) => ({ ...facts, cityCode }),
)

export function cityFacts(cityCode: string): CityFacts {
  const facts = citiesByCode[cityCode]
  if (facts === undefined) throw new Error(`no catalogue entry for city ${cityCode}`)
  return facts
}

const personSchema = closedObject({ person: bilingualSchema, office: Type.Optional(bilingualSchema) })

/** Synthetic people behind the demo accounts, and the offices of those without an organisation, by username. */
export const demoPeople = readCatalogue(
  'server/seed/catalogue/demo-people.json',
  Type.Record(nonEmptyText, personSchema),
  demoPeopleFile,
)
