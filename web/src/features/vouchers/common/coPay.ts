// The scheme's co-pay rule, the same as the server's (voucher_order_split): it shows the firm what an order would
// cost it before it is placed. The server computes the split again when it reserves the share.
import type { VoucherScheme } from '../../../shared/api/types'

export type CoPayRule = Pick<VoucherScheme, 'voucherShareMaxPercent' | 'fullCoverageBelowFen'>

/** The most a voucher may pay for an order: all of it below the threshold, else the share cap (rounded down). */
function voucherShareMaxFen(amountFen: number, rule: CoPayRule): number {
  if (amountFen < rule.fullCoverageBelowFen) return amountFen
  // BigInt: amount × percent can pass 2^53 for the largest orders
  return Number((BigInt(amountFen) * BigInt(rule.voucherShareMaxPercent)) / 100n)
}

export interface OrderSplit {
  amountFen: number
  voucherShareFen: number
  firmCopayFen: number
  /** the amount is under the full-coverage threshold */
  fullyCovered: boolean
  /** the balance, not the rule, limits the voucher share */
  limitedByBalance: boolean
}

/** What the voucher pays (as much as the rule allows, at most the available balance) and what the firm pays. */
export function splitOrder(amountFen: number, rule: CoPayRule, availableFen: number): OrderSplit {
  const shareMaxFen = voucherShareMaxFen(amountFen, rule)
  const voucherShareFen = Math.max(0, Math.min(shareMaxFen, availableFen))
  return {
    amountFen,
    voucherShareFen,
    firmCopayFen: amountFen - voucherShareFen,
    fullyCovered: amountFen < rule.fullCoverageBelowFen,
    limitedByBalance: availableFen < shareMaxFen,
  }
}
