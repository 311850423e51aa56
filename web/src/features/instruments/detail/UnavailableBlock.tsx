// A stretch of a day no booking of the caller's may start in, greyed, with the reason in a tooltip: the same
// answer the booking request would give (lead time, closed, duration, blacklist, quota, taken).
import { Tooltip } from 'antd'
import { useTranslation } from 'react-i18next'
import { minutesPerDay, timeOfMinutes } from '../common/shanghaiTime'
import type { UnavailableSpan } from './weekCalendar'

export function UnavailableBlock({
  span,
  top,
  height,
}: {
  span: UnavailableSpan
  top: number
  height: number
}) {
  const { t } = useTranslation('instruments')
  const reason = t(`calendar.unavailable.${span.reason}`)
  // a stretch to the day's end reads 24:00, not the next day's 00:00
  const end = span.endMinutes >= minutesPerDay ? '24:00' : timeOfMinutes(span.endMinutes)
  const description = `${timeOfMinutes(span.startMinutes)}–${end} ${reason}`
  return (
    <Tooltip title={description}>
      <div
        className="g60-week-unavailable"
        style={{ top, height }}
        aria-label={description}
        role="note"
        data-testid="calendar-unavailable"
        data-reason={span.reason}
      />
    </Tooltip>
  )
}

/** A day's greyed stretches, clipped to the hours the grid shows. */
export function UnavailableBlocks(props: {
  spans: readonly UnavailableSpan[]
  pixelsOf: (minutes: number) => number
  heightPx: number
}) {
  return props.spans.map((span) => {
    const top = Math.max(props.pixelsOf(span.startMinutes), 0)
    const bottom = Math.min(props.pixelsOf(span.endMinutes), props.heightPx)
    if (bottom <= top) return null
    return <UnavailableBlock key={span.startMinutes} span={span} top={top} height={bottom - top} />
  })
}
