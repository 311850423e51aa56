// Mainland China's public holidays and make-up working days (调休), a file a year in holidays/<year>.json as the State
// Council General Office's notices publish them (国务院办公厅关于部分节假日安排的通知). This is the initial data only:
// a year is inserted when the calendar holds nothing of it, and from then on operators correct it or add years in the
// database (PUT /api/calendar/days, g60 calendar import FILE), never in these files.
import { Type, type Static } from 'typebox'
import { closedObject, nonEmptyText, readCatalogue } from '../data-file'
import { dayKinds, type DayKind } from './calendar.days'
import year2025 from './holidays/2025.json'
import year2026 from './holidays/2026.json'
import year2027 from './holidays/2027.json'

export interface CalendarDay {
  day: string
  kind: DayKind
  nameZh: string
  nameEn: string
}

export const calendarDaySchema = closedObject({
  day: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
  kind: Type.Enum(dayKinds),
  nameZh: nonEmptyText,
  nameEn: nonEmptyText,
})

/** One year's exceptions to the Monday–Friday week, with where they come from. */
export const calendarYearSchema = closedObject({
  year: Type.Integer({ minimum: 1970, maximum: 2999 }),
  source: nonEmptyText,
  /** derived from the rules of earlier notices until the official notice is published */
  provisional: Type.Optional(Type.Boolean()),
  days: Type.Array(calendarDaySchema, { maxItems: 366 }),
})
export type CalendarYear = Static<typeof calendarYearSchema>

/** The year in `content` (read from `file`, named in the message) when it has a calendar year's shape. */
export function readCalendarYear(file: string, content: unknown): CalendarYear {
  return readCatalogue(file, calendarYearSchema, content)
}

export const builtInYears: readonly CalendarYear[] = [year2025, year2026, year2027].map((content, index) =>
  readCalendarYear(`calendar/holidays/${2025 + index}.json`, content),
)

/** Every exception day of the built-in schedule, in day order. */
export const chinaCalendarDays: readonly CalendarDay[] = builtInYears
  .flatMap((year) => year.days)
  .sort((left, right) => left.day.localeCompare(right.day))
