// The calendar editor's form ↔ the API (pure, tested): a year's rows of holidays and make-up working days, what is
// wrong with a row before it is sent (the server says the same), and the body of the year's replacement.
import type { RequestBody } from '../../../shared/api/schemaTypes'

export type YearBody = RequestBody<'/api/calendar/days', 'put'>
export type DayKind = YearBody['days'][number]['kind']
export const dayKinds = ['holiday', 'workday'] as const satisfies readonly DayKind[]

export interface DayRow {
  day?: string
  kind: DayKind
  nameZh?: string
  nameEn?: string
}

export interface CalendarFormValues {
  source: string
  provisional: boolean
  days: DayRow[]
}

export function isWeekend(day: string): boolean {
  const weekday = new Date(Date.parse(`${day}T00:00:00Z`)).getUTCDay()
  return weekday === 0 || weekday === 6
}

export type DayProblem = 'missing' | 'otherYear' | 'twice' | 'workdayOnWeekday'

/** What is wrong with the day of row `index`: none, another year's, listed twice, a make-up day on a weekday. */
export function dayProblem(rows: readonly DayRow[], index: number, year: number): DayProblem | null {
  const row = rows[index]
  const day = row?.day
  if (row === undefined || day === undefined || day === '') return 'missing'
  if (!day.startsWith(`${year}-`)) return 'otherYear'
  if (rows.some((other, otherIndex) => otherIndex !== index && other.day === day)) return 'twice'
  if (row.kind === 'workday' && !isWeekend(day)) return 'workdayOnWeekday'
  return null
}

/** The year's replacement: its rows in day order, names trimmed. */
export function yearBodyOf(values: CalendarFormValues): YearBody {
  return {
    source: values.source.trim(),
    provisional: values.provisional,
    days: values.days
      .filter((row): row is DayRow & { day: string } => row.day !== undefined && row.day !== '')
      .map((row) => ({
        day: row.day,
        kind: row.kind,
        nameZh: (row.nameZh ?? '').trim(),
        nameEn: (row.nameEn ?? '').trim(),
      }))
      .sort((first, second) => first.day.localeCompare(second.day)),
  }
}

/** A new row: a holiday named like the row before it (holidays come in runs of days). */
export function nextRow(rows: readonly DayRow[]): DayRow {
  const last = rows.at(-1)
  return { kind: 'holiday', nameZh: last?.nameZh ?? '', nameEn: last?.nameEn ?? '' }
}
