// The vouchers list as a file: what the list shows (same filters, same order), with holder, scheme and city names,
// face value and balances in yuan, in the language asked for.
import { nameIn, type ExportColumn } from '../../platform/export'
import { cityNameOf } from '../registry'
import type { VoucherWithBalances } from './vouchers.repository'
import type { VoucherStatus } from './vouchers.reference'

export interface VoucherExportItem extends VoucherWithBalances {
  /** as the list shows it: an active voucher past its end is expired */
  shownStatus: VoucherStatus
}

const statusNames: Record<VoucherStatus, { nameZh: string; nameEn: string }> = {
  active: { nameZh: '有效', nameEn: 'Active' },
  expired: { nameZh: '已过期', nameEn: 'Expired' },
  lapsed: { nameZh: '已失效', nameEn: 'Lapsed' },
}

export const voucherExportColumns: readonly ExportColumn<VoucherExportItem>[] = [
  { zh: '券号', en: 'Number', kind: 'text', value: (voucher) => voucher.number },
  {
    zh: '持券企业',
    en: 'Holder',
    kind: 'text',
    value: (voucher, language) =>
      nameIn(language, { nameZh: voucher.firmNameZh, nameEn: voucher.firmNameEn }),
  },
  { zh: '统一社会信用代码', en: 'Credit code', kind: 'text', value: (voucher) => voucher.holderCreditCode },
  {
    zh: '创新券方案',
    en: 'Scheme',
    kind: 'text',
    value: (voucher, language) =>
      nameIn(language, { nameZh: voucher.schemeNameZh, nameEn: voucher.schemeNameEn }),
  },
  {
    zh: '发券城市',
    en: 'Issuing city',
    kind: 'text',
    value: (voucher, language) => cityNameOf(voucher.cityCode, language),
  },
  { zh: '面额（元）', en: 'Face value (yuan)', kind: 'yuan', value: (voucher) => voucher.amountFen },
  { zh: '可用余额（元）', en: 'Available (yuan)', kind: 'yuan', value: (voucher) => voucher.availableFen },
  { zh: '订单预留（元）', en: 'Reserved (yuan)', kind: 'yuan', value: (voucher) => voucher.reservedFen },
  {
    zh: '状态',
    en: 'Status',
    kind: 'text',
    value: (voucher, language) => nameIn(language, statusNames[voucher.shownStatus]),
  },
  { zh: '发放时间', en: 'Issued', kind: 'datetime', value: (voucher) => voucher.issuedAt.toISOString() },
  { zh: '到期时间', en: 'Expires', kind: 'datetime', value: (voucher) => voucher.expiresAt.toISOString() },
]
