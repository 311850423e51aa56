// A voucher's use over its life: a few orders spread over the months after it is issued, until it is used up to the
// share the firm needed, and each order's course (cancelled, or delivered, confirmed, perhaps spot-checked, and
// approved or rejected and claimed again) as far as it has got by the end of the year.
import { dayMs, hourMs, workingMoment } from '../../../seed/support/time'
import { serviceProducts, voucherTexts } from './catalogue'
import { cancelOrder, placeOrder, shareMaxFenOf } from './orders'
import {
  approveRedemption,
  claimRedemption,
  confirmRedemption,
  recordSpotCheck,
  rejectRedemption,
} from './redemptions'
import { after, days, type VoucherSeed } from './state'
import type { Order, Product, Scheme, Voucher } from './types'

const ordersPerVoucherMax = 10
/** 1–8 orders a voucher planned, most often 3–5 (fewer are placed when the voucher is used up first) */
const orderCountWeights = [0, 6, 10, 15, 18, 17, 14, 11, 9]
const ratingWeights = [0, 1, 5, 14, 35, 45]

export function rating(seed: VoucherSeed): { rating: number; comment: string | null } {
  const value = seed.random.weightedPick([0, 1, 2, 3, 4, 5], ratingWeights)
  const comments = voucherTexts.firmCommentsByRating.get(value) ?? []
  return {
    rating: value,
    comment: comments.length > 0 && seed.random.chance(0.6) ? seed.random.pick(comments) : null,
  }
}

/** Up to two rounds of a claim: a failed spot check or a rejection may be followed by a corrected claim. */
function playRedemptions(seed: VoucherSeed, order: Order, placedMs: number) {
  const { random, latestEventMs } = seed
  const [shortest, longest] = serviceProducts.deliveryDaysByCategory[order.product.template.category]
  let claimMs = after(placedMs, days(seed, shortest, longest))
  for (let round = 0; round < 2; round++) {
    if (claimMs >= latestEventMs) return
    const redemption = claimRedemption(seed, order, claimMs)
    const confirmMs = after(claimMs, days(seed, 0.3, 8))
    if (confirmMs >= latestEventMs) return
    const rated = rating(seed)
    confirmRedemption(redemption, confirmMs, rated.rating, rated.comment)
    let decideMs: number
    if (redemption.row.spotCheckSelected === true) {
      const checkMs = after(confirmMs, days(seed, 1, 8))
      if (checkMs >= latestEventMs) return
      const passed = random.chance(0.85)
      const notes = passed ? voucherTexts.spotCheckPassedNotes : voucherTexts.spotCheckFailedNotes
      recordSpotCheck(redemption, checkMs, passed, random.pick(notes))
      if (!passed) {
        if (!random.chance(0.5)) return
        claimMs = after(checkMs, days(seed, 3, 12))
        continue
      }
      decideMs = after(checkMs, days(seed, 0.1, 3))
    } else {
      decideMs = after(confirmMs, days(seed, 1, 14))
    }
    if (decideMs >= latestEventMs) return
    if (round === 0 && random.chance(0.05)) {
      rejectRedemption(redemption, decideMs, random.pick(voucherTexts.redemptionRejectionReasons))
      if (!random.chance(0.6)) return
      claimMs = after(decideMs, days(seed, 2, 10))
      continue
    }
    approveRedemption(seed, redemption, decideMs)
    return
  }
}

/** An order's life after it is placed, as far as it has got by the end of the year. */
export function playOrder(seed: VoucherSeed, order: Order) {
  const random = seed.random
  const placedMs = order.row.createdAt?.getTime() ?? 0
  if (random.chance(0.1)) {
    const cancelMs = after(placedMs, days(seed, 0.2, 6))
    if (cancelMs < seed.latestEventMs && cancelMs < order.voucher.expiresAtMs) {
      cancelOrder(seed, order, cancelMs, random.chance(0.3), random.pick(voucherTexts.cancelReasons))
    }
    return
  }
  playRedemptions(seed, order, placedMs)
}

function quantityFor(seed: VoucherSeed, product: Product): number {
  const random = seed.random
  switch (product.template.unit) {
    case 'per_hour':
      return random.integer(2, 40)
    case 'per_sample':
      return random.integer(1, 20)
    case 'per_day':
      return random.integer(1, 7)
    case 'per_service':
      return random.chance(0.1) ? 2 : 1
  }
}

function pickProduct(seed: VoucherSeed, scheme: Scheme, atMs: number): Product | null {
  const random = seed.random
  for (let attempt = 0; attempt < 5; attempt++) {
    const city = random.weightedPick(
      scheme.cityWeights,
      scheme.cityWeights.map((entry) => entry.weight),
    )
    const byCategory = scheme.productsByCity.get(city.cityCode)
    if (byCategory === undefined) continue
    const categories = [...byCategory.keys()]
    const list = byCategory.get(random.pick(categories)) ?? []
    const product = list.length > 0 ? random.pick(list) : undefined
    if (product !== undefined && product.createdAtMs < atMs) return product
  }
  return null
}

/** A voucher's orders: a few, spread over its life, until it is used up to a share the firm needed. */
export function useVoucher(seed: VoucherSeed, voucher: Voucher) {
  const random = seed.random
  const firstOrderMs = voucher.issuedAtMs + dayMs
  const endOfUseMs = Math.min(voucher.expiresAtMs - 2 * hourMs, seed.latestEventMs - hourMs)
  if (endOfUseMs <= firstOrderMs || random.chance(0.07)) return
  const count = random.weightedPick([0, 1, 2, 3, 4, 5, 6, 7, 8], orderCountWeights)
  const targetFen = Math.round(voucher.row.amountFen * (0.6 + 0.4 * random.next()))
  // Most orders come in the first months after the voucher is issued.
  const spanMs = Math.min(endOfUseMs - firstOrderMs, 240 * dayMs)
  const times = Array.from({ length: Math.min(count, ordersPerVoucherMax) }, () =>
    workingMoment(firstOrderMs + Math.floor(Math.pow(random.next(), 1.3) * spanMs)),
  ).sort((a, b) => a - b)
  let committedFen = 0
  for (const atMs of times) {
    if (committedFen >= targetFen || atMs >= endOfUseMs) break
    const product = pickProduct(seed, voucher.scheme, atMs)
    if (product === null) continue
    let quantity = quantityFor(seed, product)
    const remainingFen = Math.max(targetFen - committedFen, 1)
    while (quantity > 1 && shareMaxFenOf(voucher, product.row.priceFen * quantity) > remainingFen) {
      quantity = Math.floor(quantity / 2)
    }
    const order = placeOrder(seed, voucher, product, quantity, atMs)
    if (order === null) continue
    committedFen += order.row.voucherShareFen
    playOrder(seed, order)
  }
}
