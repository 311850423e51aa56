// The period's needs, more of them as time goes on, from firms by stage, size and label; each referred to one to
// three of the products ranked best for it (a need nothing fits may be given up), and every referral played; then
// each firm's first drawn loan in time is marked as its first loan.
import { cumulativePicker } from '../../../seed/support/draws'
import { dayMs, hourMs, workingMoment } from '../../../seed/support/time'
import { lendingTypes, type FirmStage, type ProductType } from '../finance.reference'
import { rank } from '../matching'
import { financeTexts } from './catalogue'
import { addNeed, eligibleFor, playReferral, refer, type Market } from './referrals'
import { clamp, roundYuan, windowDays, type FinanceSeed } from './state'
import type { Firm, Need } from './types'

const needTypeWeightsByStage: Record<FirmStage, Partial<Record<ProductType, number>>> = {
  start_up: {
    credit_loan: 35,
    ip_pledge_loan: 18,
    equity_investment: 20,
    guarantee: 10,
    insurance: 3,
    legal_service: 3,
    accounting_service: 3,
    ip_service: 5,
    hr_service: 3,
  },
  growth: {
    credit_loan: 35,
    ip_pledge_loan: 15,
    guarantee: 12,
    equity_investment: 14,
    listing_guidance: 3,
    insurance: 5,
    legal_service: 4,
    accounting_service: 4,
    ip_service: 4,
    hr_service: 4,
  },
  mature: {
    credit_loan: 30,
    ip_pledge_loan: 10,
    guarantee: 10,
    equity_investment: 8,
    listing_guidance: 14,
    insurance: 9,
    legal_service: 5,
    accounting_service: 5,
    ip_service: 4,
    hr_service: 5,
  },
}
const termsByType: Record<ProductType, readonly number[]> = {
  credit_loan: [6, 12, 12, 12, 24, 36],
  ip_pledge_loan: [12, 24, 36],
  guarantee: [12, 12, 24],
  equity_investment: [60, 72, 84],
  listing_guidance: [6, 12, 18, 24],
  insurance: [12],
  legal_service: [1, 3, 6, 12],
  accounting_service: [1, 3, 6],
  ip_service: [3, 6, 12],
  hr_service: [1, 3, 6],
}
const stageWeight: Record<FirmStage, number> = { start_up: 1.3, growth: 1.2, mature: 0.8 }
const sizeWeight: Record<string, number> = { micro: 0.8, small: 1.2, medium: 1, large: 0.5 }
// Linear growth of the monthly flow: the last months see 2.2 times the first months' needs.
const densityLow = 0.6
const densityHigh = 1.3

/** What a need asks for, by type and the firm's size: the amount in yuan. */
function needYuan(seed: FinanceSeed, firm: Firm, productType: ProductType): number {
  const random = seed.flowRandom
  const revenueYuan = (firm.row.revenueFen ?? 0) / 100
  const share = (low: number, high: number) => revenueYuan * (low + random.next() * (high - low))
  switch (productType) {
    case 'credit_loan':
      return clamp(share(0.08, 0.35), 300_000, 30_000_000)
    case 'ip_pledge_loan':
      return clamp(share(0.05, 0.3), 300_000, 20_000_000)
    case 'guarantee':
      return clamp(share(0.05, 0.25), 200_000, 10_000_000)
    case 'equity_investment': {
      const [low, high] =
        firm.stage === 'start_up'
          ? [2_000_000, 15_000_000]
          : firm.stage === 'growth'
            ? [10_000_000, 80_000_000]
            : [30_000_000, 200_000_000]
      return low + random.next() * (high - low)
    }
    case 'listing_guidance':
      return 500_000 + random.next() * 2_500_000
    case 'insurance':
      return clamp(share(0.05, 0.5), 500_000, 50_000_000)
    default:
      return 30_000 + Math.pow(random.next(), 2) * 470_000
  }
}

function needTerms(seed: FinanceSeed, firm: Firm, productType: ProductType) {
  const amountFen = roundYuan(needYuan(seed, firm, productType)) * 100
  return { productType, amountFen, termMonths: seed.flowRandom.pick(termsByType[productType]) }
}

