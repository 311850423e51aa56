// Claims with their scheme, amounts and decision; the review queue adds the firm and the officer's actions.
import { Typography, type TableColumnsType, type TableProps } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { DataTable } from '../../../shared/ui/DataTable'
import { column, moneyColumn, timestampColumn, type Column } from '../../../shared/ui/columns'
import { sortable } from '../../../shared/list/sorting'
import { Link } from 'react-router'
import type { VoucherClaim } from '../../../shared/api/types'
import { Money } from '../../../shared/ui/Money'
import { RecordName } from '../../../shared/ui/RecordName'
import { ClaimStatusTag } from '../common/StatusTags'

interface ClaimTableProps {
  claims: VoucherClaim[]
  loading: boolean
  /** officers see whose claim it is and decide it; a firm sees its own and opens the voucher it was issued */
  view: 'firm' | 'officer'
  renderActions?: (claim: VoucherClaim) => ReactNode
  /** the list's order and what a header click does to it; without, the columns do not sort */
  sorting?: { sort: string; onChange: TableProps<VoucherClaim>['onChange'] }
}

export function ClaimTable({ claims, loading, view, renderActions, sorting }: ClaimTableProps) {
  const { t } = useTranslation('vouchers')
  const none = t('common.none')
  const sortableBy = (column: Column<VoucherClaim>, key: string) =>
    sorting === undefined ? column : sortable(column, key, sorting.sort)
  const columns: TableColumnsType<VoucherClaim> = [
    column(
      'number',
      t('claims.number'),
      (claim) => <Typography.Text copyable>{claim.number}</Typography.Text>,
      190,
    ),
    sortableBy(
      timestampColumn('submittedAt', t('claims.submittedAt'), (claim) => claim.createdAt, 120),
      'createdAt',
    ),
    view === 'officer'
      ? {
          key: 'firm',
          title: t('claims.firmAndScheme'),
          render: (_, claim) => (
            <>
              <RecordName record={claim.firm} fallback="" to={`/firms/${encodeURIComponent(claim.firmId)}`} />
              <span className="g60-secondary-name">
                <RecordName record={claim.scheme} fallback="" to={`/vouchers/schemes/${claim.schemeId}`} />
              </span>
            </>
          ),
        }
      : {
          key: 'scheme',
          title: t('fields.scheme'),
          render: (_, claim) => <RecordName record={claim.scheme} fallback="" />,
        },
    column('purpose', t('claims.purpose'), (claim) => (
      <Typography.Paragraph ellipsis={{ rows: 2, tooltip: claim.purpose }} style={{ margin: 0 }}>
        {claim.purpose}
      </Typography.Paragraph>
    )),
    sortableBy(
      moneyColumn('requested', t('claims.requested'), (claim) => claim.requestedAmountFen, 120),
      'requestedAmountFen',
    ),
    column(
      'approved',
      t('claims.approved'),
      (claim) => (claim.approvedAmountFen === null ? none : <Money fen={claim.approvedAmountFen} />),
      { align: 'right', width: 120 },
    ),
    sortableBy(
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
      'status',
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
      onChange={sorting?.onChange}
      data-testid="claim-table"
      emptyText={t('claims.empty')}
    />
  )
}
