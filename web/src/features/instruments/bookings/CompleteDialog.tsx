// Completing a checked-in booking: the owner records the minutes really used. Booking more than twice the
// time used is a violation, and the dialog says so before it is recorded.
import { Alert, App, Form, InputNumber, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { FormDialog } from '../../../shared/ui/ActionDialog'
import { formatMinutes } from '../common/durations'
import type { Booking } from '../common/instrument.types'
import { formatSpan, minutesBetween } from '../common/shanghaiTime'
import { useCompleteBooking } from './bookings.queries'

const usedMinutesMax = 20_160

export function CompleteDialog({ booking, onClose }: { booking: Booking; onClose: () => void }) {
  const { t } = useTranslation('instruments')
  const { language } = useLanguage()
  const { notification } = App.useApp()
  const complete = useCompleteBooking()
  const [form] = Form.useForm<{ usedMinutes: number }>()
  const booked = minutesBetween(booking.startsAt, booking.endsAt)
  const used = Form.useWatch('usedMinutes', form)
  const overbooked = typeof used === 'number' && booked > 2 * used
  const onFinish = (values: { usedMinutes: number }) =>
    complete.mutate(
      { id: booking.id, body: { usedMinutes: values.usedMinutes } },
      {
        onSuccess: () => {
          onClose()
          notification.success({ title: t('queue.completed') })
        },
      },
    )
  return (
    <FormDialog
      form={form}
      initialValues={{ usedMinutes: booked }}
      onFinish={onFinish}
      title={t('queue.completeTitle')}
      okText={t('queue.complete')}
      mutation={complete}
      onClose={onClose}
      intro={
        <Typography.Paragraph>
          {t('queue.completeBooked', {
            span: formatSpan(booking.startsAt, booking.endsAt, language),
            duration: formatMinutes(booked, t),
          })}
        </Typography.Paragraph>
      }
      after={overbooked && <Alert type="warning" showIcon title={t('queue.overbookedWarning')} />}
    >
      <Form.Item
        name="usedMinutes"
        label={t('queue.usedMinutes')}
        rules={[{ required: true, message: t('form.required') }]}
      >
        <InputNumber min={0} max={usedMinutesMax} precision={0} style={{ width: 180 }} />
      </Form.Item>
    </FormDialog>
  )
}
