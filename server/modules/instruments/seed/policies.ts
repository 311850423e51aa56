// A few owners set their own blacklist threshold (none stricter than the seed's bookers can meet).
import { dayMs, workingMoment } from '../../../seed/support/time'
import type { InstrumentSeed } from './state'
import type { Instrument } from './types'

export function generateOwnerPolicies(seed: InstrumentSeed, instruments: readonly Instrument[]): void {
  const random = seed.random.fork('policies')
  const policyOwners = [...new Set(instruments.map((instrument) => instrument.owner))].filter(
    (_owner, index) => index === 0 || random.chance(0.05),
  )
  for (const owner of policyOwners) {
    seed.out.ownerPolicies.push({
      providerId: owner.row.id,
      violationLimit: random.pick([3, 4, 5]),
      violationWindowMonths: random.pick([12, 24]),
      updatedAt: new Date(workingMoment(seed.startMs + random.integer(0, 300) * dayMs)),
    })
  }
}
