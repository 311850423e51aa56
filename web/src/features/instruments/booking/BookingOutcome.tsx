// What the booking request made: the bookings (requested or approved at once) and the weekly repeats skipped
// because their slot was taken or broke a rule, each with the server's reason.
import { Alert } from 'antd'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import type { BookingResult, SkippedRepeat } from '../common/instrument.types'
import { formatSpan } from '../common/shanghaiTime'

/**
 * The server words a skipped repeat's reason in English whatever the request's language, so the reasons the
 * instruments module gives are worded here; any other keeps the server's words.
 */
const skipReasons = [
  'BOOKING_SLOT_TAKEN',
  'BOOKING_QUOTA_EXCEEDED',
  'BOOKING_LEAD_TIME',
  'BOOKING_IN_PAST',
  'BOOKING_DURATION_OUT_OF_RANGE',
  'BOOKING_OUTSIDE_OPENING_HOURS',
  'BOOKER_BLACKLISTED',
  'INSTRUMENT_UNAVAILABLE',
] as const

export function BookingOutcome({ result, onClose }: { result: BookingResult; onClose: () => void }) {
  const { t } = useTranslation('instruments')
  const { language } = useLanguage()
  const reasonOf = (skip: SkippedRepeat) => {
    const code = skipReasons.find((known) => known === skip.code)
    return code === undefined ? skip.message : t(`booking.skipReason.${code}`)
  }
  const approved = result.bookings.filter((booking) => booking.status === 'approved').length
  const title =
    approved === result.bookings.length
      ? t('booking.booked', { number: result.bookings.length })
      : t('booking.requested', { number: result.bookings.length })
  return (
    <div data-testid="booking-outcome" style={{ marginBottom: 16 }}>
      <Alert
        type={result.skipped.length === 0 ? 'success' : 'warning'}
        showIcon
        closable={{ onClose }}
        title={title}
        description={
          <ul className="g60-booking-dates">
            {result.bookings.map((booking) => (
              <li key={booking.id}>
                {formatSpan(booking.startsAt, booking.endsAt, language)} ·{' '}
                {t(`enums.bookingStatus.${booking.status}`)}
              </li>
            ))}
          </ul>
        }
      />
      {result.skipped.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 8 }}
          data-testid="skipped-repeats"
          title={t('booking.skipped', { number: result.skipped.length })}
          description={
            <ul className="g60-booking-dates">
              {result.skipped.map((skip) => (
                <li key={skip.startsAt}>
                  {t('booking.skippedLine', {
                    span: formatSpan(skip.startsAt, skip.endsAt, language),
                    reason: reasonOf(skip),
                  })}
                </li>
              ))}
            </ul>
          }
        />
      )}
    </div>
  )
}
