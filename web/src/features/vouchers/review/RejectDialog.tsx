// Rejecting a claim needs a reason: the firm sees it beside its claim.
import { App } from 'antd'
import { useTranslation } from 'react-i18next'
import type { VoucherClaim } from '../../../shared/api/types'
import { ReasonDialog } from '../../../shared/ui/ReasonDialog'
import { useRejectClaim } from '../claims/claims.queries'

export function RejectDialog({ claim, onClose }: { claim: VoucherClaim; onClose: () => void }) {
  const { t } = useTranslation('vouchers')
  const { notification } = App.useApp()
  const rejectClaim = useRejectClaim()
  return (
    <ReasonDialog
      title={t('review.rejectTitle')}
      label={t('review.reason')}
      okText={t('review.reject')}
      required
      mutation={rejectClaim}
      onClose={onClose}
      onSubmit={(reason) =>
        rejectClaim.mutate(
          { id: claim.id, body: { reason: reason ?? '' } },
          {
            onSuccess: () => {
              notification.success({ title: t('review.rejected') })
              onClose()
            },
          },
        )
      }
    />
  )
}
