// The steps the demo accounts' own voucher records are written with: a demo firm, scheme or product, a voucher
// issued some days ago, an order on it, its redemption up to a given step, a claim waiting for its officer.
import type { SeedFirm } from '../../../seed/support/organisations'
import { hourMs, dayMs, workingMoment } from '../../../seed/support/time'
import type { ServiceCategory, VoucherType } from '../vouchers.reference'
import { voucherTexts } from './catalogue'
import { approveClaim, isEligible, submitClaim } from './claims'
import { placeOrder } from './orders'
import { approveRedemption, claimRedemption, confirmRedemption, rejectRedemption } from './redemptions'
import type { VoucherSeed } from './state'
import type { Order, Product, Redemption, Scheme, Voucher } from './types'

export interface Demo {
  seed: VoucherSeed
  schemes: readonly Scheme[]
  demoProviderId: string | undefined
  /** the demo provider's products, one of each category */
  demoProducts: readonly Product[]
  firmById: ReadonlyMap<string, SeedFirm>
}

/** Days before the end, at a working moment, kept after `previous` and before the end. */
export function moment(seed: VoucherSeed, daysAgo: number, previousMs: number): number {
  const rawMs = seed.endMs - daysAgo * dayMs
  let atMs = workingMoment(rawMs)
  // A weekend just before the end would push the moment past it: then the weekend it is.
  if (atMs >= seed.latestEventMs) atMs = rawMs
  if (atMs <= previousMs) atMs = previousMs + hourMs
  if (atMs >= seed.latestEventMs) atMs = previousMs + Math.floor((seed.latestEventMs - previousMs) / 2)
  return atMs
}

/** The demo account's firm, kept out of the year's random claims. */
export function firmOf(demo: Demo, username: string): SeedFirm {
  const id = demo.seed.input.demoOrganisations.get(username)
  const firm = id !== undefined ? demo.firmById.get(id) : undefined
  if (firm === undefined) throw new Error(`no firm for demo account ${username}`)
  demo.seed.reservedFirmIds.add(firm.id)
  return firm
}

export function schemeOf(demo: Demo, cityCode: string, type: VoucherType = 'general'): Scheme {
  const scheme = demo.schemes.find(
    (candidate) => candidate.definition.cityCode === cityCode && candidate.definition.voucherType === type,
  )
  if (scheme === undefined) throw new Error(`no ${type} scheme for ${cityCode}`)
  return scheme
}

/** The first firms of the scheme's city that may claim under it and no demo record uses yet. */
export function otherFirmsOf(demo: Demo, scheme: Scheme, count: number): SeedFirm[] {
  const seed = demo.seed
  const found = seed.input.firms
    .filter(
      (firm) =>
        firm.cityCode === scheme.definition.cityCode &&
        !seed.reservedFirmIds.has(firm.id) &&
        !seed.demoByOrganisation.has(firm.id) &&
        isEligible(firm, scheme),
    )
    .slice(0, count)
  if (found.length < count) throw new Error(`not enough firms for the demo records in ${scheme.row.nameEn}`)
  for (const firm of found) seed.reservedFirmIds.add(firm.id)
  return found
}

export function demoProduct(demo: Demo, category: ServiceCategory): Product | undefined {
  return demo.demoProducts.find((product) => product.template.category === category) ?? demo.demoProducts[0]
}

/** The first product of a city the scheme accepts, else of any city it accepts. */
export function productIn(scheme: Scheme, cityCode: string, notProviderId?: string): Product {
  const ofCity = (code: string) =>
    [...(scheme.productsByCity.get(code)?.values() ?? [])]
      .flat()
      .filter((product) => product.provider.id !== notProviderId)
  const product = ofCity(cityCode)[0] ?? [...scheme.productsByCity.keys()].flatMap(ofCity)[0]
  if (product === undefined) throw new Error(`no product for ${scheme.row.nameEn}`)
  return product
}

export function issue(
  demo: Demo,
  scheme: Scheme,
  firm: SeedFirm,
  daysAgo: number,
  amountFen: number,
): Voucher {
  const seed = demo.seed
  const submittedMs = moment(seed, daysAgo, 0)
  const claim = submitClaim(
    seed,
    scheme,
    firm,
    submittedMs,
    amountFen,
    seed.random.pick(voucherTexts.claimPurposes),
  )
  const voucher = approveClaim(seed, claim, moment(seed, daysAgo - 3, submittedMs), amountFen, null)
  if (voucher === null) throw new Error('a demo voucher was not issued')
  return voucher
}

export function order(demo: Demo, voucher: Voucher, product: Product | undefined, daysAgo: number): Order {
  if (product === undefined) throw new Error('no product for a demo order')
  // A modest share each, so that the demo voucher keeps a balance for the orders after it.
  const shareFen = Math.floor(voucher.row.amountFen / 10 / 100) * 100
  const atMs = moment(demo.seed, daysAgo, voucher.issuedAtMs)
  const placed = placeOrder(demo.seed, voucher, product, 1, atMs, shareFen)
  if (placed === null) throw new Error('a demo order was not placed')
  return placed
}

type Step = 'claimed' | 'confirmed' | 'approved' | 'rejected'

/** Delivery and redemption of a demo order up to a given step; the draw is chosen for officers' queues. */
export function redeem(
  demo: Demo,
  placed: Order,
  daysAgo: [number, number, number],
  until: Step,
  wantDrawn = false,
): Redemption {
  const seed = demo.seed
  const placedMs = placed.row.createdAt?.getTime() ?? 0
  const claimMs = moment(seed, daysAgo[0], placedMs)
  const redemption = claimRedemption(seed, placed, claimMs, until === 'claimed' ? undefined : wantDrawn)
  if (until === 'claimed') return redemption
  const confirmMs = moment(seed, daysAgo[1], claimMs)
  const comment = seed.random.pick(voucherTexts.firmCommentsByRating.get(5) ?? [])
  confirmRedemption(redemption, confirmMs, 5, comment)
  if (until === 'confirmed') return redemption
  const decideMs = moment(seed, daysAgo[2], confirmMs)
  if (until === 'rejected') {
    rejectRedemption(redemption, decideMs, seed.random.pick(voucherTexts.redemptionRejectionReasons))
  } else {
    approveRedemption(seed, redemption, decideMs)
  }
  return redemption
}

/** A claim submitted some days ago, waiting for the officer. */
export function pending(demo: Demo, scheme: Scheme, firm: SeedFirm, daysAgo: number, amountFen: number) {
  const seed = demo.seed
  return submitClaim(
    seed,
    scheme,
    firm,
    moment(seed, daysAgo, 0),
    amountFen,
    seed.random.pick(voucherTexts.claimPurposes),
  )
}
