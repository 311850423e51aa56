// The firm takes back an institution's access to its score card: the institution's next read is refused.
import { StopOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { ConfirmButton } from '../../../shared/ui/ConfirmButton'
import { useInstitution } from '../../registry/institutions/institutions.queries'
import type { Referral } from '../common/finance.types'
import { useRevokeConsent } from './referrals.queries'

export function RevokeConsentButton({ referral }: { referral: Referral }) {
  const { t } = useTranslation('finance')
  const { nameOf } = useLanguage()
  const revoke = useRevokeConsent()
  const institution = useInstitution(referral.institutionId)
  const name = institution.data === undefined ? referral.institutionId : nameOf(institution.data)
  return (
    <ConfirmButton
      question={t('consent.revokeTitle')}
      description={t('consent.revokeExplained', { institution: name })}
      okText={t('consent.revoke')}
      okDanger
      cancelText={t('common.back')}
      send={() => revoke.mutateAsync(referral.id)}
      pending={revoke.isPending}
      done={t('consent.revoked', { institution: name })}
      size="small"
      danger
      icon={<StopOutlined />}
    >
      {t('consent.revoke')}
    </ConfirmButton>
  )
}
