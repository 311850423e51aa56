// The firm confirms the service was delivered and rates it; only then does the claim go to its city.
import { App, Form, Input } from 'antd'
import { RateField } from '../../../shared/ui/groupFields'
import { useTranslation } from 'react-i18next'
import type { Redemption } from '../../../shared/api/types'
import { formatFen } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { FormDialog } from '../../../shared/ui/ActionDialog'
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
    <FormDialog
      form={form}
      onFinish={onFinish}
      testId="confirm-redemption-form"
      title={t('redemptions.confirmTitle')}
      okText={t('redemptions.confirm')}
      mutation={confirmRedemption}
      onClose={onClose}
      explained={t('redemptions.confirmExplained', {
        amount: formatFen(redemption.amountFen, language),
        contract: redemption.contractNumber,
      })}
    >
      <Form.Item
        name="rating"
        label={t('redemptions.rating')}
        rules={[{ required: true, message: t('redemptions.ratingRequired') }]}
      >
        <RateField />
      </Form.Item>
      <Form.Item
        name="comment"
        label={t('redemptions.comment')}
        rules={[{ max: commentLengthMax, message: t('form.tooLong') }]}
      >
        <Input.TextArea rows={3} maxLength={commentLengthMax} />
      </Form.Item>
    </FormDialog>
  )
}
