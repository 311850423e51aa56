// Needs and referrals: a firm states a need, refers it to a product it is eligible for (the matcher's own hard
// filters decide) and consents to the institution reading its score card; the institution approves within the
// product's limits and rate cap, or declines; a loan is drawn, or the firm withdraws.
import { workingMoment, dayMs } from '../../../seed/support/time'
import { lendingTypes, type ProductType } from '../finance.reference'
import { failedCodes } from '../matching'
import { financeTexts } from './catalogue'
import { clamp, round, roundYuan, type FinanceSeed } from './state'
import { withId, type Firm, type Need, type NeedRow, type Product, type Referral } from './types'

/** The active products of each type, as the matcher sees them. */
export type Market = ReadonlyMap<string, readonly Product[]>

const drawableTypes: readonly ProductType[] = [
  'credit_loan',
  'ip_pledge_loan',
  'guarantee',
  'equity_investment',
]

export function addNeed(
  seed: FinanceSeed,
  firm: Firm,
  terms: { productType: ProductType; amountFen: number; termMonths: number },
  atMs: number,
  purpose: string,
): Need {
  const row = withId<NeedRow & { amountFen: number; termMonths: number; productType: ProductType }>({
    id: seed.makeId('fned', atMs),
    firmId: firm.row.id,
    cityCode: firm.row.cityCode,
    productType: terms.productType,
    amountFen: terms.amountFen,
    termMonths: terms.termMonths,
    purpose,
    urgency: seed.flowRandom.weightedPick(['normal', 'urgent', 'very_urgent'], [60, 30, 10]),
    status: 'open',
    createdByUserId: firm.user,
    isSynthetic: true,
    createdAt: new Date(atMs),
    updatedAt: new Date(atMs),
  })
  seed.out.needs.push(row)
  return { row, firm, createdAtMs: atMs }
}

/** The active products whose hard conditions the firm and its need meet: the matcher's own filters decide. */
export function eligibleFor(
  market: Market,
  firm: Firm,
  need: { productType: ProductType; amountFen: number; termMonths: number },
): Product[] {
  return (market.get(need.productType) ?? []).filter(
    (product) => failedCodes(need, firm.match, product.match).length === 0,
  )
}

export function refer(seed: FinanceSeed, need: Need, product: Product, atMs: number): Referral {
  const terms = {
    productType: need.row.productType,
    amountFen: need.row.amountFen,
    termMonths: need.row.termMonths,
  }
  const failed = failedCodes(terms, need.firm.match, product.match)
  if (failed.length > 0) throw new Error(`a seeded referral fails ${failed.join(', ')}`)
  const row = withId<Referral['row']>({
    id: seed.makeId('fref', atMs),
    needId: need.row.id,
    firmId: need.firm.row.id,
    firmCityCode: need.firm.row.cityCode,
    productId: product.row.id,
    institutionId: product.institution.id,
    productType: product.row.productType,
    requestedAmountFen: need.row.amountFen,
    status: 'referred',
    consentGrantedAt: new Date(atMs),
    consentGrantedByUserId: need.firm.user,
    consentRevokedAt: null,
    approvedAmountFen: null,
    rateBps: null,
    termMonths: null,
    declineReason: null,
    decidedAt: null,
    drawnAmountFen: null,
    drawnAt: null,
    isFirstLoan: false,
    isSynthetic: true,
    createdAt: new Date(atMs),
    updatedAt: new Date(atMs),
  })
  seed.out.referrals.push(row)
  if (need.row.status === 'open') Object.assign(need.row, { status: 'referred', updatedAt: new Date(atMs) })
  const referral: Referral = {
    row,
    need,
    product,
    createdAtMs: atMs,
    decidedAtMs: null,
    drawnAtMs: null,
    closedAtMs: null,
  }
  seed.referrals.push(referral)
  return referral
}

/** Approves within the product's amounts and terms, a loan's rate within its cap. */
export function approve(referral: Referral, atMs: number, amountFen: number, rateBps: number | null) {
  const product = referral.product
  const isLending = lendingTypes.includes(product.row.productType)
  const cap = product.row.rateCapBps ?? 0
  Object.assign(referral.row, {
    status: 'approved',
    approvedAmountFen: clamp(amountFen, product.row.amountMinFen, product.row.amountMaxFen),
    rateBps: isLending ? clamp(rateBps ?? 0, 0, cap) : null,
    termMonths: clamp(referral.need.row.termMonths, product.row.termMinMonths, product.row.termMaxMonths),
    decidedAt: new Date(atMs),
    updatedAt: new Date(atMs),
  })
  referral.decidedAtMs = atMs
}

