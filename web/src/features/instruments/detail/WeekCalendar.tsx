// Seven days of an instrument's calendar in Shanghai time, from today unless the user pages: taken slots (and
// the buffer held after each), the caller's own bookings highlighted, the past greyed, the slot being chosen
// drawn as a draft; for a booker, what they cannot book greyed with the reason, and a click on a time they can book
// starts a booking there.
import { CalendarOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Typography } from 'antd'
import type { MouseEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { QueryError } from '../../../shared/ui/PageError'
import { useNow } from '../../../shared/ui/useNow'
import type { AvailabilityInterval, Instrument } from '../common/instrument.types'
import { calendarFeedPath, useCalendar } from '../common/instruments.queries'
import { formatDayLabel, instantOf, shanghaiPartsOf, timeOfMinutes } from '../common/shanghaiTime'
import { CalendarBlock } from './CalendarBlock'
import { CalendarToolbar } from './CalendarToolbar'
import { UnavailableBlocks } from './UnavailableBlock'
import {
  blocksOfWeek,
  isBookableStart,
  spansOfWeek,
  unavailableOfWeek,
  visibleHours,
  weekDays,
  weekWindow,
} from './weekCalendar'
import './week-calendar.css'

const hourPx = 36
const pickStepMinutes = 30

interface WeekCalendarProps {
  instrument: Instrument
  /** the first of the seven days shown */
  firstDay: string
  /** undefined: back to today */
  onWeekChange: (firstDay: string | undefined) => void
  /** a click on a free time of a day (absent: the calendar is read-only) */
  onPick?: (day: string, minutes: number) => void
  /** the slot chosen in the booking form, drawn as a draft */
  chosen?: { startsAt: string; endsAt: string } | null
  /** what the caller could book (a booker's calendar): the rest is greyed and cannot be picked */
  availability?: readonly AvailabilityInterval[]
}

export function WeekCalendar(props: WeekCalendarProps) {
  const { instrument, firstDay, onWeekChange, onPick, chosen, availability } = props
  const { t } = useTranslation('instruments')
  const { language } = useLanguage()
  const shown = weekWindow(firstDay)
  const calendar = useCalendar(instrument.id, shown.from, shown.to)
  const days = weekDays(firstDay)
  const blocks = blocksOfWeek(calendar.data?.slots ?? [], firstDay)
  const draft =
    chosen === null || chosen === undefined ? [] : spansOfWeek(chosen.startsAt, chosen.endsAt, firstDay)
  const unavailable = unavailableOfWeek(availability ?? [], firstDay)
  const { firstHour, lastHour } = visibleHours([...blocks, ...draft])
  const hours = Array.from({ length: lastHour - firstHour }, (_, index) => firstHour + index)
  const now = shanghaiPartsOf(useNow(60_000))
  const pixelsOf = (minutes: number) => ((minutes - firstHour * 60) / 60) * hourPx

  const pick = (day: string) => (event: MouseEvent<HTMLDivElement>) => {
    if (onPick === undefined || event.target !== event.currentTarget) return
    const offset = event.clientY - event.currentTarget.getBoundingClientRect().top
    const minutes = firstHour * 60 + Math.floor((offset / hourPx) * (60 / pickStepMinutes)) * pickStepMinutes
    // a time the booking request would refuse is not offered (the greyed stretches cover it; this guards the edges)
    if (availability !== undefined && !isBookableStart(availability, instantOf(day, timeOfMinutes(minutes))))
      return
    onPick(day, minutes)
  }

  return (
    <Card
      title={t('calendar.title')}
      extra={
        <Button icon={<CalendarOutlined />} href={calendarFeedPath(instrument.id)} data-testid="ics-link">
          {t('calendar.ics')}
        </Button>
      }
    >
      <CalendarToolbar firstDay={firstDay} today={now.day} onWeekChange={onWeekChange} />
      <QueryError query={calendar} />
      <div
        className="g60-week-calendar"
        data-testid="week-calendar"
        aria-busy={calendar.isFetching}
        aria-label={t('calendar.label')}
        role="group"
      >
        <div className="g60-week-corner" />
        {days.map((day) => (
          <div key={day} className={day === now.day ? 'g60-week-day-head g60-today' : 'g60-week-day-head'}>
            {formatDayLabel(day, language)}
          </div>
        ))}
        <div className="g60-week-hours" style={{ height: hours.length * hourPx }}>
          {hours.map((hour) => (
            <span key={hour} style={{ top: (hour - firstHour) * hourPx }}>
              {timeOfMinutes(hour * 60)}
            </span>
          ))}
        </div>
        {days.map((day) => {
          const pastMinutes = day < now.day ? 24 * 60 : day === now.day ? now.minutes : 0
          return (
            <div
              key={day}
              className={onPick === undefined ? 'g60-week-day' : 'g60-week-day g60-pickable'}
              style={{ height: hours.length * hourPx, backgroundSize: `100% ${hourPx}px` }}
              onClick={pick(day)}
              data-day={day}
            >
              {pastMinutes > firstHour * 60 && (
                <div
                  className="g60-week-past"
                  style={{ height: Math.min(pixelsOf(pastMinutes), hours.length * hourPx) }}
                />
              )}
              <UnavailableBlocks
                spans={unavailable.filter((span) => span.day === day)}
                pixelsOf={pixelsOf}
                heightPx={hours.length * hourPx}
              />
              {blocks
                .filter((block) => block.day === day)
                .map((block) => (
                  <CalendarBlock
                    key={`${block.slot.startsAt}-${block.kind}-${block.startMinutes}`}
                    block={block}
                    top={pixelsOf(block.startMinutes)}
                    height={((block.endMinutes - block.startMinutes) / 60) * hourPx}
                  />
                ))}
              {draft
                .filter((span) => span.day === day)
                .map((span) => (
                  <div
                    key={`draft-${span.startMinutes}`}
                    className="g60-week-block g60-block-draft"
                    style={{
                      top: pixelsOf(span.startMinutes),
                      height: ((span.endMinutes - span.startMinutes) / 60) * hourPx,
                    }}
                    data-testid="calendar-draft"
                  >
                    {t('calendar.draft')}
                  </div>
                ))}
            </div>
          )
        })}
      </div>
      {onPick !== undefined && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {t('calendar.pickHint')}
        </Typography.Paragraph>
      )}
      {calendar.data !== undefined && calendar.data.slots.length === 0 && (
        <Alert type="success" showIcon title={t('calendar.allFree')} style={{ marginTop: 8 }} />
      )}
    </Card>
  )
}
