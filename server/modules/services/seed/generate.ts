// A year of one-stop cases for the demo corridor, ending at a given moment: the demo accounts' own cases, laid out
// backwards from that moment, then the year's filings by the registry's firms and synthetic professionals, each
// followed through the case workflow as far as it got, with its materials, moves, clock events and rating; then the
// case numbers and talent cards in the order they were given. A pure function of the registry rows, the seed and
// that moment (no database, no clock, no Math.random). Actors are synthetic user ids, except for the demo accounts,
// which appear as demoUserToken(username).
import { catalogueItems } from '../services.reference'
import { generateDemoCases } from './demo'
import { fileTheYear } from './filings'
import { numberCases } from './numbers'
import { rateClosedCases } from './ratings'
import { createServiceSeed } from './state'
import type { ServiceDemoData, ServiceGeneratorInput } from './types'

export function generateServiceData(input: ServiceGeneratorInput): ServiceDemoData {
  const seed = createServiceSeed(input)
  const reservedFirmIds = generateDemoCases(seed)
  fileTheYear(seed, catalogueItems, reservedFirmIds)
  rateClosedCases(seed)
  numberCases(seed)
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  for (const rows of [seed.out.cases, seed.out.materials, seed.out.events, seed.out.transitions])
    rows.sort(byId)
  seed.out.talentCards.sort(byId)
  return seed.out
}
