// Booking a slot: a day and Shanghai start and end times, the purpose, samples for per-sample instruments, an
// optional weekly repeat, and for firms an optional voucher; the price (and the voucher's share) shows before
// the booking is confirmed.
import { Alert, Button, Card, Col, Form, Input, Row, type FormInstance } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { shanghaiToday } from '../../../shared/format/days'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { useNow } from '../../../shared/ui/useNow'
import type { BookingResult, Instrument } from '../common/instrument.types'
import { BookingOutcome } from './BookingOutcome'
import { ConfirmBookingDialog } from './ConfirmBookingDialog'
import { QuotePanel } from './QuotePanel'
import { RepeatFields } from './RepeatFields'
import { SlotFields } from './SlotFields'
import { repeatWeeksOf, slotOf, slotProblemsOf, type BookingFormValues } from './bookingSlot'
import { useBookingVouchers } from './bookingVouchers.queries'
import { VoucherSelect } from './VoucherSelect'

const purposeLengthMax = 500

interface BookingFormProps {
  instrument: Instrument
  form: FormInstance<BookingFormValues>
}

export function BookingForm({ instrument, form }: BookingFormProps) {
  const { t } = useTranslation('instruments')
  const user = useCurrentUser()
  const mayUseVoucher = user.role === 'firm'
  const vouchers = useBookingVouchers(instrument.cityCode, mayUseVoucher)
  const values: BookingFormValues = Form.useWatch((all: BookingFormValues) => all, form) ?? {}
  const [confirming, setConfirming] = useState<BookingFormValues | null>(null)
  const [outcome, setOutcome] = useState<BookingResult | null>(null)
  // the lead time counts from now: checked again every half minute while the form is open
  const now = useNow(30_000)
  const perSample = instrument.priceUnit === 'per_sample'
  const slot = slotOf(values)
  const weeks = repeatWeeksOf(values)
  const samples = perSample && typeof values.sampleCount === 'number' ? values.sampleCount : undefined
  const voucher = vouchers.items.find((item) => item.voucher.id === values.voucherId)
  const problems = slot === null ? [] : slotProblemsOf(instrument, slot, now)
  const required = { required: true, message: t('form.required') }

  return (
    <Card title={t('booking.title')} data-testid="booking-card">
      {outcome !== null && <BookingOutcome result={outcome} onClose={() => setOutcome(null)} />}
      <Form<BookingFormValues>
        form={form}
        layout="vertical"
        initialValues={{ day: shanghaiToday(), repeat: false, weeks: 4, mode: 'skip_conflicts' }}
        onFinish={(finished) => {
          setOutcome(null)
          setConfirming(finished)
        }}
        data-testid="booking-form"
      >
        <Row gutter={24}>
          <Col xs={24} lg={14}>
            <SlotFields overnight={slot?.overnight === true} perSample={perSample} />
            <Form.Item
              name="purpose"
              label={t('booking.purpose')}
              rules={[
                { ...required, whitespace: true },
                { max: purposeLengthMax, message: t('form.tooLong') },
              ]}
            >
              <Input.TextArea rows={2} maxLength={purposeLengthMax} showCount />
            </Form.Item>
            <RepeatFields repeating={values.repeat === true} />
            {mayUseVoucher && (
              <Form.Item name="voucherId" label={t('booking.voucher')} extra={t('booking.voucherHint')}>
                <VoucherSelect vouchers={vouchers.items} loading={vouchers.isPending} />
              </Form.Item>
            )}
          </Col>
          <Col xs={24} lg={10}>
            <QuotePanel
              instrument={instrument}
              request={
                slot === null
                  ? null
                  : {
                      startsAt: slot.startsAt,
                      endsAt: slot.endsAt,
                      ...(samples === undefined ? {} : { sampleCount: samples }),
                    }
              }
              weeks={weeks}
              voucher={voucher}
            />
            {problems.map((problem) => (
              <Alert
                key={problem}
                type="warning"
                showIcon
                style={{ marginTop: 8 }}
                title={t(`booking.problem.${problem}`, {
                  hours: instrument.rules.leadTimeHours,
                  min: instrument.rules.minDurationMinutes,
                  max: instrument.rules.maxDurationMinutes,
                })}
              />
            ))}
            <Button type="primary" htmlType="submit" block style={{ marginTop: 16 }} disabled={slot === null}>
              {t('booking.review')}
            </Button>
          </Col>
        </Row>
      </Form>
      {confirming !== null && (
        <ConfirmBookingDialog
          instrument={instrument}
          values={confirming}
          voucher={vouchers.items.find((item) => item.voucher.id === confirming.voucherId)}
          onClose={() => setConfirming(null)}
          onBooked={(result) => {
            setConfirming(null)
            setOutcome(result)
            form.resetFields(['startTime', 'endTime', 'purpose', 'sampleCount', 'repeat', 'voucherId'])
          }}
        />
      )}
    </Card>
  )
}
