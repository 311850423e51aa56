// The instruments' owners: every admitted provider, with how many instruments it holds (relative) and how open it is
// to outside users, by its kind and a draw of its own.
import { gaussian } from '../../../seed/random'
import type { InstrumentSeed } from './state'
import type { Owner } from './types'

/** owners of each kind: how many instruments they hold (relative) and how open they are to outside users */
const ownerKinds: Record<string, { weight: number; openness: number }> = {
  university: { weight: 9, openness: 0.35 },
  research_institute: { weight: 6, openness: 0.5 },
  test_centre: { weight: 3, openness: 0.8 },
  lab: { weight: 1.5, openness: 0.55 },
}

export interface Owners {
  demoOwner: Owner
  otherOwners: Owner[]
}

export function generateOwners(seed: InstrumentSeed): Owners {
  const ownerRandom = seed.random.fork('owners')
  const owners: Owner[] = seed.input.providers
    .filter((row) => row.admissionStatus === 'active')
    .map((row) => {
      const kind = ownerKinds[row.kind] ?? { weight: 1, openness: 0.5 }
      return {
        row,
        weight: kind.weight * Math.exp(0.8 * gaussian(ownerRandom)),
        openness: Math.min(0.95, Math.max(0.1, kind.openness + 0.15 * gaussian(ownerRandom))),
      }
    })
  const demoOwner = owners.find((owner) => owner.row.id === seed.demoProviderId)
  if (demoOwner === undefined) throw new Error('the demo provider is not an admitted provider')
  return { demoOwner, otherOwners: owners.filter((owner) => owner !== demoOwner) }
}

/** Owners other than the demo provider, by city. */
export function ownersByCity(owners: Owners): Map<string, Owner[]> {
  const byCity = new Map<string, Owner[]>()
  for (const owner of owners.otherOwners) {
    byCity.set(owner.row.cityCode, [...(byCity.get(owner.row.cityCode) ?? []), owner])
  }
  return byCity
}
