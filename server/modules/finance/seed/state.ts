// What every phase of the finance seed shares: the streams, the id maker, the actors, the rows written so far and
// the referrals made.
import type { Random } from '../../../seed/random'
import { demoUserToken, demoUsernameByOrganisation } from '../../../seed/support/actors'
import { createSeedIds, type IdMaker } from '../../../seed/support/ids'
import { dayMs, minuteMs } from '../../../seed/support/time'
import type { FinanceDemoData, FinanceGeneratorInput, Referral } from './types'

/** a year of activity after half a year's lead-in, so that the last period has a previous one to grow from */
export const windowDays = 365 + 182
const demoOfficerByCity: Record<string, string> = { HF: 'station.hf' }

export interface FinanceSeed {
  input: FinanceGeneratorInput
  random: Random
  /** the needs, referrals and their decisions, in the order they happen (the demo records' first) */
  flowRandom: Random
  endMs: number
  startMs: number
  /** events must be this far before the end to have happened */
  latestEventMs: number
  makeId: IdMaker
  out: FinanceDemoData
  /** the demo account of each organisation that has one */
  demoByOrganisation: Map<string, string>
  referrals: Referral[]
  userOfFirm(firmId: string): string
  workstationOf(cityCode: string): string
}

export function createFinanceSeed(input: FinanceGeneratorInput): FinanceSeed {
  const random = input.random
  const endMs = input.activityEndsAt.getTime()
  const startMs = endMs - windowDays * dayMs
  const { makeId, syntheticUser } = createSeedIds(random, startMs)
  const demoByOrganisation = demoUsernameByOrganisation(input.demoOrganisations)
  return {
    input,
    random,
    flowRandom: random.fork('needs'),
    endMs,
    startMs,
    latestEventMs: endMs - 30 * minuteMs,
    makeId,
    out: {
      activityEndsAt: input.activityEndsAt,
      products: [],
      indicatorValues: [],
      scores: [],
      needs: [],
      referrals: [],
      cases: [],
      caseNotes: [],
    },
    demoByOrganisation,
    referrals: [],
    userOfFirm(firmId) {
      const username = demoByOrganisation.get(firmId)
      return username !== undefined ? demoUserToken(username) : syntheticUser(`firm/${firmId}`)
    },
    workstationOf(cityCode) {
      const username = demoOfficerByCity[cityCode]
      return username !== undefined ? demoUserToken(username) : syntheticUser(`workstation/${cityCode}`)
    },
  }
}

export const round = (value: number, step: number) => Math.round(value / step) * step
export const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value))

/** Amounts round to ¥10,000 (¥1,000 below ¥100,000). */
export function roundYuan(yuan: number): number {
  return yuan >= 100_000 ? round(yuan, 10_000) : Math.max(1_000, round(yuan, 1_000))
}