export function decline(referral: Referral, atMs: number, reason: string) {
  Object.assign(referral.row, {
    status: 'declined',
    declineReason: reason,
    decidedAt: new Date(atMs),
    updatedAt: new Date(atMs),
  })
  referral.decidedAtMs = atMs
  referral.closedAtMs = atMs
}

/** A drawdown closes the need. */
export function draw(referral: Referral, atMs: number, amountFen: number) {
  Object.assign(referral.row, {
    status: 'drawn',
    drawnAmountFen: amountFen,
    drawnAt: new Date(atMs),
    updatedAt: new Date(atMs),
  })
  referral.drawnAtMs = atMs
  Object.assign(referral.need.row, { status: 'closed', updatedAt: new Date(atMs) })
}

function withdraw(seed: FinanceSeed, referral: Referral, atMs: number) {
  Object.assign(referral.row, { status: 'withdrawn', updatedAt: new Date(atMs) })
  if (seed.flowRandom.chance(0.6)) referral.row.consentRevokedAt = new Date(atMs)
  referral.closedAtMs = atMs
}

/** Approved (often for less than asked) and, for a loan, guarantee or investment, drawn (often in full) unless the
 * need already had a drawdown. */
function approveAndDraw(
  seed: FinanceSeed,
  referral: Referral,
  decideMs: number,
  isFirstForNeed: () => boolean,
) {
  const random = seed.flowRandom
  const product = referral.product
  const requested = referral.need.row.amountFen
  const amountFen = random.chance(0.3)
    ? Math.max(product.row.amountMinFen, roundYuan((requested / 100) * (0.5 + 0.4 * random.next())) * 100)
    : requested
  const cap = product.row.rateCapBps ?? 0
  approve(referral, decideMs, amountFen, round(cap * Math.pow(random.next(), 1.5), 5))
  if (!drawableTypes.includes(product.row.productType) || !isFirstForNeed() || !random.chance(0.9)) return
  const drawMs = workingMoment(decideMs + (1 + random.next() * 20) * dayMs)
  const approved = referral.row.approvedAmountFen ?? 0
  if (drawMs >= seed.latestEventMs) return
  const drawnFen = random.chance(0.8)
    ? approved
    : Math.max(1, roundYuan((approved / 100) * (0.5 + 0.45 * random.next())) * 100)
  draw(referral, drawMs, drawnFen)
}

/** A referral's course after it is made, as far as it has got by the end. */
export function playReferral(seed: FinanceSeed, referral: Referral, isFirstForNeed: () => boolean) {
  const random = seed.flowRandom
  const product = referral.product
  const firm = referral.need.firm
  if (random.chance(0.04)) {
    const atMs = workingMoment(referral.createdAtMs + (1 + random.next() * 7) * dayMs)
    if (atMs < seed.latestEventMs) withdraw(seed, referral, atMs)
    return
  }
  const decideMs = workingMoment(referral.createdAtMs + (2 + random.next() * 16) * dayMs)
  if (decideMs >= seed.latestEventMs) return
  const margin = Math.min((firm.scoreTenths - product.match.minScoreTenths) / 300, 1)
  const stageBonus = firm.stage === 'mature' ? 0.05 : firm.stage === 'start_up' ? -0.05 : 0
  const chance =
    (0.5 + 0.3 * margin + stageBonus) * (product.row.productType === 'equity_investment' ? 0.6 : 1)
  if (!random.chance(chance)) decline(referral, decideMs, random.pick(financeTexts.declineReasons))
  else approveAndDraw(seed, referral, decideMs, isFirstForNeed)
  if (referral.decidedAtMs !== null && random.chance(0.05)) {
    const revokeMs = workingMoment(referral.decidedAtMs + (1 + random.next() * 60) * dayMs)
    if (revokeMs < seed.latestEventMs) {
      Object.assign(referral.row, { consentRevokedAt: new Date(revokeMs), updatedAt: new Date(revokeMs) })
    }
  }
}
