// The firm confirms the service was delivered and rates it; only then does the claim go to its city.
import { Alert, App, Form, Input, Modal, Rate, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Redemption } from '../../../shared/api/types'
import { formatFen } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useErrorText } from '../../../shared/ui/errorText'
import { useConfirmRedemption } from './redemptions.queries'

interface ConfirmValues {
  rating: number
  comment?: string
}

const commentLengthMax = 500

export function ConfirmRedemptionDialog({
  redemption,
  onClose,
}: {
  redemption: Redemption
  onClose: () => void
}) {
  const { t } = useTranslation('vouchers')
  const { language } = useLanguage()
  const { notification } = App.useApp()
  const errorText = useErrorText()
  const confirmRedemption = useConfirmRedemption()
  const [form] = Form.useForm<ConfirmValues>()

  const onFinish = (values: ConfirmValues) => {
    const comment = values.comment?.trim() ?? ''
    confirmRedemption.mutate(
      { id: redemption.id, body: { rating: values.rating, ...(comment === '' ? {} : { comment }) } },
      {
        onSuccess: () => {
          notification.success({ title: t('redemptions.confirmed') })
          onClose()
        },
      },
    )
  }

  return (
    <Modal
      open
      title={t('redemptions.confirmTitle')}
      okText={t('redemptions.confirm')}
      okButtonProps={{ loading: confirmRedemption.isPending }}
      onOk={form.submit}
      cancelText={t('common.back')}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {t('redemptions.confirmExplained', {
          amount: formatFen(redemption.amountFen, language),
          contract: redemption.contractNumber,
        })}
      </Typography.Paragraph>
      {confirmRedemption.isError && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={errorText(confirmRedemption.error)}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form<ConfirmValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        data-testid="confirm-redemption-form"
      >
        <Form.Item
          name="rating"
          label={t('redemptions.rating')}
          rules={[{ required: true, message: t('redemptions.ratingRequired') }]}
        >
          <Rate />
        </Form.Item>
        <Form.Item
          name="comment"
          label={t('redemptions.comment')}
          rules={[{ max: commentLengthMax, message: t('form.tooLong') }]}
        >
          <Input.TextArea rows={3} maxLength={commentLengthMax} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
