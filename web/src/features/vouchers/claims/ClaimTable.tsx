// Claims with their scheme, amounts and decision; the review queue adds the firm and the officer's actions.
import { Empty, Table, Typography, type TableColumnsType } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { VoucherClaim } from '../../../shared/api/types'
import { formatTimestamp } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { Money } from '../../../shared/ui/Money'
import { tableScroll } from '../../../shared/ui/tables'
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
  const { language } = useLanguage()
  const none = t('common.none')
  const columns: TableColumnsType<VoucherClaim> = [
    {
      key: 'submittedAt',
      title: t('claims.submittedAt'),
      width: 120,
      render: (_, claim) => formatTimestamp(claim.createdAt, language),
    },
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
    {
      key: 'purpose',
      title: t('claims.purpose'),
      render: (_, claim) => (
        <Typography.Paragraph ellipsis={{ rows: 2, tooltip: claim.purpose }} style={{ margin: 0 }}>
          {claim.purpose}
        </Typography.Paragraph>
      ),
    },
    {
      key: 'requested',
      title: t('claims.requested'),
      align: 'right',
      width: 120,
      render: (_, claim) => <Money fen={claim.requestedAmountFen} />,
    },
    {
      key: 'approved',
      title: t('claims.approved'),
      align: 'right',
      width: 120,
      render: (_, claim) =>
        claim.approvedAmountFen === null ? none : <Money fen={claim.approvedAmountFen} />,
    },
    {
      key: 'status',
      title: t('fields.status'),
      width: 130,
      render: (_, claim) => (
        <>
          <ClaimStatusTag status={claim.status} />
          {claim.decisionReason !== null && (
            <span className="g60-secondary-name">{claim.decisionReason}</span>
          )}
        </>
      ),
    },
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
    <Table<VoucherClaim>
      rowKey="id"
      columns={columns}
      dataSource={claims}
      loading={loading}
      pagination={false}
      size="middle"
      scroll={tableScroll}
      locale={{ emptyText: <Empty description={t('claims.empty')} /> }}
      data-testid="claim-table"
    />
  )
}
