// Approving a claim makes its reserved voucher share payable in the next settlement run.
import { App, Button, Popconfirm } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Redemption } from '../../../shared/api/types'
import { formatFen } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useErrorText } from '../../../shared/ui/errorText'
import { useApproveRedemption } from './redemptions.queries'

export function ApproveRedemptionButton({ redemption }: { redemption: Redemption }) {
  const { t } = useTranslation('vouchers')
  const { language } = useLanguage()
  const { notification } = App.useApp()
  const errorText = useErrorText()
  const approveRedemption = useApproveRedemption()
  const amount = formatFen(redemption.amountFen, language)
  // awaited here, not in mutate's callbacks: once approved, the row (and this button) leaves the queue
  const approve = async () => {
    try {
      await approveRedemption.mutateAsync(redemption.id)
      notification.success({ title: t('redemptions.approved', { amount }) })
    } catch (error) {
      notification.error({ title: errorText(error) })
    }
  }
  return (
    <Popconfirm
      title={t('redemptions.approveConfirm', { amount })}
      okText={t('common.yes')}
      cancelText={t('common.no')}
      onConfirm={() => void approve()}
    >
      <Button size="small" type="primary" loading={approveRedemption.isPending}>
        {t('redemptions.approve')}
      </Button>
    </Popconfirm>
  )
}
