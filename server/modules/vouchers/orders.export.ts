// The orders list as a file: what the list shows (same filters, same order), with firm, provider, service and city
// names and the amounts in yuan, in the language asked for.
import { nameIn, type ExportColumn } from '../../platform/export'
import { cityNameOf } from '../registry'
import type { NamedOrderRow } from './orders.repository'
import { serviceCategoryNames, type OrderStatus, type ServiceCategory } from './vouchers.reference'

/** A listed order: its names and its voucher's number come with it from the list's own statement. */
export type OrderExportItem = NamedOrderRow

const statusNames: Record<OrderStatus, { nameZh: string; nameEn: string }> = {
  reserved: { nameZh: '已预留', nameEn: 'Reserved' },
  cancelled: { nameZh: '已取消', nameEn: 'Cancelled' },
  delivered: { nameZh: '已交付', nameEn: 'Delivered' },
  redeemed: { nameZh: '已兑付', nameEn: 'Redeemed' },
}

function categoryName(category: string, language: 'zh' | 'en') {
  const names = serviceCategoryNames[category as ServiceCategory] as { zh: string; en: string } | undefined
  return names === undefined ? category : names[language]
}

export const orderExportColumns: readonly ExportColumn<OrderExportItem>[] = [
  { zh: '订单编号', en: 'Order number', kind: 'text', value: (order) => order.number },
  { zh: '下单时间', en: 'Placed', kind: 'datetime', value: (order) => order.createdAt.toISOString() },
  { zh: '券号', en: 'Voucher', kind: 'text', value: (order) => order.voucherNumber },
  {
    zh: '企业',
    en: 'Firm',
    kind: 'text',
    value: (order, language) => nameIn(language, { nameZh: order.firmNameZh, nameEn: order.firmNameEn }),
  },
  {
    zh: '服务机构',
    en: 'Provider',
    kind: 'text',
    value: (order, language) =>
      nameIn(language, { nameZh: order.providerNameZh, nameEn: order.providerNameEn }),
  },
  {
    zh: '服务',
    en: 'Service',
    kind: 'text',
    value: (order, language) =>
      (language === 'zh' ? order.subjectNameZh : order.subjectNameEn) ||
      categoryName(order.category, language),
  },
  {
    zh: '服务类别',
    en: 'Category',
    kind: 'text',
    value: (order, language) => categoryName(order.category, language),
  },
  {
    zh: '发券城市',
    en: 'Issuing city',
    kind: 'text',
    value: (order, language) => cityNameOf(order.issuerCityCode, language),
  },
  {
    zh: '服务机构城市',
    en: 'Provider city',
    kind: 'text',
    value: (order, language) => cityNameOf(order.providerCityCode, language),
  },
  { zh: '数量', en: 'Quantity', kind: 'integer', value: (order) => order.quantity },
  { zh: '订单金额（元）', en: 'Total (yuan)', kind: 'yuan', value: (order) => order.amountFen },
  {
    zh: '创新券支付（元）',
    en: 'Voucher share (yuan)',
    kind: 'yuan',
    value: (order) => order.voucherShareFen,
  },
  { zh: '企业自付（元）', en: 'Firm co-pay (yuan)', kind: 'yuan', value: (order) => order.firmCopayFen },
  {
    zh: '状态',
    en: 'Status',
    kind: 'text',
    value: (order, language) => nameIn(language, statusNames[order.status as OrderStatus]) ?? order.status,
  },
]
