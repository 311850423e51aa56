// The firm's side of its referrals: which product and institution, the amount asked, where it stands, whether the
// institution may still read the firm's score card, and revoking that.
import type { TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { formatTimestamp } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { column, moneyColumn } from '../../../shared/ui/columns'
import { DataTable } from '../../../shared/ui/DataTable'
import { InstitutionName } from '../../registry/institutions/InstitutionName'
import type { Referral } from '../common/finance.types'
import { FinanceProductName } from '../common/names'
import { ConsentTag, ReferralStatusTag } from '../common/StatusTags'
import { ReferralOutcome } from './ReferralOutcome'
import { RevokeConsentButton } from './RevokeConsentButton'

export function FirmReferralTable({ referrals, loading }: { referrals: Referral[]; loading: boolean }) {
  const { t } = useTranslation('finance')
  const { language } = useLanguage()
  const user = useCurrentUser()
  const columns: TableColumnsType<Referral> = [
    column('product', t('fields.product'), (referral) => (
      <>
        <FinanceProductName id={referral.productId} />
        <span className="g60-secondary-name">
          <InstitutionName id={referral.institutionId} /> · {t(`enums.productType.${referral.productType}`)}
        </span>
      </>
    )),
    moneyColumn('amount', t('fields.requestedAmount'), (referral) => referral.requestedAmountFen, 140),
    column('status', t('fields.status'), (referral) => <ReferralStatusTag status={referral.status} />, 100),
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
    <DataTable<Referral>
      rows={referrals}
      columns={columns}
      loading={loading}
      scroll={{ x: 1000 }}
      emptyText={t('referrals.empty')}
      data-testid="firm-referral-table"
    />
  )
}
