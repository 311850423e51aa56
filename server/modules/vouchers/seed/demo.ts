// The demo accounts' own voucher records, each state their pages must show: firm.sh and firm.hf with vouchers in
// use, orders and redemptions in every state and a rejected claim; provider.sz with claims at every desk;
// officer.sh and officer.hf with claims to decide, redemptions to approve and one drawn for a spot check.
import { voucherTexts } from './catalogue'
import { isEligible, rejectClaim } from './claims'
import {
  demoProduct,
  firmOf,
  issue,
  moment,
  order,
  otherFirmsOf,
  pending,
  productIn,
  redeem,
  schemeOf,
  type Demo,
} from './demo-steps'
import { cancelOrder } from './orders'
import type { VoucherSeed } from './state'
import type { Product, Scheme } from './types'

/** firm.sh: a used voucher and a fresh one, orders in every state, a rejected claim; Songjiang firms whose claims
 * wait for officer.sh, and one whose redemptions are at the officer's desk. */
function shanghaiRecords(demo: Demo) {
  const { seed } = demo
  const shanghai = schemeOf(demo, 'SH-SJ')
  const firmShanghai = firmOf(demo, 'firm.sh')
  const rejected = pending(demo, shanghai, firmShanghai, 160, 30_000_00)
  const rejectedMs = moment(seed, 156, rejected.row.createdAt?.getTime() ?? 0)
  rejectClaim(rejected, rejectedMs, seed.random.pick(voucherTexts.claimRejectionReasons))
  const used = issue(demo, shanghai, firmShanghai, 120, 50_000_00)
  redeem(demo, order(demo, used, demoProduct(demo, 'testing'), 100), [80, 76, 70], 'approved')
  // Cancelled after its own placing: a placing moved to Monday morning may fall after day 88's moment.
  const cancelled = order(demo, used, productIn(shanghai, 'HZ'), 90)
  const cancelledMs = moment(seed, 88, cancelled.row.createdAt?.getTime() ?? 0)
  cancelOrder(seed, cancelled, cancelledMs, false, voucherTexts.cancelReasons[0] ?? '')
  redeem(demo, order(demo, used, demoProduct(demo, 'consulting'), 40), [15, 12, 0], 'confirmed', false)
  redeem(demo, order(demo, used, demoProduct(demo, 'instrument_time'), 25), [3, 0, 0], 'claimed')
  order(demo, used, productIn(shanghai, 'SH-SJ'), 6)
  order(demo, used, demoProduct(demo, 'rd_design'), 10)
  issue(demo, shanghai, firmShanghai, 30, 30_000_00)

  const [shanghaiClient, ...shanghaiWaiting] = otherFirmsOf(demo, shanghai, 4)
  if (shanghaiClient !== undefined) {
    const voucher = issue(demo, shanghai, shanghaiClient, 75, 40_000_00)
    redeem(demo, order(demo, voucher, demoProduct(demo, 'testing'), 60), [30, 25, 6], 'rejected')
    redeem(
      demo,
      order(demo, voucher, demoProduct(demo, 'instrument_time'), 35),
      [14, 9, 0],
      'confirmed',
      true,
    )
  }
  shanghaiWaiting.forEach((firm, index) =>
    pending(demo, shanghai, firm, 2 + index * 3, (10 + index * 10) * 1_000_00),
  )
}

/** firm.hf: a Hefei voucher in use, one redemption drawn for a spot check, and a claim for instrument time; Hefei
 * firms whose claims and redemptions wait for officer.hf. */
function hefeiRecords(demo: Demo) {
  const hefei = schemeOf(demo, 'HF')
  const firmHefei = firmOf(demo, 'firm.hf')
  const hefeiVoucher = issue(demo, hefei, firmHefei, 200, 100_000_00)
  redeem(demo, order(demo, hefeiVoucher, productIn(hefei, 'HF'), 150), [120, 115, 105], 'approved')
  redeem(demo, order(demo, hefeiVoucher, demoProduct(demo, 'testing'), 45), [20, 16, 0], 'confirmed', true)
  order(demo, hefeiVoucher, demoProduct(demo, 'rd_design'), 8)
  const instrumentScheme = schemeOf(demo, 'HF', 'special_purpose')
  if (isEligible(firmHefei, instrumentScheme)) pending(demo, instrumentScheme, firmHefei, 4, 30_000_00)

  const [hefeiClient, ...hefeiWaiting] = otherFirmsOf(demo, hefei, 3)
  if (hefeiClient !== undefined) {
    const voucher = issue(demo, hefei, hefeiClient, 90, 80_000_00)
    const elsewhere = productIn(hefei, 'HF', demo.demoProviderId)
    redeem(demo, order(demo, voucher, elsewhere, 50), [18, 11, 0], 'confirmed', false)
    redeem(demo, order(demo, voucher, productIn(hefei, 'SH-SJ'), 40), [9, 0, 0], 'claimed')
  }
  hefeiWaiting.forEach((firm, index) =>
    pending(demo, hefei, firm, 3 + index * 4, (60 + index * 20) * 1_000_00),
  )
}

export function generateDemoRecords(
  seed: VoucherSeed,
  schemes: readonly Scheme[],
  productsByProvider: ReadonlyMap<string, Product[]>,
): void {
  const demoProviderId = seed.input.demoOrganisations.get('provider.sz')
  const demoProducts = demoProviderId !== undefined ? (productsByProvider.get(demoProviderId) ?? []) : []
  if (demoProducts.length === 0) throw new Error('the demo provider has no products')
  const firmById = new Map(seed.input.firms.map((firm) => [firm.id, firm]))
  const demo: Demo = { seed, schemes, demoProviderId, demoProducts, firmById }
  shanghaiRecords(demo)
  hefeiRecords(demo)
}
