// Time as the one-stop offices keep it: working days on the real calendar (weekends, public holidays and make-up
// working days, as the platform's calendar holds them), office hours 09:00–17:30 in Shanghai, and the working-day
// arithmetic of the case clocks (the platform's own pure functions, so that every due day agrees with the service).
import {
  addCalendarDays,
  addWorkingDays,
  countWorkingDaysBetween,
  exceptionsFrom,
  isWorkingDay,
  parseDay,
  shanghaiDateOf,
} from '../../../platform/calendar'
import { chinaCalendarDays } from '../../../platform/calendar/calendar.data'
import type { Random } from '../../../seed/random'
import { minuteMs, shanghaiOffsetMs } from '../../../seed/support/time'

export const calendarExceptions = exceptionsFrom(chinaCalendarDays)
export const officeOpensMinute = 9 * 60
export const officeClosesMinute = 17 * 60 + 30
export const officeDayMinutes = officeClosesMinute - officeOpensMinute
const backStepsMax = 3660

export const dayOf = (ms: number) => shanghaiDateOf(new Date(ms))
/** The instant a Shanghai day starts. */
export const midnightOf = (day: string) => parseDay(day) - shanghaiOffsetMs
export const isWorking = (day: string) => isWorkingDay(day, calendarExceptions)
export const addWorking = (day: string, workingDays: number) =>
  addWorkingDays(day, workingDays, calendarExceptions)
export const workingDaysBetween = (fromDay: string, toDay: string) =>
  countWorkingDaysBetween(fromDay, toDay, calendarExceptions)
export const nextCalendarDay = (day: string) => addCalendarDays(day, 1)

/** The `workingDays`-th working day before `day` (≥ 1), so that addWorking(result, workingDays) is `day` when `day`
 * is itself a working day. */
export function workingDayBefore(day: string, workingDays: number): string {
  let current = day
  let counted = 0
  for (let step = 0; step < backStepsMax; step++) {
    current = addCalendarDays(current, -1)
    if (isWorking(current) && ++counted >= workingDays) return current
  }
  throw new Error(`no working day ${workingDays} before ${day}`)
}

/** A moment of a day, minutes after its midnight. */
export const momentOn = (day: string, minuteOfDay: number) => midnightOf(day) + minuteOfDay * minuteMs

/** The same moment if an office is open then, else the moment the next working period starts. */
export function officeMoment(ms: number): number {
  const day = dayOf(ms)
  const minute = (ms - midnightOf(day)) / minuteMs
  if (isWorking(day) && minute < officeClosesMinute) {
    return minute >= officeOpensMinute ? ms : momentOn(day, officeOpensMinute)
  }
  return momentOn(addWorking(day, 1), officeOpensMinute)
}

/** The moment `minutes` of office time after `ms` (office hours of working days only). */
export function addOfficeMinutes(ms: number, minutes: number): number {
  let at = officeMoment(ms)
  let left = Math.max(0, minutes) * minuteMs
  for (let step = 0; step < backStepsMax; step++) {
    const day = dayOf(at)
    const closesMs = momentOn(day, officeClosesMinute)
    if (at + left < closesMs) return Math.floor(at + left)
    left -= closesMs - at
    at = momentOn(addWorking(day, 1), officeOpensMinute)
  }
  throw new Error(`${minutes} office minutes is too far`)
}

/** A moment in the office hours of a working day, after `afterMs` when given; null when none is left that day. */
export function officeTimeOn(day: string, random: Random, afterMs = 0): number | null {
  const opensMs = Math.max(momentOn(day, officeOpensMinute), afterMs + 5 * minuteMs)
  const closesMs = momentOn(day, officeClosesMinute) - 10 * minuteMs
  if (!isWorking(day) || opensMs >= closesMs) return null
  return Math.floor(opensMs + random.next() * (closesMs - opensMs))
}