export function generateNeeds(seed: FinanceSeed, needFirms: readonly Firm[]): Need[] {
  const random = seed.flowRandom
  const needCount = Math.round(needFirms.length * seed.input.figures.needShare)
  const pickNeedFirm = cumulativePicker(
    needFirms,
    needFirms.map(
      (firm) =>
        stageWeight[firm.stage] * (sizeWeight[firm.row.size] ?? 1) * (firm.row.isTechSme === true ? 1.2 : 1),
    ),
  )
  const needs: Need[] = []
  for (let index = 0; index < needCount; index++) {
    const firm = pickNeedFirm(random)
    const u = random.next()
    const position =
      (Math.sqrt(densityLow * densityLow + (densityHigh * densityHigh - densityLow * densityLow) * u) -
        densityLow) /
      (densityHigh - densityLow)
    const atMs = workingMoment(seed.startMs + position * windowDays * dayMs)
    if (atMs >= seed.latestEventMs - hourMs) continue
    const weights = needTypeWeightsByStage[firm.stage]
    const types = Object.keys(weights) as ProductType[]
    const productType = random.weightedPick(
      types,
      types.map((type) => weights[type] ?? 0),
    )
    const terms = needTerms(seed, firm, productType)
    needs.push(addNeed(seed, firm, terms, atMs, random.pick(financeTexts.needPurposesByType[productType])))
  }
  return needs
}

/** A need's referrals: to one to three of the five products ranked best for it, a few days apart. */
export function referNeed(seed: FinanceSeed, market: Market, need: Need) {
  const random = seed.flowRandom
  const eligible = eligibleFor(market, need.firm, need.row)
  if (eligible.length === 0) {
    // Nothing fits: the firm sees near misses; an old need it gives up on is closed.
    if (need.createdAtMs < seed.endMs - 60 * dayMs && random.chance(0.4)) {
      const closedMs = workingMoment(need.createdAtMs + (20 + random.next() * 30) * dayMs)
      Object.assign(need.row, { status: 'closed', updatedAt: new Date(closedMs) })
    }
    return
  }
  const terms = {
    productType: need.row.productType,
    amountFen: need.row.amountFen,
    termMonths: need.row.termMonths,
  }
  const top = rank(
    terms,
    need.firm.match,
    eligible.map((product) => product.match),
    new Map(),
    5,
  )
  const byId = new Map(eligible.map((product) => [product.row.id, product]))
  const count = Math.min(top.length, random.weightedPick([1, 2, 3], [70, 25, 5]))
  const chosen = new Set<string>()
  while (chosen.size < count)
    chosen.add(random.weightedPick(top, [5, 3, 2, 1, 1].slice(0, top.length)).productId)
  let atMs = workingMoment(need.createdAtMs + (0.05 + random.next() * 6) * dayMs)
  let drawnForNeed = false
  for (const productId of [...chosen]) {
    const product = byId.get(productId)
    // A drawn loan closes the need: no referral follows it.
    if (product === undefined || atMs >= seed.latestEventMs || need.row.status === 'closed') break
    const referral = refer(seed, need, product, atMs)
    playReferral(seed, referral, () => !drawnForNeed)
    if (referral.row.status === 'drawn') drawnForNeed = true
    atMs = workingMoment(atMs + random.next() * 3 * dayMs)
  }
}

/** A firm's first drawn loan in time is its first loan, and no other. */
export function markFirstLoans(seed: FinanceSeed) {
  const drawnLoans = seed.referrals
    .filter(
      (referral) => referral.drawnAtMs !== null && lendingTypes.includes(referral.product.row.productType),
    )
    .sort((a, b) => (a.drawnAtMs ?? 0) - (b.drawnAtMs ?? 0) || (a.row.id < b.row.id ? -1 : 1))
  const borrowed = new Set<string>()
  for (const referral of drawnLoans) {
    referral.row.isFirstLoan = !borrowed.has(referral.row.firmId)
    borrowed.add(referral.row.firmId)
  }
}
