// What the bookings would cost, and with a voucher how the amount splits under its scheme's co-pay rule (the
// vouchers module's rule, which the server applies again when it reserves the share). Weekly repeats each
// reserve their share from what the earlier ones left.
import { splitOrder, type CoPayRule } from '../../vouchers/common/coPay'

export interface BookingSplit {
  occurrences: number
  amountFen: number
  voucherShareFen: number
  firmCopayFen: number
  fullyCovered: boolean
  limitedByBalance: boolean
}

export function bookingSplit(
  amountPerBookingFen: number,
  occurrences: number,
  voucher: { rule: CoPayRule; availableFen: number } | null,
): BookingSplit {
  let availableFen = voucher?.availableFen ?? 0
  const split: BookingSplit = {
    occurrences,
    amountFen: 0,
    voucherShareFen: 0,
    firmCopayFen: 0,
    fullyCovered: false,
    limitedByBalance: false,
  }
  for (let index = 0; index < occurrences; index++) {
    if (voucher === null) {
      split.amountFen += amountPerBookingFen
      split.firmCopayFen += amountPerBookingFen
      continue
    }
    const one = splitOrder(amountPerBookingFen, voucher.rule, availableFen)
    availableFen -= one.voucherShareFen
    split.amountFen += one.amountFen
    split.voucherShareFen += one.voucherShareFen
    split.firmCopayFen += one.firmCopayFen
    split.fullyCovered = one.fullyCovered
    split.limitedByBalance ||= one.limitedByBalance
  }
  return split
}
