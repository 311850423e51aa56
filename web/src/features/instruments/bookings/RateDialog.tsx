// The booker rates a completed booking, 1 to 5 stars with an optional comment; ratings feed the owner's
// grade.
import { Alert, Form, Input, Modal, Rate } from 'antd'
import { useTranslation } from 'react-i18next'
import { useErrorText } from '../../../shared/ui/errorText'
import type { Booking } from '../common/instrument.types'
import { useRateBooking } from './bookings.queries'

const commentLengthMax = 500

interface RateValues {
  rating: number
  comment?: string
}

export function RateDialog({ booking, onClose }: { booking: Booking; onClose: () => void }) {
  const { t } = useTranslation('instruments')
  const errorText = useErrorText()
  const rate = useRateBooking()
  const [form] = Form.useForm<RateValues>()
  return (
    <Modal
      open
      title={t('myBookings.rateTitle')}
      okText={t('myBookings.rate')}
      okButtonProps={{ loading: rate.isPending }}
      cancelText={t('common.back')}
      onOk={form.submit}
      onCancel={onClose}
      destroyOnHidden
    >
      {rate.isError && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={errorText(rate.error)}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form<RateValues>
        form={form}
        layout="vertical"
        onFinish={(values) => {
          const comment = values.comment?.trim() ?? ''
          rate.mutate(
            { id: booking.id, body: { rating: values.rating, ...(comment === '' ? {} : { comment }) } },
            { onSuccess: onClose },
          )
        }}
      >
        <Form.Item
          name="rating"
          label={t('myBookings.rating')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Rate />
        </Form.Item>
        <Form.Item name="comment" label={t('myBookings.comment')}>
          <Input.TextArea rows={2} maxLength={commentLengthMax} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
