// Completing a checked-in booking: the owner records the minutes really used. Booking more than twice the
// time used is a violation, and the dialog says so before it is recorded.
import { Alert, App, Form, InputNumber, Modal, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useErrorText } from '../../../shared/ui/errorText'
import { formatMinutes } from '../common/durations'
import type { Booking } from '../common/instrument.types'
import { formatSpan, minutesBetween } from '../common/shanghaiTime'
import { useCompleteBooking } from './bookings.queries'

const usedMinutesMax = 20_160

export function CompleteDialog({ booking, onClose }: { booking: Booking; onClose: () => void }) {
  const { t } = useTranslation('instruments')
  const { language } = useLanguage()
  const { notification } = App.useApp()
  const errorText = useErrorText()
  const complete = useCompleteBooking()
  const [form] = Form.useForm<{ usedMinutes: number }>()
  const booked = minutesBetween(booking.startsAt, booking.endsAt)
  const used = Form.useWatch('usedMinutes', form)
  const overbooked = typeof used === 'number' && booked > 2 * used
  return (
    <Modal
      open
      title={t('queue.completeTitle')}
      okText={t('queue.complete')}
      okButtonProps={{ loading: complete.isPending }}
      cancelText={t('common.back')}
      onOk={form.submit}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph>
        {t('queue.completeBooked', {
          span: formatSpan(booking.startsAt, booking.endsAt, language),
          duration: formatMinutes(booked, t),
        })}
      </Typography.Paragraph>
      {complete.isError && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={errorText(complete.error)}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ usedMinutes: booked }}
        onFinish={(values) =>
          complete.mutate(
            { id: booking.id, body: { usedMinutes: values.usedMinutes } },
            {
              onSuccess: () => {
                onClose()
                notification.success({ title: t('queue.completed') })
              },
            },
          )
        }
      >
        <Form.Item
          name="usedMinutes"
          label={t('queue.usedMinutes')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <InputNumber min={0} max={usedMinutesMax} precision={0} style={{ width: 180 }} />
        </Form.Item>
      </Form>
      {overbooked && <Alert type="warning" showIcon title={t('queue.overbookedWarning')} />}
    </Modal>
  )
}
