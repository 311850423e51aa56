// Redemptions (兑付): the provider claims with a contract, an invoice and a deliverable, the firm confirms and rates
// (the spot-check draw is made then), a drawn claim is checked, and the issuing city approves or rejects.
import { createHash } from 'node:crypto'
import { shanghaiDateOf } from '../../../platform/calendar'
import { isDrawnForSpotCheck, shanghaiYearOf, spotCheckDraw, voucherNumberPrefix } from '../rules'
import { orderWorkflow, redemptionWorkflow } from '../vouchers.workflows'
import { cityFacts } from '../../../seed/catalogue'
import { serviceProducts } from './catalogue'
import { transfer, type VoucherSeed } from './state'
import { withId, type Order, type Redemption, type RedemptionRow } from './types'

const drawAttemptsMax = 1_000
const shanghaiDayOf = (ms: number) => shanghaiDateOf(new Date(ms))

/** A new claim's id; a demo case that needs a certain spot-check draw takes the first id that has it (the draw
 * follows from the claim's id). */
function redemptionId(seed: VoucherSeed, order: Order, atMs: number, wantDrawn: boolean | undefined): string {
  const scheme = order.voucher.scheme
  let id = seed.makeId('rdmp', atMs)
  if (wantDrawn === undefined) return id
  let attempts = 0
  while (
    isDrawnForSpotCheck(spotCheckDraw(scheme.row.id, id), scheme.definition.spotCheckPercent) !== wantDrawn
  ) {
    if (++attempts > drawAttemptsMax) throw new Error('no redemption id with the wanted spot-check draw')
    id = seed.makeId('rdmp', atMs)
  }
  return id
}

/** One contract per order (a corrected claim keeps it); a new invoice per claim, in the 20 digits of a fully digital
 * invoice: year, the provider's division code, a serial. */
function documentsOf(seed: VoucherSeed, order: Order, atMs: number) {
  const provider = order.product.provider
  const serial = ++seed.documents.serial
  const orderDay = shanghaiDayOf(order.row.createdAt?.getTime() ?? atMs).replace(/-/g, '')
  const contractNumber =
    seed.documents.contractOfOrder.get(order.row.id) ??
    `HT-${voucherNumberPrefix(provider.cityCode)}-${orderDay}-${String(serial).padStart(5, '0')}`
  seed.documents.contractOfOrder.set(order.row.id, contractNumber)
  const yearDigits = String(shanghaiYearOf(new Date(atMs))).slice(2)
  const division = cityFacts(provider.cityCode).divisionCode
  const invoiceNumber = `${yearDigits}${division}${String(serial).padStart(12, '0')}`
  const text = [
    'G60 科创走廊平台 · 合成演示数据 / G60 Corridor Platform · synthetic demo data',
    `交付物 deliverable: ${order.product.row.nameZh} / ${order.product.row.nameEn}`,
    `合同 contract: ${contractNumber}`,
    `服务机构 provider: ${provider.nameZh}`,
    `委托方 client: ${order.voucher.firm.nameZh}`,
    `日期 date: ${shanghaiDayOf(atMs)}`,
    '',
  ].join('\n')
  return { contractNumber, invoiceNumber, content: new TextEncoder().encode(text) }
}

