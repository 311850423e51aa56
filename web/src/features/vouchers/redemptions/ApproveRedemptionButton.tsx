// Approving a claim makes its reserved voucher share payable in the next settlement run.
import { useTranslation } from 'react-i18next'
import type { Redemption } from '../../../shared/api/types'
import { formatFen } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { ConfirmButton } from '../../../shared/ui/ConfirmButton'
import { useApproveRedemption } from './redemptions.queries'

export function ApproveRedemptionButton({ redemption }: { redemption: Redemption }) {
  const { t } = useTranslation('vouchers')
  const { language } = useLanguage()
  const approveRedemption = useApproveRedemption()
  const amount = formatFen(redemption.amountFen, language)
  return (
    <ConfirmButton
      question={t('redemptions.approveConfirm', { amount })}
      send={() => approveRedemption.mutateAsync(redemption.id)}
      pending={approveRedemption.isPending}
      done={t('redemptions.approved', { amount })}
      size="small"
      type="primary"
    >
      {t('redemptions.approve')}
    </ConfirmButton>
  )
}
