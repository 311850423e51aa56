// Rejecting a claim needs a reason; the reservation stays, so the provider can file a corrected claim.
import { Alert, App, Form, Input, Modal } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Redemption } from '../../../shared/api/types'
import { useErrorText } from '../../../shared/ui/errorText'
import { useRejectRedemption } from './redemptions.queries'

interface RejectValues {
  reason: string
}

const reasonLengthMax = 500

export function RejectRedemptionDialog({
  redemption,
  onClose,
}: {
  redemption: Redemption
  onClose: () => void
}) {
  const { t } = useTranslation()
  const { notification } = App.useApp()
  const errorText = useErrorText()
  const rejectRedemption = useRejectRedemption()
  const [form] = Form.useForm<RejectValues>()

  const onFinish = (values: RejectValues) =>
    rejectRedemption.mutate(
      { id: redemption.id, body: { reason: values.reason.trim() } },
      {
        onSuccess: () => {
          notification.success({ title: t('vouchers.redemptions.rejected') })
          onClose()
        },
      },
    )

  return (
    <Modal
      open
      title={t('vouchers.redemptions.rejectTitle')}
      okText={t('vouchers.redemptions.reject')}
      okButtonProps={{ danger: true, loading: rejectRedemption.isPending }}
      onOk={form.submit}
      cancelText={t('common.back')}
      onCancel={onClose}
      destroyOnHidden
    >
      {rejectRedemption.isError && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={errorText(rejectRedemption.error)}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form<RejectValues> form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item
          name="reason"
          label={t('vouchers.redemptions.reason')}
          extra={t('vouchers.redemptions.reasonHint')}
          rules={[
            { required: true, whitespace: true, message: t('form.required') },
            { max: reasonLengthMax, message: t('form.tooLong') },
          ]}
        >
          <Input.TextArea rows={3} maxLength={reasonLengthMax} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