export function claimRedemption(
  seed: VoucherSeed,
  order: Order,
  atMs: number,
  wantDrawn?: boolean,
): Redemption {
  const scheme = order.voucher.scheme
  const provider = order.product.provider
  const id = redemptionId(seed, order, atMs, wantDrawn)
  const { contractNumber, invoiceNumber, content } = documentsOf(seed, order, atMs)
  const deliverableWord = serviceProducts.deliverableWordByCategory[order.product.template.category]
  const row = withId<RedemptionRow & { status: string; amountFen: number }>({
    id,
    orderId: order.row.id,
    voucherId: order.voucher.row.id,
    schemeId: scheme.row.id,
    firmId: order.voucher.firm.id,
    providerId: provider.id,
    issuerCityCode: scheme.definition.cityCode,
    providerCityCode: provider.cityCode,
    settlementModel: scheme.definition.settlementModel,
    amountFen: order.row.voucherShareFen,
    contractNumber,
    invoiceNumber,
    deliverableFileName: `${deliverableWord}-${contractNumber}.txt`,
    deliverableContentType: 'text/plain',
    deliverableSizeBytes: content.length,
    deliverableSha256: createHash('sha256').update(content).digest('hex'),
    status: 'awaiting_confirmation',
    claimedByUserId: seed.userOfOrganisation(provider.id),
    firmRating: null,
    firmComment: null,
    confirmedByUserId: null,
    confirmedAt: null,
    spotCheckDraw: null,
    spotCheckSelected: false,
    spotCheckResult: null,
    spotCheckNote: null,
    spotCheckedByUserId: null,
    spotCheckedAt: null,
    decisionReason: null,
    decidedByUserId: null,
    decidedAt: null,
    payableTransferId: null,
    settlementRunId: null,
    isSynthetic: true,
    createdAt: new Date(atMs),
    updatedAt: new Date(atMs),
  })
  seed.out.redemptions.push(row)
  seed.out.deliverables.push({ redemptionId: id, content })
  if (order.row.status === 'reserved') {
    Object.assign(order.row, {
      status: orderWorkflow.moveFrom(order.row.status, 'deliver'),
      updatedAt: new Date(atMs),
    })
  }
  return { row, order }
}

export function confirmRedemption(
  redemption: Redemption,
  atMs: number,
  rating: number,
  comment: string | null,
) {
  const scheme = redemption.order.voucher.scheme
  const draw = spotCheckDraw(scheme.row.id, redemption.row.id)
  Object.assign(redemption.row, {
    status: redemptionWorkflow.moveFrom(redemption.row.status, 'confirm'),
    firmRating: rating,
    firmComment: comment,
    confirmedByUserId: redemption.order.voucher.holder,
    confirmedAt: new Date(atMs),
    spotCheckDraw: draw,
    spotCheckSelected: isDrawnForSpotCheck(draw, scheme.definition.spotCheckPercent),
    updatedAt: new Date(atMs),
  })
}

export function recordSpotCheck(redemption: Redemption, atMs: number, passed: boolean, note: string) {
  const officer = redemption.order.voucher.scheme.officer
  Object.assign(redemption.row, {
    spotCheckResult: passed ? 'passed' : 'failed',
    spotCheckNote: note,
    spotCheckedByUserId: officer,
    spotCheckedAt: new Date(atMs),
    updatedAt: new Date(atMs),
    ...(passed
      ? {}
      : {
          status: redemptionWorkflow.moveFrom(redemption.row.status, 'fail_spot_check'),
          decisionReason: note,
          decidedByUserId: officer,
          decidedAt: new Date(atMs),
        }),
  })
}

export function approveRedemption(seed: VoucherSeed, redemption: Redemption, atMs: number) {
  const voucher = redemption.order.voucher
  const officer = voucher.scheme.officer
  const route = { from: voucher.row.reservationAccountId, to: voucher.scheme.payableAccountId }
  const transferId = transfer(
    seed,
    'redeem',
    route,
    redemption.row.amountFen,
    redemption.row.id,
    officer,
    atMs,
  )
  Object.assign(redemption.row, {
    status: redemptionWorkflow.moveFrom(redemption.row.status, 'approve'),
    decidedByUserId: officer,
    decidedAt: new Date(atMs),
    payableTransferId: transferId,
    updatedAt: new Date(atMs),
  })
  const order = redemption.order.row
  Object.assign(order, { status: orderWorkflow.moveFrom(order.status, 'redeem'), updatedAt: new Date(atMs) })
}

export function rejectRedemption(redemption: Redemption, atMs: number, reason: string) {
  Object.assign(redemption.row, {
    status: redemptionWorkflow.moveFrom(redemption.row.status, 'reject'),
    decisionReason: reason,
    decidedByUserId: redemption.order.voucher.scheme.officer,
    decidedAt: new Date(atMs),
    updatedAt: new Date(atMs),
  })
}
