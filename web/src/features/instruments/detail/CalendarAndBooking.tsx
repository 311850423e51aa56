// The week calendar with the booking form under it: a click on a free time fills the form, and the slot being
// chosen shows on the calendar as a draft. Without the right to book (or while the instrument is unavailable) the
// calendar is read-only and a note says why.
import { Alert, Form } from 'antd'
import { useTranslation } from 'react-i18next'
import { isDay } from '../../../shared/format/days'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { useUrlFilters } from '../../../shared/list/useUrlFilters'
import { useNow } from '../../../shared/ui/useNow'
import { BookingForm } from '../booking/BookingForm'
import { slotOf, type BookingFormValues } from '../booking/bookingSlot'
import type { Instrument } from '../common/instrument.types'
import { shanghaiPartsOf, timeOfMinutes } from '../common/shanghaiTime'
import { WeekCalendar } from './WeekCalendar'

/** The first day shown, from the address (?from=YYYY-MM-DD), else today; and how to page. */
function useFirstDay() {
  const url = useUrlFilters()
  const from = url.text('from')
  const now = useNow()
  return {
    firstDay: isDay(from) ? from : shanghaiPartsOf(now).day,
    onWeekChange: (next: string | undefined) => url.setFilter('from', next),
  }
}

export function CalendarAndBooking({ instrument }: { instrument: Instrument }) {
  const { t } = useTranslation('instruments')
  const user = useCurrentUser()
  const week = useFirstDay()
  const mayBook = user.role === 'firm' || user.role === 'provider'
  if (mayBook && instrument.status === 'available') return <Bookable instrument={instrument} />
  return (
    <>
      <WeekCalendar instrument={instrument} {...week} />
      <Alert type="info" showIcon title={mayBook ? t('detail.notBookable') : t('detail.bookersOnly')} />
    </>
  )
}

function Bookable({ instrument }: { instrument: Instrument }) {
  const week = useFirstDay()
  const [form] = Form.useForm<BookingFormValues>()
  const chosen = slotOf(Form.useWatch((values: BookingFormValues) => values, form) ?? {})
  const pick = (day: string, minutes: number) => {
    const length = Math.max(instrument.rules.minDurationMinutes, 60)
    form.setFieldsValue({ day, startTime: timeOfMinutes(minutes), endTime: timeOfMinutes(minutes + length) })
    document
      .querySelector('[data-testid=booking-card]')
      ?.scrollIntoView({ behavior: 'smooth', block: 'start' })
  }
  return (
    <>
      <WeekCalendar instrument={instrument} {...week} onPick={pick} chosen={chosen} />
      <BookingForm instrument={instrument} form={form} />
    </>
  )
}
