// The week calendar with the booking form under it: what the caller cannot book is greyed, a click on a time they
// can book fills the form, the form opens on the first bookable slot, and the slot being chosen shows on the
// calendar as a draft. Without the right to book (or while the instrument is unavailable) the
// calendar is read-only and a note says why.
import { Alert, Form } from 'antd'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { isDay } from '../../../shared/format/days'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { useUrlFilters } from '../../../shared/list/useUrlFilters'
import { QueryError } from '../../../shared/ui/PageError'
import { useNow } from '../../../shared/ui/useNow'
import { BookingForm } from '../booking/BookingForm'
import { slotOf, type BookingFormValues } from '../booking/bookingSlot'
import type { Instrument } from '../common/instrument.types'
import { useAvailability } from '../common/instruments.queries'
import { shanghaiPartsOf, timeOfMinutes } from '../common/shanghaiTime'
import { WeekCalendar } from './WeekCalendar'
import { weekWindow } from './weekCalendar'

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
  const shown = weekWindow(week.firstDay)
  const availability = useAvailability(instrument.id, shown.from, shown.to, true)
  // the length the server judged the week for: an hour, or the shortest booking when longer
  const length = availability.data?.minutes ?? Math.max(instrument.rules.minDurationMinutes, 60)
  const fill = (day: string, minutes: number) =>
    form.setFieldsValue({ day, startTime: timeOfMinutes(minutes), endTime: timeOfMinutes(minutes + length) })
  // the form opens on the first slot the caller can book, once, and only while the user has chosen nothing in it:
  // an answer that arrives after a day is typed must not overwrite what is being typed. A placeholder answer is the
  // week shown before, not this one, so the form never opens on it.
  const opened = useRef(false)
  const firstBookableAt = availability.isPlaceholderData ? null : (availability.data?.firstBookableAt ?? null)
  useEffect(() => {
    if (opened.current || firstBookableAt === null || form.isFieldsTouched()) return
    opened.current = true
    const first = shanghaiPartsOf(firstBookableAt)
    fill(first.day, first.minutes)
  })
  const pick = (day: string, minutes: number) => {
    fill(day, minutes)
    document
      .querySelector('[data-testid=booking-card]')
      ?.scrollIntoView({ behavior: 'smooth', block: 'start' })
  }
  return (
    <>
      <QueryError query={availability} />
      <WeekCalendar
        instrument={instrument}
        {...week}
        onPick={pick}
        chosen={chosen}
        availability={availability.data?.intervals ?? []}
      />
      <BookingForm instrument={instrument} form={form} />
    </>
  )
}
