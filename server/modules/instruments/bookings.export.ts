// The bookings list as a file: what the list shows (same filters, same order), with instrument, owner, booker and
// city names and amounts in yuan, in the language asked for.
import { nameIn, type ExportColumn, type ExportLanguage } from '../../platform/export'
import { cityNameOf } from '../registry'
import type { ListedBookingRow } from './bookings.repository'
import type { BookingStatus } from './instruments.reference'

const statusNames: Record<BookingStatus, { nameZh: string; nameEn: string }> = {
  requested: { nameZh: '待审批', nameEn: 'Requested' },
  approved: { nameZh: '已批准', nameEn: 'Approved' },
  checked_in: { nameZh: '已签到', nameEn: 'Checked in' },
  completed: { nameZh: '已完成', nameEn: 'Completed' },
  rejected: { nameZh: '已拒绝', nameEn: 'Rejected' },
  cancelled: { nameZh: '已取消', nameEn: 'Cancelled' },
  no_show: { nameZh: '爽约', nameEn: 'No-show' },
}

function named(language: ExportLanguage, nameZh: string, nameEn: string) {
  return language === 'zh' ? nameZh : nameEn
}

export const bookingExportColumns: readonly ExportColumn<ListedBookingRow>[] = [
  { zh: '申请时间', en: 'Requested', kind: 'datetime', value: (booking) => booking.createdAt.toISOString() },
  { zh: '开始', en: 'Starts', kind: 'datetime', value: (booking) => booking.startsAt.toISOString() },
  { zh: '结束', en: 'Ends', kind: 'datetime', value: (booking) => booking.endsAt.toISOString() },
  {
    zh: '仪器',
    en: 'Instrument',
    kind: 'text',
    value: (booking, language) => named(language, booking.instrumentNameZh, booking.instrumentNameEn),
  },
  {
    zh: '所属单位',
    en: 'Owner',
    kind: 'text',
    value: (booking, language) => named(language, booking.providerNameZh, booking.providerNameEn),
  },
  {
    zh: '仪器所在城市',
    en: 'Instrument city',
    kind: 'text',
    value: (booking, language) => cityNameOf(booking.cityCode, language),
  },
  {
    zh: '预约单位',
    en: 'Booked by',
    kind: 'text',
    value: (booking, language) =>
      named(language, booking.bookerOrganisationNameZh, booking.bookerOrganisationNameEn),
  },
  {
    zh: '预约单位城市',
    en: 'Booker city',
    kind: 'text',
    value: (booking, language) => cityNameOf(booking.bookerCityCode, language),
  },
  { zh: '用途', en: 'Purpose', kind: 'text', value: (booking) => booking.purpose },
  { zh: '金额（元）', en: 'Amount (yuan)', kind: 'yuan', value: (booking) => booking.amountFen },
  {
    zh: '创新券支付（元）',
    en: 'Voucher share (yuan)',
    kind: 'yuan',
    value: (booking) => booking.voucherShareFen,
  },
  {
    zh: '状态',
    en: 'Status',
    kind: 'text',
    value: (booking, language) =>
      nameIn(language, statusNames[booking.status as BookingStatus]) ?? booking.status,
  },
  { zh: '实际使用（分钟）', en: 'Minutes used', kind: 'integer', value: (booking) => booking.usedMinutes },
]
