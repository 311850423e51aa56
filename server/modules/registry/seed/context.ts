// What the registry's generators share: the row types, the generation context, the cities' weights, and makers of
// unique ids and credit codes.
import { newId } from '../../../platform/ids'
import { cityFacts } from '../../../seed/catalogue'
import type { Random } from '../../../seed/random'
import { completeCreditCode, creditCodeAlphabet } from '../credit-code'
import type * as tables from '../registry.tables'
import { sixPlusXCodes, type SixPlusXCode } from './catalogue'

export type ParkRow = typeof tables.parks.$inferInsert
export type AllianceRow = typeof tables.alliances.$inferInsert
export type AllianceMemberRow = typeof tables.allianceMembers.$inferInsert
export type FirmRow = typeof tables.firms.$inferInsert
export type InstitutionRow = typeof tables.institutions.$inferInsert
export type ProviderRow = typeof tables.providers.$inferInsert

export interface RegistryFigures {
  parks: number
  demonstrationParks: number
  firms: number
  leadingFirms: number
  institutions: number
  providers: number
}

export interface RegistryDemoData {
  parks: ParkRow[]
  alliances: AllianceRow[]
  allianceMembers: AllianceMemberRow[]
  firms: FirmRow[]
  institutions: InstitutionRow[]
  providers: ProviderRow[]
}

/** A bound on every generated table, far above the full figures: a typo in a figure cannot run away. */
const rowsPerTableMax = 200_000
const idAttemptsMax = 20
const creditCodeAttemptsMax = 50

// Relative weights: the big four (Songjiang, Suzhou, Hangzhou, Hefei) hold most parks, firms and providers.
export const cityWeights = {
  parks: { 'SH-SJ': 13, SZ: 13, HZ: 12, JX: 8, HUZ: 6, JH: 7, HF: 12, WH: 5, XC: 4 },
  firms: { 'SH-SJ': 15, SZ: 21, HZ: 21, JX: 8, HUZ: 5, JH: 6, HF: 14, WH: 6, XC: 4 },
  institutions: { 'SH-SJ': 20, SZ: 15, HZ: 17, JX: 9, HUZ: 6, JH: 7, HF: 14, WH: 6, XC: 6 },
  providers: { 'SH-SJ': 15, SZ: 17, HZ: 20, JX: 8, HUZ: 6, JH: 6, HF: 16, WH: 7, XC: 5 },
} satisfies Record<string, Record<string, number>>

export const baseIndustryWeights: Record<SixPlusXCode, number> = {
  ai: 16,
  biopharma: 14,
  ic: 12,
  new_materials: 14,
  new_energy: 14,
  smart_security: 8,
  satellite_internet: 5,
  it_innovation: 10,
  future_tech: 7,
}

/** Each city's specialities (corridor-facts.json roles): added to the base weights. */
const industryBoostByCity: Record<string, Partial<Record<SixPlusXCode, number>>> = {
  'SH-SJ': { ic: 12, ai: 6, satellite_internet: 6 },
  SZ: { biopharma: 10, ic: 8, new_materials: 6 },
  HZ: { ai: 12, it_innovation: 10, smart_security: 10, ic: 4 },
  JX: { new_materials: 8, new_energy: 6 },
  HUZ: { new_energy: 10, new_materials: 6 },
  JH: { new_energy: 6, new_materials: 4, smart_security: 4 },
  HF: { future_tech: 10, new_energy: 10, ai: 8, ic: 4 },
  WH: { new_energy: 8, ai: 4, new_materials: 4 },
  XC: { new_materials: 6, new_energy: 6 },
}

export interface Context {
  random: Random
  seededAtMs: number
  seededDay: string
  /** the Shanghai day the demo's activity ends: steps still under way (admission) are dated back from it */
  activityDay: string
  figures: RegistryFigures
  creditCodesTaken: Set<string>
}

export function audited(context: Context) {
  return {
    isSynthetic: true,
    createdAt: new Date(context.seededAtMs),
    updatedAt: new Date(context.seededAtMs),
  }
}

export function weightedKey<Key extends string>(random: Random, weights: Record<Key, number>): Key {
  const keys = Object.keys(weights) as Key[]
  return random.weightedPick(
    keys,
    keys.map((key) => weights[key]),
  )
}

export function cityWeight(weights: Record<string, number>) {
  return (cityCode: string) => weights[cityCode] ?? 1
}

export function industryWeightsFor(cityCode: string): Record<SixPlusXCode, number> {
  const boost = industryBoostByCity[cityCode] ?? {}
  const weights = { ...baseIndustryWeights }
  for (const code of sixPlusXCodes) weights[code] += boost[code] ?? 0
  return weights
}

/** Unique, time-ordered ids: the seed's moment plus the row's position, then seeded random characters. */
export function createIdMaker(random: Random, prefix: string, seededAtMs: number) {
  const taken = new Set<string>()
  let position = 0
  return () => {
    for (let attempt = 0; attempt < idAttemptsMax; attempt++) {
      const id = newId(prefix, seededAtMs + position, random.next)
      if (!taken.has(id)) {
        taken.add(id)
        position++
        return id
      }
    }
    throw new Error(`no unique ${prefix} id after ${idAttemptsMax} attempts`)
  }
}

const creditCodeCharacters = creditCodeAlphabet.split('')

/**
 * '91' (a company) or '12' (a public institution) + division code + 9 characters, then the check character.
 * `taken` is shared by firms and providers, so no code is used twice across the registry.
 */
export function createCreditCodeMaker(random: Random, taken: Set<string>) {
  return (typeCode: '91' | '12', cityCode: string, registeredOn: string) => {
    const division = cityFacts(cityCode).divisionCode
    // Companies registered since the 2015 reform have codes starting MA, older ones digits; public
    // institutions here all carry the newer MB form.
    const isRecent = typeCode === '12' || registeredOn >= '2015-10-01'
    const lead = isRecent ? (typeCode === '91' ? 'MA' : 'MB') : ''
    for (let attempt = 0; attempt < creditCodeAttemptsMax; attempt++) {
      let body = `${typeCode}${division}${lead}`
      while (body.length < 17) {
        body += isRecent ? random.pick(creditCodeCharacters) : String(random.integer(0, 9))
      }
      const code = completeCreditCode(body)
      if (!taken.has(code)) {
        taken.add(code)
        return code
      }
    }
    throw new Error(`no unique credit code after ${creditCodeAttemptsMax} attempts`)
  }
}

export function boundedCount(count: number, label: string) {
  if (!Number.isInteger(count) || count < 0 || count > rowsPerTableMax) {
    throw new Error(`${label}: ${count} is out of bounds`)
  }
  return count
}
