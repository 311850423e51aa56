// Cancelling an order before delivery (the firm or the provider): its voucher share goes back to the voucher.
import { App, Button } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { VoucherOrder } from '../../../shared/api/types'
import { formatFen } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { ReasonDialog } from '../../../shared/ui/ReasonDialog'
import { useCancelOrder } from './orders.queries'

export function CancelOrderButton({ order }: { order: VoucherOrder }) {
  const { t } = useTranslation('vouchers')
  const { language } = useLanguage()
  const { notification } = App.useApp()
  const cancelOrder = useCancelOrder()
  const [open, setOpen] = useState(false)

  const close = () => {
    setOpen(false)
    cancelOrder.reset()
  }
  // awaited here, not in mutate's callbacks: once cancelled, the row (and this button) leaves the reserved list
  const confirm = async (reason: string | undefined) => {
    try {
      const cancelled = await cancelOrder.mutateAsync({
        id: order.id,
        body: reason === undefined ? {} : { reason },
      })
      close()
      notification.success({
        title: t('orders.cancelled', { amount: formatFen(cancelled.voucherShareFen, language) }),
      })
    } catch {
      // the dialog shows the refusal (cancelOrder.error)
    }
  }

  return (
    <>
      <Button size="small" danger onClick={() => setOpen(true)} data-testid={`cancel-order-${order.id}`}>
        {t('orders.cancel')}
      </Button>
      {open && (
        <ReasonDialog
          title={t('orders.cancelTitle')}
          label={t('orders.cancelReason')}
          okText={t('orders.cancelConfirm')}
          required={false}
          rows={2}
          mutation={cancelOrder}
          onClose={close}
          onSubmit={(reason) => void confirm(reason)}
        >
          <p>{t('orders.cancelExplained', { amount: formatFen(order.voucherShareFen, language) })}</p>
        </ReasonDialog>
      )}
    </>
  )
}
