// The firm takes back an institution's access to its score card: the institution's next read is refused.
import { StopOutlined } from '@ant-design/icons'
import { App, Button, Popconfirm } from 'antd'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useErrorText } from '../../../shared/ui/errorText'
import { useInstitution } from '../../registry/institutions/institutions.queries'
import type { Referral } from '../common/finance.types'
import { useRevokeConsent } from './referrals.queries'

export function RevokeConsentButton({ referral }: { referral: Referral }) {
  const { t } = useTranslation('finance')
  const { nameOf } = useLanguage()
  const { notification } = App.useApp()
  const errorText = useErrorText()
  const revoke = useRevokeConsent()
  const institution = useInstitution(referral.institutionId)
  const name = institution.data === undefined ? referral.institutionId : nameOf(institution.data)
  const onConfirm = async () => {
    try {
      await revoke.mutateAsync(referral.id)
      notification.success({ title: t('consent.revoked', { institution: name }) })
    } catch (error) {
      notification.error({ title: errorText(error) })
    }
  }
  return (
    <Popconfirm
      title={t('consent.revokeTitle')}
      description={t('consent.revokeExplained', { institution: name })}
      okText={t('consent.revoke')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.back')}
      onConfirm={() => void onConfirm()}
    >
      <Button size="small" danger icon={<StopOutlined />} loading={revoke.isPending}>
        {t('consent.revoke')}
      </Button>
    </Popconfirm>
  )
}
