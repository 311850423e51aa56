// The status of each finance record as a coloured tag, in the current language.
import { Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import { formatTimestamp } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import type { CaseStage, NeedStatus, ProductStatus, Referral, ReferralStatus, Urgency } from './finance.types'

const productColours: Record<ProductStatus, string> = { active: 'success', withdrawn: 'default' }
const needColours: Record<NeedStatus, string> = { open: 'processing', referred: 'cyan', closed: 'default' }
const referralColours: Record<ReferralStatus, string> = {
  referred: 'processing',
  approved: 'success',
  declined: 'error',
  drawn: 'green',
  withdrawn: 'default',
}
const urgencyColours: Record<Urgency, string> = { normal: 'default', urgent: 'orange', very_urgent: 'red' }
const stageColours: Record<CaseStage, string> = {
  visit: 'default',
  assessment: 'blue',
  referral: 'cyan',
  decision: 'purple',
  drawdown: 'green',
  closed: 'default',
}

export function ProductStatusTag({ status }: { status: ProductStatus }) {
  const { t } = useTranslation('finance')
  return <Tag color={productColours[status]}>{t(`enums.financeProductStatus.${status}`)}</Tag>
}

export function NeedStatusTag({ status }: { status: NeedStatus }) {
  const { t } = useTranslation('finance')
  return <Tag color={needColours[status]}>{t(`enums.needStatus.${status}`)}</Tag>
}

export function ReferralStatusTag({ status }: { status: ReferralStatus }) {
  const { t } = useTranslation('finance')
  return (
    <Tag color={referralColours[status]} data-status={status}>
      {t(`enums.referralStatus.${status}`)}
    </Tag>
  )
}

export function UrgencyTag({ urgency }: { urgency: Urgency }) {
  const { t } = useTranslation('finance')
  return <Tag color={urgencyColours[urgency]}>{t(`enums.urgency.${urgency}`)}</Tag>
}

export function CaseStageTag({ stage }: { stage: CaseStage }) {
  const { t } = useTranslation('finance')
  return <Tag color={stageColours[stage]}>{t(`enums.caseStage.${stage}`)}</Tag>
}

/** Whether the institution may still read the firm's indicators through this referral, and since when. */
export function ConsentTag({ consent }: { consent: Referral['consent'] }) {
  const { t } = useTranslation('finance')
  const { language } = useLanguage()
  return consent.live ? (
    <Tag color="green" data-consent="live">
      {t('consent.live')}
    </Tag>
  ) : (
    <Tag color="volcano" data-consent="revoked">
      {t('consent.revokedAt', {
        at: consent.revokedAt === null ? '' : formatTimestamp(consent.revokedAt, language),
      })}
    </Tag>
  )
}
