// The firm's score card as the institution reads it, through the referral and only while the firm's consent is
// live: once revoked, a clear notice instead (the server refuses the read with CONSENT_REQUIRED).
import { LockOutlined } from '@ant-design/icons'
import { Alert, Result, Skeleton } from 'antd'
import { useTranslation } from 'react-i18next'
import { isApiError } from '../../../shared/api/errors'
import { InlineError } from '../../../shared/ui/PageError'
import { ScoreCard } from '../score/ScoreCard'
import { useFirmIndicators } from './referrals.queries'

export function FirmIndicatorsPanel({ referralId }: { referralId: string }) {
  const { t } = useTranslation('finance')
  const indicators = useFirmIndicators(referralId)
  if (indicators.isPending) return <Skeleton active paragraph={{ rows: 10 }} />
  if (indicators.isError) {
    if (isApiError(indicators.error) && indicators.error.code === 'CONSENT_REQUIRED') {
      return (
        <div data-testid="consent-revoked">
          <Result
            status="warning"
            icon={<LockOutlined />}
            title={t('queue.consentRevokedTitle')}
            subTitle={t('queue.consentRevokedText')}
          />
        </div>
      )
    }
    return <InlineError error={indicators.error} onRetry={() => void indicators.refetch()} />
  }
  return (
    <>
      <Alert type="info" showIcon title={t('queue.auditedRead')} style={{ marginBottom: 16 }} />
      <ScoreCard score={indicators.data.score} />
    </>
  )
}
