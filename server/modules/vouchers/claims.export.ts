// The claims list as a file: what the list shows (same filters, same order), with firm, scheme and city names and
// amounts in yuan, in the language asked for.
import type { Principal } from '../../platform/authorization'
import { nameIn, type ExportColumn, type ExportTable } from '../../platform/export'
import { cityNameOf } from '../registry'
import type { ClaimWithVoucher } from './claims.repository'
import type { ClaimStatus } from './vouchers.reference'
import type { ClaimQueryInput } from './vouchers.schemas'

/** A listed claim: its firm's and scheme's names come with it from the list's own statement. */
export type ClaimExportItem = ClaimWithVoucher

const statusNames: Record<ClaimStatus, { nameZh: string; nameEn: string }> = {
  submitted: { nameZh: '待审批', nameEn: 'Awaiting decision' },
  approved: { nameZh: '已批准', nameEn: 'Approved' },
  rejected: { nameZh: '未批准', nameEn: 'Rejected' },
}

export const claimExportColumns: readonly ExportColumn<ClaimExportItem>[] = [
  { zh: '申领编号', en: 'Claim number', kind: 'text', value: (claim) => claim.number },
  { zh: '提交时间', en: 'Submitted', kind: 'datetime', value: (claim) => claim.createdAt.toISOString() },
  {
    zh: '企业',
    en: 'Firm',
    kind: 'text',
    value: (claim, language) => nameIn(language, { nameZh: claim.firmNameZh, nameEn: claim.firmNameEn }),
  },
  {
    zh: '创新券方案',
    en: 'Scheme',
    kind: 'text',
    value: (claim, language) => nameIn(language, { nameZh: claim.schemeNameZh, nameEn: claim.schemeNameEn }),
  },
  {
    zh: '发券城市',
    en: 'Issuing city',
    kind: 'text',
    value: (claim, language) => cityNameOf(claim.cityCode, language),
  },
  { zh: '申请金额（元）', en: 'Requested (yuan)', kind: 'yuan', value: (claim) => claim.requestedAmountFen },
  { zh: '批准金额（元）', en: 'Approved (yuan)', kind: 'yuan', value: (claim) => claim.approvedAmountFen },
  {
    zh: '状态',
    en: 'Status',
    kind: 'text',
    value: (claim, language) => nameIn(language, statusNames[claim.status as ClaimStatus]) ?? claim.status,
  },
  { zh: '用途', en: 'Purpose', kind: 'text', value: (claim) => claim.purpose },
  {
    zh: '决定时间',
    en: 'Decided',
    kind: 'datetime',
    value: (claim) => claim.decidedAt?.toISOString() ?? null,
  },
]

/** The table of an export of claims, from the list's own read (listClaims with the export's row bound). */
export type ExportClaims = (
  principal: Principal | null,
  query: ClaimQueryInput,
  rowsMax: number,
) => Promise<ExportTable<ClaimExportItem>>
