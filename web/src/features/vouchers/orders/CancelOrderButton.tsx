// Cancelling an order before delivery (the firm or the provider): its voucher share goes back to the voucher.
import { Alert, App, Button, Form, Input, Modal } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { VoucherOrder } from '../../../shared/api/types'
import { formatFen } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useErrorText } from '../../../shared/ui/errorText'
import { useCancelOrder } from './orders.queries'

const reasonLengthMax = 500

export function CancelOrderButton({ order }: { order: VoucherOrder }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { notification } = App.useApp()
  const errorText = useErrorText()
  const cancelOrder = useCancelOrder()
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState('')

  const close = () => {
    setOpen(false)
    setReason('')
    cancelOrder.reset()
  }
  // awaited here, not in mutate's callbacks: once cancelled, the row (and this button) leaves the reserved list
  const confirm = async () => {
    const trimmed = reason.trim()
    try {
      const cancelled = await cancelOrder.mutateAsync({
        id: order.id,
        body: trimmed === '' ? {} : { reason: trimmed },
      })
      close()
      notification.success({
        title: t('vouchers.orders.cancelled', { amount: formatFen(cancelled.voucherShareFen, language) }),
      })
    } catch {
      // the dialog shows the refusal (cancelOrder.error)
    }
  }

  return (
    <>
      <Button size="small" danger onClick={() => setOpen(true)} data-testid={`cancel-order-${order.id}`}>
        {t('vouchers.orders.cancel')}
      </Button>
      <Modal
        open={open}
        title={t('vouchers.orders.cancelTitle')}
        okText={t('vouchers.orders.cancelConfirm')}
        okButtonProps={{ danger: true, loading: cancelOrder.isPending }}
        cancelText={t('common.back')}
        onOk={() => void confirm()}
        onCancel={close}
        destroyOnHidden
      >
        <p>{t('vouchers.orders.cancelExplained', { amount: formatFen(order.voucherShareFen, language) })}</p>
        {cancelOrder.isError && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={errorText(cancelOrder.error)}
            style={{ marginBottom: 16 }}
          />
        )}
        <Form layout="vertical" component="div">
          <Form.Item label={t('vouchers.orders.cancelReason')} htmlFor="cancel-reason">
            <Input.TextArea
              id="cancel-reason"
              rows={2}
              maxLength={reasonLengthMax}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  )
}
