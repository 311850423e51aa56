// What every phase of the instrument seed shares: the streams, the id makers, the actors and the rows written so far;
// the hours each instrument opens are its own (opening.ts).
import { shanghaiDateOf } from '../../../platform/calendar'
import type { Random } from '../../../seed/random'
import { demoUserToken } from '../../../seed/support/actors'
import { createSeedIds, type IdMaker } from '../../../seed/support/ids'
import { dayMs } from '../../../seed/support/time'
import type { InstrumentDemoData, InstrumentGeneratorInput } from './types'

export const windowDays = 365
/** how far ahead bookings are already made */
export const futureDays = 42
const demoFirmUsernames = ['firm.sh', 'firm.hf'] as const

export interface InstrumentSeed {
  input: InstrumentGeneratorInput
  random: Random
  endMs: number
  startMs: number
  futureEndMs: number
  makeId: IdMaker
  out: InstrumentDemoData
  demoProviderId: string | undefined
  /** the demo firms' usernames by firm id */
  demoFirmIds: Map<string, string>
  syntheticUser(key: string): string
  /** The owner's staff: the first is its instrument manager, who also decides on requests. */
  staffUser(providerId: string, index: number): string
}

export function createInstrumentSeed(input: InstrumentGeneratorInput): InstrumentSeed {
  const random = input.random
  const endMs = input.activityEndsAt.getTime()
  const startMs = endMs - windowDays * dayMs
  const { makeId, syntheticUser } = createSeedIds(random, startMs)
  const demoProviderId = input.demoOrganisations.get('provider.sz')
  return {
    input,
    random,
    endMs,
    startMs,
    futureEndMs: endMs + futureDays * dayMs,
    makeId,
    out: {
      activityEndsAt: input.activityEndsAt,
      instruments: [],
      ownerPolicies: [],
      bookings: [],
      violations: [],
    },
    demoProviderId,
    demoFirmIds: new Map(
      demoFirmUsernames.flatMap((username) => {
        const id = input.demoOrganisations.get(username)
        return id !== undefined ? [[id, username] as const] : []
      }),
    ),
    syntheticUser,
    staffUser: (providerId, index) =>
      providerId === demoProviderId && index === 0
        ? demoUserToken('provider.sz')
        : syntheticUser(`staff/${providerId}/${index}`),
  }
}

export function shanghaiMonthOf(ms: number): string {
  return shanghaiDateOf(new Date(ms)).slice(0, 7)
}
