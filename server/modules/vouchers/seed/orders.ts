// Orders: a voucher pays its share of a product's price by the scheme's co-pay rule, reserved from its balance, and
// a cancelled order gives the share back.
import { splitOrder, voucherShareMaxFen } from '../rules'
import { orderWorkflow } from '../vouchers.workflows'
import { transfer, type VoucherSeed } from './state'
import { withId, type Order, type OrderRow, type Product, type Voucher } from './types'

/** The most the voucher may pay for `amountFen` under its scheme's co-pay rule. */
export function shareMaxFenOf(voucher: Voucher, amountFen: number): number {
  const definition = voucher.scheme.definition
  return voucherShareMaxFen(amountFen, definition.voucherShareMaxPercent, definition.fullCoverageBelowFen)
}

/** The voucher pays as much as the rule and its balance allow, or less when the firm asks for less; null when the
 * order cannot be placed then (outside the voucher's life or the product's, or nothing left to pay with). */
export function placeOrder(
  seed: VoucherSeed,
  voucher: Voucher,
  product: Product,
  quantity: number,
  atMs: number,
  requestedShareFen?: number,
): Order | null {
  if (atMs >= voucher.expiresAtMs || atMs <= voucher.issuedAtMs || atMs <= product.createdAtMs) return null
  const amountFen = product.row.priceFen * quantity
  const shareMaxFen = shareMaxFenOf(voucher, amountFen)
  const split = splitOrder({
    amountFen,
    voucherShareMaxPercent: voucher.scheme.definition.voucherShareMaxPercent,
    fullCoverageBelowFen: voucher.scheme.definition.fullCoverageBelowFen,
    availableFen: voucher.unreservedFen,
    requestedShareFen: Math.min(shareMaxFen, voucher.unreservedFen, requestedShareFen ?? shareMaxFen),
  })
  if (!split.ok) return null
  voucher.unreservedFen -= split.voucherShareFen
  const id = seed.makeId('vord', atMs)
  const row = withId<OrderRow & { status: string; voucherShareFen: number; amountFen: number }>({
    id,
    voucherId: voucher.row.id,
    schemeId: voucher.scheme.row.id,
    firmId: voucher.firm.id,
    issuerCityCode: voucher.scheme.definition.cityCode,
    productId: product.row.id,
    providerId: product.provider.id,
    providerCityCode: product.provider.cityCode,
    category: product.template.category,
    quantity,
    unitPriceFen: product.row.priceFen,
    amountFen,
    voucherShareFen: split.voucherShareFen,
    firmCopayFen: split.firmCopayFen,
    settlementModel: voucher.scheme.definition.settlementModel,
    status: 'reserved',
    cancelReason: null,
    placedByUserId: voucher.holder,
    cancelledByUserId: null,
    cancelledAt: null,
    isSynthetic: true,
    createdAt: new Date(atMs),
    updatedAt: new Date(atMs),
  })
  seed.out.orders.push(row)
  const route = { from: voucher.row.accountId, to: voucher.row.reservationAccountId }
  transfer(seed, 'reserve', route, split.voucherShareFen, id, voucher.holder, atMs)
  return { row, voucher, product }
}

export function cancelOrder(
  seed: VoucherSeed,
  order: Order,
  atMs: number,
  byProvider: boolean,
  reason: string,
) {
  const by = byProvider ? seed.userOfOrganisation(order.product.provider.id) : order.voucher.holder
  Object.assign(order.row, {
    status: orderWorkflow.moveFrom(order.row.status, 'cancel'),
    cancelReason: reason,
    cancelledByUserId: by,
    cancelledAt: new Date(atMs),
    updatedAt: new Date(atMs),
  })
  order.voucher.releasedFen += order.row.voucherShareFen
  const route = { from: order.voucher.row.reservationAccountId, to: order.voucher.row.accountId }
  transfer(seed, 'release', route, order.row.voucherShareFen, order.row.id, by, atMs)
}
