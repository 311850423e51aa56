// Working-day rules on 'YYYY-MM-DD' strings: Monday–Friday are worked unless the calendar data says otherwise.
// All arithmetic is on UTC dates so the answer never depends on the server's time zone.
import { AppError, defineErrors } from '../errors'

export const calendarErrors = defineErrors({
  CALENDAR_DAY_INVALID: {
    status: 400,
    zh: '日期无效，应为 YYYY-MM-DD 格式的真实日期',
    en: 'The date is not valid; use a real date as YYYY-MM-DD',
  },
  CALENDAR_RANGE_INVALID: {
    status: 400,
    zh: '日期范围或工作日数超出允许范围',
    en: 'The date range or number of working days is out of bounds',
  },
})

export const dayKinds = ['holiday', 'workday'] as const
/** 'holiday': a day off (usually a weekday); 'workday': a make-up working day (调休, usually a weekend day). */
export type DayKind = (typeof dayKinds)[number]

/** The calendar's exceptions to the Monday–Friday week, keyed by 'YYYY-MM-DD'. */
export type CalendarExceptions = ReadonlyMap<string, DayKind>

/** Ten years: far more than any SLA clock needs, small enough to answer instantly. */
export const calendarDaysScanMax = 3660
export const workingDaysAddMax = 1000
export const yearMin = 1970
export const yearMax = 2999

const dayMs = 86_400_000
const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/

/** Milliseconds since the epoch at UTC midnight of the day; refuses anything but a real date. */
export function parseDay(day: string): number {
  const match = dayPattern.exec(day)
  if (match === null) throw new AppError('CALENDAR_DAY_INVALID', { day })
  const year = Number(match[1])
  const month = Number(match[2])
  const dayOfMonth = Number(match[3])
  const timeMs = Date.UTC(year, month - 1, dayOfMonth)
  const parsed = new Date(timeMs)
  // Date.UTC rolls 2026-02-30 over into March: a round trip catches it
  if (
    year < yearMin ||
    year > yearMax ||
    parsed.getUTCFullYear() !== year ||
    parsed.getUTCMonth() !== month - 1 ||
    parsed.getUTCDate() !== dayOfMonth
  ) {
    throw new AppError('CALENDAR_DAY_INVALID', { day })
  }
  return timeMs
}

export function formatDay(timeMs: number): string {
  return new Date(timeMs).toISOString().slice(0, 10)
}

export function addCalendarDays(day: string, calendarDays: number): string {
  return formatDay(parseDay(day) + calendarDays * dayMs)
}

/** Whole calendar days from one day to another (negative when `toDay` is earlier). */
export function calendarDaysBetween(fromDay: string, toDay: string): number {
  return Math.round((parseDay(toDay) - parseDay(fromDay)) / dayMs)
}

export function isWeekend(day: string): boolean {
  const weekday = new Date(parseDay(day)).getUTCDay()
  return weekday === 0 || weekday === 6
}

export function exceptionsFrom(days: Iterable<{ day: string; kind: DayKind }>): CalendarExceptions {
  const exceptions = new Map<string, DayKind>()
  for (const { day, kind } of days) exceptions.set(day, kind)
  return exceptions
}

export function isWorkingDay(day: string, exceptions: CalendarExceptions): boolean {
  const kind = exceptions.get(day)
  if (kind === 'holiday') return false
  if (kind === 'workday') return true
  return !isWeekend(day)
}

/**
 * The `workingDays`-th working day after `startDay` (the start day itself is not counted). With 0 the answer is
 * the start day when it is worked, else the next working day.
 */
export function addWorkingDays(
  startDay: string,
  workingDays: number,
  exceptions: CalendarExceptions,
): string {
  parseDay(startDay)
  if (!Number.isInteger(workingDays) || workingDays < 0 || workingDays > workingDaysAddMax) {
    throw new AppError('CALENDAR_RANGE_INVALID', { workingDays, workingDaysMax: workingDaysAddMax })
  }
  let day = startDay
  if (workingDays === 0 && isWorkingDay(day, exceptions)) return day
  let counted = 0
  for (let scanned = 1; scanned <= calendarDaysScanMax; scanned++) {
    day = addCalendarDays(day, 1)
    if (!isWorkingDay(day, exceptions)) continue
    counted++
    if (counted >= workingDays) return day
  }
  // only reachable with calendar data that declares years of holidays
  throw new AppError('CALENDAR_RANGE_INVALID', {
    startDay,
    workingDays,
    calendarDaysMax: calendarDaysScanMax,
  })
}

/**
 * Working days in the interval (fromDay, toDay]: the working days that have passed on `toDay` for a clock started
 * on `fromDay`, so that countWorkingDaysBetween(d, addWorkingDays(d, n)) = n for n ≥ 1. Negative when `toDay` is
 * before `fromDay`.
 */
export function countWorkingDaysBetween(
  fromDay: string,
  toDay: string,
  exceptions: CalendarExceptions,
): number {
  const spanDays = calendarDaysBetween(fromDay, toDay)
  if (Math.abs(spanDays) > calendarDaysScanMax) {
    throw new AppError('CALENDAR_RANGE_INVALID', { fromDay, toDay, calendarDaysMax: calendarDaysScanMax })
  }
  if (spanDays < 0) return -countWorkingDaysBetween(toDay, fromDay, exceptions)
  let count = 0
  let day = fromDay
  for (let step = 1; step <= spanDays; step++) {
    day = addCalendarDays(day, 1)
    if (isWorkingDay(day, exceptions)) count++
  }
  return count
}

/** Shanghai is UTC+8 all year, with no daylight saving: the corridor's days are counted there. */
const shanghaiOffsetMs = 8 * 60 * 60 * 1000

/** The Shanghai calendar date (YYYY-MM-DD) of an instant; today's by default. */
export function shanghaiDateOf(moment: Date = new Date()): string {
  return new Date(moment.getTime() + shanghaiOffsetMs).toISOString().slice(0, 10)
}

/** Shanghai time to the minute ('YYYY-MM-DD HH:MM'), as to_char(… AT TIME ZONE 'Asia/Shanghai') gives it. */
export function shanghaiMinuteOf(moment: Date): string {
  return new Date(moment.getTime() + shanghaiOffsetMs).toISOString().slice(0, 16).replace('T', ' ')
}

/**
 * [the start of the first day, the end of the last day) of a period of Shanghai days, as instants; null when the
 * period ends before it starts or spans more than daysMax days (callers answer with their own coded error).
 */
export function shanghaiPeriodBounds(
  periodStart: string,
  periodEnd: string,
  daysMax: number,
): { fromAt: Date; toAt: Date } | null {
  const days = calendarDaysBetween(periodStart, periodEnd)
  if (days < 0 || days > daysMax) return null
  return {
    fromAt: new Date(parseDay(periodStart) - shanghaiOffsetMs),
    toAt: new Date(parseDay(periodEnd) + dayMs - shanghaiOffsetMs),
  }
}
