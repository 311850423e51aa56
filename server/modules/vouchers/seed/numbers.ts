// Voucher numbers (SZ-2026-000123-K): serials per city and Shanghai year, in order of issue, and the counters the
// next voucher of each city and year continues from.
import { formatVoucherNumber, shanghaiYearOf } from '../rules'
import type { Voucher, VoucherNumberCounterRow } from './types'

export function numberVouchers(vouchers: readonly Voucher[]): VoucherNumberCounterRow[] {
  const serials = new Map<string, number>()
  for (const voucher of [...vouchers].sort((a, b) => a.issuedAtMs - b.issuedAtMs)) {
    const cityCode = voucher.scheme.definition.cityCode
    const year = shanghaiYearOf(new Date(voucher.issuedAtMs))
    const key = `${cityCode}/${year}`
    const serial = (serials.get(key) ?? 0) + 1
    serials.set(key, serial)
    voucher.row.number = formatVoucherNumber(cityCode, year, serial)
  }
  return [...serials].map(([key, lastSerial]) => {
    const [cityCode = '', year = ''] = key.split('/')
    return { cityCode, year: Number(year), lastSerial }
  })
}
