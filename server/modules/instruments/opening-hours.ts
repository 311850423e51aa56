// An instrument's weekly opening hours between the API's "HH:mm" periods and the stored minutes that
// instrument_opening_refusal() reads. Stored periods are sorted and touching ones merged, so that the SQL need only
// find one period holding each day's part of a booking.
import { AppError } from '../../platform/errors'
import {
  minutesPerDay,
  openingStepMinutes,
  type OpeningPeriodMinutes,
  type WeeklyOpeningMinutes,
} from './instruments.reference'
import type { OpeningHoursInput } from './instruments.schemas'

const timePattern = /^(\d\d):(\d\d)$/

/** "09:30" → 570; "24:00" → 1440. The schema has already held the text to whole half hours. */
export function minutesOfTime(time: string): number {
  const match = timePattern.exec(time)
  if (match === null) throw new Error(`not a time of day: ${time}`)
  return Number(match[1]) * 60 + Number(match[2])
}

/** 570 → "09:30"; 1440 → "24:00". */
export function timeOfMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60)
  return `${String(hours).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
}

function invalid(weekday: number, period: { opensAt: string; closesAt: string }, problem: string): AppError {
  return new AppError('OPENING_HOURS_INVALID', {
    weekday,
    opensAt: period.opensAt,
    closesAt: period.closesAt,
    problem,
  })
}

/** One day's periods, checked (close after open, on half hours, no overlaps), sorted, touching ones merged. */
function dayMinutesOf(
  weekday: number,
  periods: readonly { opensAt: string; closesAt: string }[],
): OpeningPeriodMinutes[] {
  const checked = periods.map((period) => {
    const opens = minutesOfTime(period.opensAt)
    const closes = minutesOfTime(period.closesAt)
    if (opens % openingStepMinutes !== 0 || closes % openingStepMinutes !== 0 || closes > minutesPerDay) {
      throw invalid(weekday, period, 'not_on_half_hour')
    }
    if (closes <= opens) throw invalid(weekday, period, 'closes_before_opening')
    return { period, opens, closes }
  })
  checked.sort((left, right) => left.opens - right.opens)
  const merged: OpeningPeriodMinutes[] = []
  for (const { period, opens, closes } of checked) {
    const last = merged.at(-1)
    if (last !== undefined && opens < last[1]) throw invalid(weekday, period, 'overlaps')
    if (last !== undefined && opens === last[1]) last[1] = closes
    else merged.push([opens, closes])
  }
  return merged
}

/** The API's week (Monday first) as stored minutes; a bad period is refused with OPENING_HOURS_INVALID (422). */
export function weeklyMinutesOf(input: OpeningHoursInput): WeeklyOpeningMinutes {
  return input.weekly.map((periods, index) => dayMinutesOf(index + 1, periods))
}

/** The stored minutes as the API's week. */
export function openingHoursOf(row: { openingHours: WeeklyOpeningMinutes; closedOnHolidays: boolean }) {
  return {
    weekly: row.openingHours.map((periods) =>
      periods.map(([opens, closes]) => ({ opensAt: timeOfMinutes(opens), closesAt: timeOfMinutes(closes) })),
    ),
    closedOnHolidays: row.closedOnHolidays,
  }
}
