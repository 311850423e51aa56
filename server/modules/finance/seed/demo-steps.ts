// The steps the demo accounts' own finance records are written with: a moment some days ago, a demo firm, other
// firms kept out of the period's random needs, and a need scripted through its referral to a given outcome.
import { dayMs, hourMs, workingMoment } from '../../../seed/support/time'
import type { ProductType } from '../finance.reference'
import { financeTexts } from './catalogue'
import { addNeed, approve, decline, draw, eligibleFor, refer, type Market } from './referrals'
import type { FinanceSeed } from './state'
import type { CasePlan, Firm, Product, Referral } from './types'

export interface FinanceDemo {
  seed: FinanceSeed
  market: Market
  firmById: ReadonlyMap<string, Firm>
  firms: readonly Firm[]
  /** firms the demo records use (the demo accounts' own first), kept out of the period's random needs */
  reservedFirmIds: Set<string>
  /** workstation cases written for the demo, added before the period's own */
  scriptedCases: CasePlan[]
  /** bank.hz's plain credit loan and IP-pledge loan */
  bankCredit: Product
  bankPledge: Product
}

export interface Step {
  outcome: 'pending' | 'approved' | 'declined' | 'drawn'
  decide?: number
  draw?: number
  rateBps?: number
}

export interface ScriptedNeed {
  productType: ProductType
  amountFen: number
  termMonths: number
  needDaysAgo: number
  /** when the need was referred to the product; null: not (yet) */
  referDaysAgo: number | null
}

/** Days before the end, at a working moment when that is still before the end. */
export function moment(seed: FinanceSeed, daysAgo: number): number {
  const atMs = workingMoment(seed.endMs - daysAgo * dayMs)
  return atMs < seed.latestEventMs ? atMs : seed.endMs - daysAgo * dayMs
}

export function demoFirm(demo: FinanceDemo, username: string): Firm {
  const id = demo.seed.input.demoOrganisations.get(username)
  const firm = id !== undefined ? demo.firmById.get(id) : undefined
  if (firm === undefined) throw new Error(`no firm for demo account ${username}`)
  return firm
}

/** The first firms of a city (any city when null) with some revenue that no demo record uses yet. */
export function otherFirms(demo: FinanceDemo, cityCode: string | null, count: number): Firm[] {
  const found = demo.firms.filter(
    (firm) =>
      !demo.reservedFirmIds.has(firm.row.id) &&
      (cityCode === null || firm.row.cityCode === cityCode) &&
      firm.row.revenueFen !== undefined &&
      firm.row.revenueFen >= 3_000_000_00,
  )
  const chosen = found.slice(0, count)
  for (const firm of chosen) demo.reservedFirmIds.add(firm.row.id)
  return chosen
}

export function eligibleOfType(
  demo: FinanceDemo,
  firm: Firm,
  need: Omit<ScriptedNeed, 'needDaysAgo' | 'referDaysAgo'>,
) {
  return eligibleFor(demo.market, firm, need)[0]
}

/** A need of the firm, referred to the product and taken to the step's outcome, each step some days after the one
 * before (a weekend can push a moment past the next one's); the referral, if the need was referred. */
export function scripted(
  demo: FinanceDemo,
  firm: Firm,
  product: Product | undefined,
  need: ScriptedNeed,
  step: Step,
): Referral | null {
  const { seed } = demo
  const purpose = seed.flowRandom.pick(financeTexts.needPurposesByType[need.productType])
  const added = addNeed(seed, firm, need, moment(seed, need.needDaysAgo), purpose)
  if (product === undefined || need.referDaysAgo === null) return null
  const after = (previousMs: number, daysAgo: number) => Math.max(moment(seed, daysAgo), previousMs + hourMs)
  const referral = refer(seed, added, product, after(added.createdAtMs, need.referDaysAgo))
  const decidedMs = after(referral.createdAtMs, step.decide ?? 0)
  if (step.outcome === 'declined')
    decline(referral, decidedMs, seed.flowRandom.pick(financeTexts.declineReasons))
  if (step.outcome === 'approved' || step.outcome === 'drawn') {
    approve(referral, decidedMs, need.amountFen, step.rateBps ?? 0)
  }
  if (step.outcome === 'drawn') {
    draw(referral, after(decidedMs, step.draw ?? 0), referral.row.approvedAmountFen ?? need.amountFen)
  }
  return referral
}
