// Rejecting a claim needs a reason: the firm sees it beside its claim.
import { Alert, App, Form, Input, Modal } from 'antd'
import { useTranslation } from 'react-i18next'
import type { VoucherClaim } from '../../../shared/api/types'
import { useErrorText } from '../../../shared/ui/errorText'
import { useRejectClaim } from '../claims/claims.queries'

interface RejectValues {
  reason: string
}

const reasonLengthMax = 500

export function RejectDialog({ claim, onClose }: { claim: VoucherClaim; onClose: () => void }) {
  const { t } = useTranslation()
  const { notification } = App.useApp()
  const errorText = useErrorText()
  const rejectClaim = useRejectClaim()
  const [form] = Form.useForm<RejectValues>()

  const onFinish = (values: RejectValues) =>
    rejectClaim.mutate(
      { id: claim.id, body: { reason: values.reason.trim() } },
      {
        onSuccess: () => {
          notification.success({ title: t('vouchers.review.rejected') })
          onClose()
        },
      },
    )

  return (
    <Modal
      open
      title={t('vouchers.review.rejectTitle')}
      okText={t('vouchers.review.reject')}
      okButtonProps={{ danger: true, loading: rejectClaim.isPending }}
      onOk={form.submit}
      cancelText={t('common.back')}
      onCancel={onClose}
      destroyOnHidden
    >
      {rejectClaim.isError && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={errorText(rejectClaim.error)}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form<RejectValues> form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item
          name="reason"
          label={t('vouchers.review.reason')}
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
