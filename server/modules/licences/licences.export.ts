// The licences list as a file: what the list shows (same filters, same order), with the licence, its holder and its
// issuer by name, in the language asked for.
import { nameIn, type ExportColumn } from '../../platform/export'
import type { LicenceRow } from './licences.repository'
import { issuerReferences } from './issuers'
import type { LicenceStatus } from './licences.states'

export type LicenceExportItem = LicenceRow

const statusNames: Record<LicenceStatus, { nameZh: string; nameEn: string }> = {
  active: { nameZh: '有效', nameEn: 'Active' },
  suspended: { nameZh: '暂停', nameEn: 'Suspended' },
  revoked: { nameZh: '撤销', nameEn: 'Revoked' },
}

const issuerNames = new Map(issuerReferences.map((issuer) => [issuer.code, issuer]))

export const licenceExportColumns: readonly ExportColumn<LicenceExportItem>[] = [
  {
    zh: '证照名称',
    en: 'Licence',
    kind: 'text',
    value: (found, language) =>
      nameIn(language, { nameZh: found.licenceNameZh, nameEn: found.licenceNameEn }),
  },
  { zh: '办件编号', en: 'Case number', kind: 'text', value: (found) => found.caseNumber },
  {
    zh: '持证企业',
    en: 'Holder',
    kind: 'text',
    value: (found, language) => nameIn(language, { nameZh: found.holderNameZh, nameEn: found.holderNameEn }),
  },
  { zh: '统一社会信用代码', en: 'Credit code', kind: 'text', value: (found) => found.creditCode },
  {
    zh: '签发机关',
    en: 'Issuer',
    kind: 'text',
    value: (found, language) => nameIn(language, issuerNames.get(found.issuerCode)) ?? found.issuerCode,
  },
  { zh: '生效时间', en: 'Valid from', kind: 'datetime', value: (found) => found.validFrom.toISOString() },
  { zh: '有效期至', en: 'Valid until', kind: 'datetime', value: (found) => found.validUntil.toISOString() },
  {
    zh: '状态',
    en: 'Status',
    kind: 'text',
    value: (found, language) => nameIn(language, statusNames[found.status]),
  },
  { zh: '状态原因', en: 'Status reason', kind: 'text', value: (found) => found.statusReason },
]
