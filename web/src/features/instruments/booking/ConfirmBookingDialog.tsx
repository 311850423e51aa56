// The last look before booking: when (every weekly date), what for, the price and the voucher's share; then
// the booking is sent once (with an Idempotency-Key, so a retry after a lost answer books nothing twice).
import { Alert, Descriptions } from 'antd'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { ActionDialog } from '../../../shared/ui/ActionDialog'
import type { BookingResult, Instrument } from '../common/instrument.types'
import { formatSpan } from '../common/shanghaiTime'
import { useCreateBooking } from './booking.queries'
import { bookingBodyOf, occurrencesOf, repeatWeeksOf, slotOf, type BookingFormValues } from './bookingSlot'
import type { BookingVoucher } from './bookingVouchers.queries'
import { QuotePanel } from './QuotePanel'

interface ConfirmBookingDialogProps {
  instrument: Instrument
  values: BookingFormValues
  voucher: BookingVoucher | undefined
  onClose: () => void
  onBooked: (result: BookingResult) => void
}

export function ConfirmBookingDialog({
  instrument,
  values,
  voucher,
  onClose,
  onBooked,
}: ConfirmBookingDialogProps) {
  const { t } = useTranslation('instruments')
  const { language, nameOf } = useLanguage()
  const createBooking = useCreateBooking()
  const slot = slotOf(values)
  if (slot === null) return null
  const weeks = repeatWeeksOf(values)
  const body = bookingBodyOf(instrument, values, slot)
  const dates = occurrencesOf(slot, weeks)
  return (
    <ActionDialog
      width={640}
      title={t('booking.confirmTitle', { name: nameOf(instrument) })}
      okText={t('booking.confirm')}
      onOk={() => createBooking.mutate(body, { onSuccess: onBooked })}
      onClose={onClose}
      mutation={createBooking}
    >
      <Descriptions
        size="small"
        column={1}
        style={{ marginBottom: 16 }}
        items={[
          {
            key: 'when',
            label: weeks > 1 ? t('booking.dates', { weeks }) : t('booking.when'),
            children: (
              <ul className="g60-booking-dates">
                {dates.map((date) => (
                  <li key={date.startsAt}>{formatSpan(date.startsAt, date.endsAt, language)}</li>
                ))}
              </ul>
            ),
          },
          ...(weeks > 1
            ? [
                {
                  key: 'mode',
                  label: t('booking.mode'),
                  children: t(`enums.recurrenceMode.${body.recurrence?.mode ?? 'skip_conflicts'}`),
                },
              ]
            : []),
          { key: 'purpose', label: t('booking.purpose'), children: body.purpose },
          ...(voucher === undefined
            ? []
            : [{ key: 'voucher', label: t('booking.voucher'), children: voucher.voucher.number }]),
        ]}
      />
      <QuotePanel
        instrument={instrument}
        request={{
          startsAt: slot.startsAt,
          endsAt: slot.endsAt,
          ...(body.sampleCount === undefined ? {} : { sampleCount: body.sampleCount }),
        }}
        weeks={weeks}
        voucher={voucher}
      />
      {instrument.rules.requiresApproval && (
        <Alert type="info" showIcon title={t('booking.needsApproval')} style={{ marginTop: 12 }} />
      )}
    </ActionDialog>
  )
}
