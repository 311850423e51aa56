// Where a referral ended up, in one cell: the approved amount, rate and term, the reason for a decline, the drawdown
// (and whether it was the firm's first loan).
import { Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import { formatFen } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import type { Referral } from '../common/finance.types'
import { formatMonths, formatRate } from '../common/format'

export function ReferralOutcome({ referral }: { referral: Referral }) {
  const { t } = useTranslation('finance')
  const { language } = useLanguage()
  if (referral.status === 'declined') {
    return <span className="g60-secondary-name">{referral.declineReason ?? t('common.none')}</span>
  }
  if (referral.approvedAmountFen === null) return <span className="g60-muted">{t('common.none')}</span>
  return (
    <div data-testid="referral-outcome">
      <span>
        {t('referrals.approvedLine', {
          amount: formatFen(referral.approvedAmountFen, language),
          term: referral.termMonths === null ? t('common.none') : formatMonths(referral.termMonths, t),
        })}
      </span>
      {referral.rateBps !== null && (
        <span className="g60-secondary-name">{formatRate(referral.rateBps, t)}</span>
      )}
      {referral.drawnAmountFen !== null && (
        <span className="g60-secondary-name">
          {t('referrals.drawnLine', { amount: formatFen(referral.drawnAmountFen, language) })}
          {referral.isFirstLoan && (
            <Tag color="gold" style={{ marginLeft: 4 }}>
              {t('referrals.firstLoan')}
            </Tag>
          )}
        </span>
      )}
    </div>
  )
}
