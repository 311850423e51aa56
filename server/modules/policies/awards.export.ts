// The awards list as a file: what the list shows (same filters, same order), with the item, the firm and the cities
// by name and amounts in yuan, in the language asked for.
import { nameIn, type ExportColumn, type ExportLanguage } from '../../platform/export'
import { cityNameOf } from '../registry'
import type { AwardDetail } from './awards.repository'
import { corridorIssuerCode, type AwardStatus } from './policies.states'

export type AwardExportItem = AwardDetail

const statusNames: Record<AwardStatus, { nameZh: string; nameEn: string }> = {
  listed: { nameZh: '待审核拨付', nameEn: 'Awaiting approval' },
  offered: { nameZh: '待确认', nameEn: 'To confirm' },
  confirmed: { nameZh: '待拨付', nameEn: 'Awaiting payment' },
  paid: { nameZh: '已到账', nameEn: 'Paid' },
  removed: { nameZh: '已移出名单', nameEn: 'Removed' },
  lapsed: { nameZh: '已失效', nameEn: 'Lapsed' },
}

/** the corridor office issues the corridor's own items */
const officeNames = { nameZh: 'G60科创走廊联席办', nameEn: 'G60 Corridor Joint Office' }
const issuerName = (code: string, language: ExportLanguage) =>
  code === corridorIssuerCode ? (nameIn(language, officeNames) ?? code) : cityNameOf(code, language)

export const awardExportColumns: readonly ExportColumn<AwardExportItem>[] = [
  { zh: '生成时间', en: 'Made', kind: 'datetime', value: (award) => award.createdAt.toISOString() },
  { zh: '事项编号', en: 'Item code', kind: 'text', value: (award) => award.itemCode },
  {
    zh: '政策事项',
    en: 'Item',
    kind: 'text',
    value: (award, language) => nameIn(language, { nameZh: award.itemTitleZh, nameEn: award.itemTitleEn }),
  },
  {
    zh: '企业',
    en: 'Firm',
    kind: 'text',
    value: (award, language) => nameIn(language, { nameZh: award.firmNameZh, nameEn: award.firmNameEn }),
  },
  {
    zh: '企业所在城市',
    en: "Firm's city",
    kind: 'text',
    value: (award, language) => cityNameOf(award.cityCode, language),
  },
  {
    zh: '兑现机关',
    en: 'Issuer',
    kind: 'text',
    value: (award, language) => issuerName(award.issuerCode, language),
  },
  { zh: '金额（元）', en: 'Amount (yuan)', kind: 'yuan', value: (award) => award.amountFen },
  {
    zh: '状态',
    en: 'Status',
    kind: 'text',
    value: (award, language) => nameIn(language, statusNames[award.status as AwardStatus]) ?? award.status,
  },
  { zh: '到账时间', en: 'Paid', kind: 'datetime', value: (award) => award.paidAt?.toISOString() ?? null },
]
