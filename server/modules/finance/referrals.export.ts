// The referrals list as a file: what the list shows (same filters, same order), with the firm, its city, the
// product and the institution by name and the amounts in yuan, in the language asked for.
import type { ExportColumn, ExportLanguage } from '../../platform/export'
import { cityNameOf } from '../registry'
import { productTypeName, referralStatusNames, stateName } from './finance.export'
import type { NamedReferralRow } from './referrals.repository'

const named = (language: ExportLanguage, zh: string, en: string) => (language === 'zh' ? zh : en)

export const referralExportColumns: readonly ExportColumn<NamedReferralRow>[] = [
  { zh: '推荐时间', en: 'Referred', kind: 'datetime', value: (referral) => referral.createdAt.toISOString() },
  {
    zh: '企业',
    en: 'Firm',
    kind: 'text',
    value: (referral, language) => named(language, referral.firmNameZh, referral.firmNameEn),
  },
  {
    zh: '企业所在城市',
    en: "Firm's city",
    kind: 'text',
    value: (referral, language) => cityNameOf(referral.firmCityCode, language),
  },
  {
    zh: '产品',
    en: 'Product',
    kind: 'text',
    value: (referral, language) => named(language, referral.productNameZh, referral.productNameEn),
  },
  {
    zh: '类型',
    en: 'Type',
    kind: 'text',
    value: (referral, language) => productTypeName(referral.productType, language),
  },
  {
    zh: '金融机构',
    en: 'Institution',
    kind: 'text',
    value: (referral, language) => named(language, referral.institutionNameZh, referral.institutionNameEn),
  },
  {
    zh: '申请金额（元）',
    en: 'Requested (yuan)',
    kind: 'yuan',
    value: (referral) => referral.requestedAmountFen,
  },
  {
    zh: '状态',
    en: 'Status',
    kind: 'text',
    value: (referral, language) => stateName(referralStatusNames, referral.status, language),
  },
  {
    zh: '批准金额（元）',
    en: 'Approved (yuan)',
    kind: 'yuan',
    value: (referral) => referral.approvedAmountFen,
  },
  {
    zh: '决定时间',
    en: 'Decided',
    kind: 'datetime',
    value: (referral) => referral.decidedAt?.toISOString() ?? null,
  },
  { zh: '放款金额（元）', en: 'Drawn (yuan)', kind: 'yuan', value: (referral) => referral.drawnAmountFen },
  {
    zh: '授权状态',
    en: 'Consent',
    kind: 'text',
    value: (referral, language) =>
      referral.consentRevokedAt === null
        ? named(language, '授权有效', 'Live')
        : named(language, '已撤回', 'Revoked'),
  },
]
