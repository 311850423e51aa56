// The booker rates a completed booking, 1 to 5 stars with an optional comment; ratings feed the owner's
// grade.
import { Form, Input } from 'antd'
import { RateField } from '../../../shared/ui/groupFields'
import { useTranslation } from 'react-i18next'
import { FormDialog } from '../../../shared/ui/ActionDialog'
import type { Booking } from '../common/instrument.types'
import { useRateBooking } from './bookings.queries'

const commentLengthMax = 500

interface RateValues {
  rating: number
  comment?: string
}

export function RateDialog({ booking, onClose }: { booking: Booking; onClose: () => void }) {
  const { t } = useTranslation('instruments')
  const rate = useRateBooking()
  const [form] = Form.useForm<RateValues>()
  const onFinish = (values: RateValues) => {
    const comment = values.comment?.trim() ?? ''
    rate.mutate(
      { id: booking.id, body: { rating: values.rating, ...(comment === '' ? {} : { comment }) } },
      { onSuccess: onClose },
    )
  }
  return (
    <FormDialog
      form={form}
      onFinish={onFinish}
      title={t('myBookings.rateTitle')}
      okText={t('myBookings.rate')}
      mutation={rate}
      onClose={onClose}
    >
      <Form.Item
        name="rating"
        label={t('myBookings.rating')}
        rules={[{ required: true, message: t('form.required') }]}
      >
        <RateField />
      </Form.Item>
      <Form.Item name="comment" label={t('myBookings.comment')}>
        <Input.TextArea rows={2} maxLength={commentLengthMax} />
      </Form.Item>
    </FormDialog>
  )
}
