// What every phase of the services seed shares: the streams, the id maker, the actors (each city's window and
// deciding officers, the firms' users), the catalogue by code, the cases under way and the rows written so far.
import type { Random } from '../../../seed/random'
import { demoUserToken, demoUsernameByOrganisation } from '../../../seed/support/actors'
import { createSeedIds, type IdMaker } from '../../../seed/support/ids'
import { dayMs, minuteMs } from '../../../seed/support/time'
import { catalogueItems, materials, type CatalogueItem, type Material } from '../services.reference'
import type { CaseCourse } from './course'
import type { Applicant, ServiceDemoData, ServiceGeneratorInput } from './types'

export const windowDays = 365
/** synthetic officers of each city besides its demo officer, who share the city's window and deciding work */
const syntheticOfficersPerCity = 3

export interface ServiceSeed {
  input: ServiceGeneratorInput
  random: Random
  endMs: number
  startMs: number
  /** events must be this far before the end to have happened */
  latestMs: number
  makeId: IdMaker
  out: ServiceDemoData
  courses: CaseCourse[]
  itemByCode: ReadonlyMap<string, CatalogueItem>
  materialByCode: ReadonlyMap<string, Material>
  /** an officer of the city (its demo officer among them), for a move at its window or its deciding office */
  officerOf(cityCode: string, random: Random): string
  /** the firm as an applicant: its demo user, or a synthetic user of it */
  firmApplicant(firm: ServiceGeneratorInput['firms'][number]): Applicant
  syntheticUser(key: string): string
}

export function createServiceSeed(input: ServiceGeneratorInput): ServiceSeed {
  const random = input.random
  const endMs = input.activityEndsAt.getTime()
  const startMs = endMs - windowDays * dayMs
  const { makeId, syntheticUser } = createSeedIds(random, startMs)
  const demoByOrganisation = demoUsernameByOrganisation(input.demoOrganisations)
  const officers = new Map<string, string[]>()
  const officersOf = (cityCode: string) => {
    let list = officers.get(cityCode)
    if (list === undefined) {
      const demo = input.demoOfficers.get(cityCode)
      list = Array.from({ length: syntheticOfficersPerCity }, (_, index) =>
        syntheticUser(`officer/${cityCode}/${index}`),
      )
      if (demo !== undefined) list.unshift(demoUserToken(demo))
      officers.set(cityCode, list)
    }
    return list
  }
  return {
    input,
    random,
    endMs,
    startMs,
    latestMs: endMs - 30 * minuteMs,
    makeId,
    out: {
      activityEndsAt: input.activityEndsAt,
      cases: [],
      materials: [],
      files: [],
      events: [],
      transitions: [],
      counters: [],
      talentCards: [],
    },
    courses: [],
    itemByCode: new Map(catalogueItems.map((item) => [item.code, item])),
    materialByCode: new Map(materials.map((material) => [material.code, material])),
    officerOf: (cityCode, stream) => stream.pick(officersOf(cityCode)),
    firmApplicant(firm) {
      const username = demoByOrganisation.get(firm.id)
      return {
        kind: 'firm',
        firmId: firm.id,
        userId: username !== undefined ? demoUserToken(username) : syntheticUser(`firm/${firm.id}`),
        nameZh: firm.nameZh,
        nameEn: firm.nameEn,
        cityCode: firm.cityCode,
      }
    },
    syntheticUser,
  }
}

export function itemOf(seed: ServiceSeed, code: string): CatalogueItem {
  const item = seed.itemByCode.get(code)
  if (item === undefined) throw new Error(`no service item ${code} in the catalogue`)
  return item
}

export function materialOf(seed: ServiceSeed, code: string): Material {
  const material = seed.materialByCode.get(code)
  if (material === undefined) throw new Error(`no material ${code} in the catalogue`)
  return material
}
