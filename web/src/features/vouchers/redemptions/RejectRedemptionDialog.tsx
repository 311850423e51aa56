// Rejecting a claim needs a reason; the reservation stays, so the provider can file a corrected claim.
import { App } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Redemption } from '../../../shared/api/types'
import { ReasonDialog } from '../../../shared/ui/ReasonDialog'
import { useRejectRedemption } from './redemptions.queries'

export function RejectRedemptionDialog({
  redemption,
  onClose,
}: {
  redemption: Redemption
  onClose: () => void
}) {
  const { t } = useTranslation('vouchers')
  const { notification } = App.useApp()
  const rejectRedemption = useRejectRedemption()
  return (
    <ReasonDialog
      title={t('redemptions.rejectTitle')}
      label={t('redemptions.reason')}
      hint={t('redemptions.reasonHint')}
      okText={t('redemptions.reject')}
      required
      mutation={rejectRedemption}
      onClose={onClose}
      onSubmit={(reason) =>
        rejectRedemption.mutate(
          { id: redemption.id, body: { reason: reason ?? '' } },
          {
            onSuccess: () => {
              notification.success({ title: t('redemptions.rejected') })
              onClose()
            },
          },
        )
      }
    />
  )
}
