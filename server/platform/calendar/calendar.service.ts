// Working-day answers from the calendar table: each question loads only the exceptions of the days it needs.
import type { Database } from '../../db/client'
import { assert, AppError } from '../errors'
import { builtInYears, type CalendarDay } from './calendar.data'
import {
  addCalendarDays,
  addWorkingDays,
  calendarDaysBetween,
  calendarDaysScanMax,
  countWorkingDaysBetween,
  exceptionsFrom,
  parseDay,
  workingDaysAddMax,
  yearMax,
  yearMin,
} from './calendar.days'
import {
  findYear,
  insertMissingCalendarDays,
  listCalendarDays,
  listYears,
  upsertYear,
} from './calendar.repository'

/** Calendar days loaded beyond twice the working days asked for: covers the longest holiday block many times. */
const rangeMarginDays = 60

/**
 * Inserts each built-in year the calendar holds nothing of (its days where missing, and the year's row); a year
 * already held, corrected by operators or not, is left alone. Safe at every start; returns the days inserted.
 */
export async function ensureCalendarData(db: Database): Promise<number> {
  let inserted = 0
  for (const year of builtInYears) {
    if ((await findYear(db, year.year)) !== undefined) continue
    inserted += await insertMissingCalendarDays(db, year.days)
    await upsertYear(db, { year: year.year, source: year.source, isProvisional: year.provisional === true })
  }
  return inserted
}

/**
 * The `workingDays`-th working day after `startDay` (see calendar.days.ts for the exact rule), read from the calendar
 * through `db`: the database, or the transaction of a move whose due day it sets.
 */
export async function addWorkingDaysOn(db: Database, startDay: string, workingDays: number): Promise<string> {
  parseDay(startDay)
  if (!Number.isInteger(workingDays) || workingDays < 0 || workingDays > workingDaysAddMax) {
    throw new AppError('CALENDAR_RANGE_INVALID', { workingDays, workingDaysMax: workingDaysAddMax })
  }
  const rangeEndDay = addCalendarDays(startDay, workingDays * 2 + rangeMarginDays)
  const exceptions = exceptionsFrom(await listCalendarDays(db, startDay, rangeEndDay))
  const result = addWorkingDays(startDay, workingDays, exceptions)
  assert(result <= rangeEndDay, `working day ${result} lies beyond the loaded range ending ${rangeEndDay}`)
  return result
}

/** Working days in (fromDay, toDay], negative when toDay is earlier, read from the calendar through `db`. */
export async function workingDaysBetweenOn(db: Database, fromDay: string, toDay: string): Promise<number> {
  const spanDays = calendarDaysBetween(fromDay, toDay)
  if (Math.abs(spanDays) > calendarDaysScanMax) {
    throw new AppError('CALENDAR_RANGE_INVALID', { fromDay, toDay, calendarDaysMax: calendarDaysScanMax })
  }
  const [firstDay, lastDay] = spanDays >= 0 ? [fromDay, toDay] : [toDay, fromDay]
  const exceptions = exceptionsFrom(await listCalendarDays(db, firstDay, lastDay))
  return countWorkingDaysBetween(fromDay, toDay, exceptions)
}

export function createCalendarService(db: Database) {
  return {
    /** The `workingDays`-th working day after `startDay` (see calendar.days.ts for the exact rule). */
    addWorkingDays: (startDay: string, workingDays: number) => addWorkingDaysOn(db, startDay, workingDays),

    /** Working days in (fromDay, toDay]; negative when toDay is earlier. */
    workingDaysBetween: (fromDay: string, toDay: string) => workingDaysBetweenOn(db, fromDay, toDay),

    /** The years the calendar holds, with each year's source. */
    years: () => listYears(db),

    /** The holidays and make-up working days of one year, in day order. */
    async listDays(year: number): Promise<CalendarDay[]> {
      if (!Number.isInteger(year) || year < yearMin || year > yearMax) {
        throw new AppError('CALENDAR_RANGE_INVALID', { year, yearMin, yearMax })
      }
      return listCalendarDays(db, `${year}-01-01`, `${year}-12-31`)
    },
  }
}

export type CalendarService = ReturnType<typeof createCalendarService>
