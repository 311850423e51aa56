// The firm's side of its referrals: which product and institution, the amount asked, where it stands, whether the
// institution may still read the firm's score card, and revoking that.
import type { TableColumnsType, TableProps } from 'antd'
import { useTranslation } from 'react-i18next'
import { formatTimestamp } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { sortable } from '../../../shared/list/sorting'
import { column, moneyColumn, timestampColumn, type Column } from '../../../shared/ui/columns'
import { DataTable } from '../../../shared/ui/DataTable'
import { RecordName } from '../../../shared/ui/RecordName'
import type { ListedReferral } from '../common/finance.types'
import { ConsentTag, ReferralStatusTag } from '../common/StatusTags'
import { ReferralOutcome } from './ReferralOutcome'
import { RevokeConsentButton } from './RevokeConsentButton'

interface FirmReferralTableProps {
  referrals: ListedReferral[]
  loading: boolean
  /** the list's order and what a header click does to it; without, the columns do not sort */
  sorting?: { sort: string; onChange: TableProps<ListedReferral>['onChange'] }
}

export function FirmReferralTable({ referrals, loading, sorting }: FirmReferralTableProps) {
  const { t } = useTranslation('finance')
  const { language } = useLanguage()
  const user = useCurrentUser()
  const sortableBy = (sorted: Column<ListedReferral>, key: string) =>
    sorting === undefined ? sorted : sortable(sorted, key, sorting.sort)
  const columns: TableColumnsType<ListedReferral> = [
    sortableBy(
      timestampColumn('createdAt', t('referrals.referredAt'), (referral) => referral.createdAt, 150),
      'createdAt',
    ),
    column('product', t('fields.product'), (referral) => (
      <>
        <RecordName record={referral.product} fallback="" />
        <span className="g60-secondary-name">
          <RecordName record={referral.institution} fallback="" /> ·{' '}
          {t(`enums.productType.${referral.productType}`)}
        </span>
      </>
    )),
    sortableBy(
      moneyColumn('amount', t('fields.requestedAmount'), (referral) => referral.requestedAmountFen, 140),
      'requestedAmountFen',
    ),
    sortableBy(
      column('status', t('fields.status'), (referral) => <ReferralStatusTag status={referral.status} />, 100),
      'status',
    ),
    column('outcome', t('referrals.outcome'), (referral) => <ReferralOutcome referral={referral} />, 220),
    column(
      'consent',
      t('consent.column'),
      (referral) => (
        <>
          <ConsentTag consent={referral.consent} />
          <span className="g60-secondary-name">
            {t('consent.grantedAt', { at: formatTimestamp(referral.consent.grantedAt, language) })}
          </span>
        </>
      ),
      200,
    ),
    column(
      'actions',
      t('common.actions'),
      (referral) =>
        user.role === 'firm' && referral.consent.live ? <RevokeConsentButton referral={referral} /> : null,
      130,
    ),
  ]
  return (
    <DataTable<ListedReferral>
      rows={referrals}
      columns={columns}
      loading={loading}
      onChange={sorting?.onChange}
      scroll={{ x: 1150 }}
      emptyText={t('referrals.empty')}
      data-testid="firm-referral-table"
    />
  )
}
