// Claims with their scheme, amounts and decision; the review queue adds the firm and the officer's actions.
import { Typography, type TableColumnsType } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { DataTable } from '../../../shared/ui/DataTable'
import { column, moneyColumn, timestampColumn } from '../../../shared/ui/columns'
import { Link } from 'react-router'
import type { VoucherClaim } from '../../../shared/api/types'
import { Money } from '../../../shared/ui/Money'
import { FirmName } from '../../registry/firms/FirmName'
import { SchemeName } from '../common/SchemeName'
import { ClaimStatusTag } from '../common/StatusTags'

interface ClaimTableProps {
  claims: VoucherClaim[]
  loading: boolean
  /** officers see whose claim it is and decide it; a firm sees its own and opens the voucher it was issued */
  view: 'firm' | 'officer'
  renderActions?: (claim: VoucherClaim) => ReactNode
}

export function ClaimTable({ claims, loading, view, renderActions }: ClaimTableProps) {
  const { t } = useTranslation('vouchers')
  const none = t('common.none')
  const columns: TableColumnsType<VoucherClaim> = [
    timestampColumn('submittedAt', t('claims.submittedAt'), (claim) => claim.createdAt, 120),
    view === 'officer'
      ? {
          key: 'firm',
          title: t('claims.firmAndScheme'),
          render: (_, claim) => (
            <>
              <FirmName id={claim.firmId} linked />
              <span className="g60-secondary-name">
                <SchemeName id={claim.schemeId} linked />
              </span>
            </>
          ),
        }
      : {
          key: 'scheme',
          title: t('fields.scheme'),
          render: (_, claim) => <SchemeName id={claim.schemeId} />,
        },
    column('purpose', t('claims.purpose'), (claim) => (
      <Typography.Paragraph ellipsis={{ rows: 2, tooltip: claim.purpose }} style={{ margin: 0 }}>
        {claim.purpose}
      </Typography.Paragraph>
    )),
    moneyColumn('requested', t('claims.requested'), (claim) => claim.requestedAmountFen, 120),
    column(
      'approved',
      t('claims.approved'),
      (claim) => (claim.approvedAmountFen === null ? none : <Money fen={claim.approvedAmountFen} />),
      { align: 'right', width: 120 },
    ),
    column(
      'status',
      t('fields.status'),
      (claim) => (
        <>
          <ClaimStatusTag status={claim.status} />
          {claim.decisionReason !== null && (
            <span className="g60-secondary-name">{claim.decisionReason}</span>
          )}
        </>
      ),
      130,
    ),
    view === 'firm'
      ? {
          key: 'voucher',
          title: t('claims.voucher'),
          width: 110,
          render: (_, claim) =>
            claim.voucherId === null ? (
              none
            ) : (
              <Link to={`/vouchers/wallet/${claim.voucherId}`}>{t('claims.openVoucher')}</Link>
            ),
        }
      : {
          key: 'actions',
          title: t('common.actions'),
          width: 150,
          render: (_, claim) => renderActions?.(claim),
        },
  ]
  return (
    <DataTable<VoucherClaim>
      rows={claims}
      columns={columns}
      loading={loading}
      data-testid="claim-table"
      emptyText={t('claims.empty')}
    />
  )
}
