// The firm's side of its referrals: which product and institution, the amount asked, where it stands, whether the
// institution may still read the firm's score card, and revoking that.
import { Empty, Table, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { formatTimestamp } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { Money } from '../../../shared/ui/Money'
import type { Referral } from '../common/finance.types'
import { FinanceProductName, InstitutionName } from '../common/names'
import { ConsentTag, ReferralStatusTag } from '../common/StatusTags'
import { ReferralOutcome } from './ReferralOutcome'
import { RevokeConsentButton } from './RevokeConsentButton'

export function FirmReferralTable({ referrals, loading }: { referrals: Referral[]; loading: boolean }) {
  const { t } = useTranslation('finance')
  const { language } = useLanguage()
  const user = useCurrentUser()
  const columns: TableColumnsType<Referral> = [
    {
      key: 'product',
      title: t('fields.product'),
      render: (_, referral) => (
        <>
          <FinanceProductName id={referral.productId} />
          <span className="g60-secondary-name">
            <InstitutionName id={referral.institutionId} /> · {t(`enums.productType.${referral.productType}`)}
          </span>
        </>
      ),
    },
    {
      key: 'amount',
      title: t('fields.requestedAmount'),
      align: 'right',
      width: 140,
      render: (_, referral) => <Money fen={referral.requestedAmountFen} />,
    },
    {
      key: 'status',
      title: t('fields.status'),
      width: 100,
      render: (_, referral) => <ReferralStatusTag status={referral.status} />,
    },
    {
      key: 'outcome',
      title: t('referrals.outcome'),
      width: 220,
      render: (_, referral) => <ReferralOutcome referral={referral} />,
    },
    {
      key: 'consent',
      title: t('consent.column'),
      width: 200,
      render: (_, referral) => (
        <>
          <ConsentTag consent={referral.consent} />
          <span className="g60-secondary-name">
            {t('consent.grantedAt', { at: formatTimestamp(referral.consent.grantedAt, language) })}
          </span>
        </>
      ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 130,
      render: (_, referral) =>
        user.role === 'firm' && referral.consent.live ? <RevokeConsentButton referral={referral} /> : null,
    },
  ]
  return (
    <Table<Referral>
      rowKey="id"
      columns={columns}
      dataSource={referrals}
      loading={loading}
      pagination={false}
      size="middle"
      scroll={{ x: 1000 }}
      locale={{ emptyText: <Empty description={t('referrals.empty')} /> }}
      data-testid="firm-referral-table"
    />
  )
}
