// The registry of the synthetic demo corridor: parks, the alliance tree, firms, financial institutions and service
// providers, generated from a seeded stream. A pure function: no database, no clock, no Math.random.
import { shanghaiDateOf } from '../../../platform/calendar'
import type { Random } from '../../../seed/random'
import { generateAlliances } from './alliances'
import type { Context, RegistryDemoData, RegistryFigures } from './context'
import { generateFirms } from './firms'
import { generateInstitutions } from './institutions'
import { generateParks } from './parks'
import { generateProviders } from './providers'

export interface RegistryGeneratorInput {
  /** the seed's main stream: each table draws from a fork of its own */
  random: Random
  /** the creation time of every row */
  seededAt: Date
  /** when the demo's activity ends (seededAt when absent): work still under way is recent by then */
  activityEndsAt?: Date
  figures: RegistryFigures
}

export function generateRegistryData(input: RegistryGeneratorInput): RegistryDemoData {
  const context: Context = {
    random: input.random,
    seededAtMs: input.seededAt.getTime(),
    seededDay: input.seededAt.toISOString().slice(0, 10),
    activityDay: shanghaiDateOf(input.activityEndsAt ?? input.seededAt),
    figures: input.figures,
    // shared by firms and providers: no credit code is used twice across the registry
    creditCodesTaken: new Set<string>(),
  }
  const parks = generateParks(context)
  const firmPlans = generateFirms(context, parks)
  const tree = generateAlliances(context, parks, firmPlans)
  return {
    parks,
    alliances: tree.rows,
    allianceMembers: tree.members,
    firms: firmPlans.map((plan) => plan.row),
    institutions: generateInstitutions(context),
    providers: generateProviders(context),
  }
}
