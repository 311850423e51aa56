// The opening hours owners set in the demo data, by the kind of work: instruments whose runs last a day or more
// (and computing clusters) around the clock, holidays included; long runs on extended weekdays; the rest office
// hours, some with Saturday mornings and afternoons. Bookings are laid only where they fit wholly inside the hours
// and off the holidays the instrument keeps, so that instrument_booking_refusal() would have accepted each one.
import { chinaCalendarDays } from '../../../platform/calendar'
import type { Random } from '../../../seed/random'
import { dayMs, minuteMs, shanghaiOffsetMs, weekdayOfDayNumber } from '../../../seed/support/time'
import type { WeeklyOpeningMinutes } from '../instruments.reference'
import type { InstrumentTemplate } from './catalogue'

export interface SeedOpening {
  openingHours: WeeklyOpeningMinutes
  closedOnHolidays: boolean
}

const halfHourMs = 30 * minuteMs
/** days a search for a fitting start looks ahead at most */
const fitDaysMax = 21
const holidays = new Set(chinaCalendarDays.filter((day) => day.kind === 'holiday').map((day) => day.day))

const weekdays = (period: [number, number], saturday: [number, number][] = []): WeeklyOpeningMinutes => [
  [period],
  [[...period]],
  [[...period]],
  [[...period]],
  [[...period]],
  saturday,
  [],
]

/** The hours of an instrument of this kind; the longest period always holds its shortest booking. */
export function openingFor(random: Random, template: InstrumentTemplate): SeedOpening {
  const longestMinutes = template.durationMinutes[1]
  if (template.category === 'computing' || longestMinutes >= 1440) {
    const allDay = Array.from({ length: 7 }, (): [number, number][] => [[0, 1440]])
    return { openingHours: allDay, closedOnHolidays: false }
  }
  // 08:00–22:00 holds a 12-hour run with room to spare
  if (longestMinutes > 480) return { openingHours: weekdays([480, 1320]), closedOnHolidays: true }
  const pattern = random.weightedPick(['office', 'saturday', 'evening'], [60, 25, 15])
  if (pattern === 'saturday') {
    return { openingHours: weekdays([510, 1050], [[540, 1020]]), closedOnHolidays: true }
  }
  if (pattern === 'evening') return { openingHours: weekdays([480, 1260]), closedOnHolidays: true }
  return { openingHours: weekdays([510, 1050]), closedOnHolidays: true }
}

/** The longest opening period of the week, in minutes: no booking of the instrument can be longer. */
export function longestPeriodMinutes(opening: SeedOpening): number {
  const lengths = opening.openingHours.flat().map(([opens, closes]) => closes - opens)
  return Math.max(0, ...lengths)
}

/**
 * The first half hour at or after `ms` where a booking of `minutes` lies wholly inside one opening period (around the
 * clock: anywhere), on a day the instrument is open; null when none within three weeks.
 */
export function fittingStart(opening: SeedOpening, ms: number, minutes: number): number | null {
  let local = Math.ceil((ms + shanghaiOffsetMs) / halfHourMs) * halfHourMs
  if (!opening.closedOnHolidays && opening.openingHours.every((day) => day[0]?.[1] === 1440)) {
    return local - shanghaiOffsetMs
  }
  for (let step = 0; step < fitDaysMax; step++) {
    const day = Math.floor(local / dayMs)
    const minute = (local - day * dayMs) / minuteMs
    const date = new Date(day * dayMs).toISOString().slice(0, 10)
    const periods = opening.openingHours[(weekdayOfDayNumber(day) + 6) % 7] ?? []
    if (!(opening.closedOnHolidays && holidays.has(date))) {
      for (const [opens, closes] of periods) {
        const start = Math.max(minute, opens)
        if (start + minutes <= closes) return day * dayMs + start * minuteMs - shanghaiOffsetMs
      }
    }
    local = (day + 1) * dayMs
  }
  return null
}
