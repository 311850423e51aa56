// The lapse of expired vouchers, in the hourly job's stead: what an expired voucher holds beyond its open orders'
// shares goes back to its scheme's budget, and the voucher is lapsed.
import { minuteMs } from '../../../seed/support/time'
import { transfer, type VoucherSeed } from './state'

export function lapseExpiredVouchers(seed: VoucherSeed): void {
  for (const voucher of seed.vouchers) {
    if (voucher.expiresAtMs >= seed.latestEventMs) continue
    const lapseMs = voucher.expiresAtMs + seed.random.integer(1, 50) * minuteMs
    if (lapseMs >= seed.latestEventMs) continue
    const leftFen = voucher.unreservedFen + voucher.releasedFen
    if (leftFen > 0) {
      const route = { from: voucher.row.accountId, to: voucher.scheme.budgetAccountId }
      transfer(seed, 'lapse', route, leftFen, voucher.row.id, null, lapseMs)
    }
    Object.assign(voucher.row, { status: 'lapsed', updatedAt: new Date(lapseMs) })
  }
}
