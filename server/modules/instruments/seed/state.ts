// What every phase of the instrument seed shares: the streams, the id makers, the actors and the rows written so far;
// and the time of bookings: instruments open on weekdays, 08:30–17:30 in Shanghai, in half-hour slots.
import { shanghaiDateOf } from '../../../platform/calendar'
import type { Random } from '../../../seed/random'
import { demoUserToken } from '../../../seed/support/actors'
import { createSeedIds, type IdMaker } from '../../../seed/support/ids'
import { dayMs, minuteMs, shanghaiOffsetMs, weekdayOfDayNumber } from '../../../seed/support/time'
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

/** The first half hour at or after `ms` that falls on a weekday between 08:30 and 17:30 in Shanghai. */
export function openingSlot(ms: number): number {
  const halfHourMs = 30 * minuteMs
  let local = Math.ceil((ms + shanghaiOffsetMs) / halfHourMs) * halfHourMs
  for (let step = 0; step < 10; step++) {
    const day = Math.floor(local / dayMs)
    const minute = (local - day * dayMs) / minuteMs
    const weekday = weekdayOfDayNumber(day)
    if (weekday === 6 || weekday === 0) {
      local = (day + (weekday === 6 ? 2 : 1)) * dayMs + 510 * minuteMs
      continue
    }
    if (minute < 510) local = day * dayMs + 510 * minuteMs
    else if (minute > 1050) local = (day + 1) * dayMs + 510 * minuteMs
    else break
  }
  return local - shanghaiOffsetMs
}
