import { and, asc, gte, lte } from 'drizzle-orm'
import type { Database } from '../../db/client'
import type { CalendarDay } from './calendar.data'
import { calendarDaysScanMax, dayKinds, type DayKind } from './calendar.days'
import { calendarDays } from './calendar.tables'

/** Rows per insert statement: keeps each statement's parameter count small. */
const insertChunkSize = 200

function toDayKind(kind: string): DayKind {
  const known = dayKinds.find((candidate) => candidate === kind)
  if (known === undefined) throw new Error(`calendar_days holds an unknown kind ${kind}`)
  return known
}

/** Inserts the days that are missing and leaves existing rows (possibly corrected by operators) alone. */
export async function insertMissingCalendarDays(db: Database, days: readonly CalendarDay[]): Promise<number> {
  let insertedCount = 0
  for (let start = 0; start < days.length; start += insertChunkSize) {
    const inserted = await db
      .insert(calendarDays)
      .values(days.slice(start, start + insertChunkSize))
      .onConflictDoNothing({ target: calendarDays.day })
      .returning({ day: calendarDays.day })
    insertedCount += inserted.length
  }
  return insertedCount
}

/** The exception days from `fromDay` to `toDay`, both included, in day order. */
export async function listCalendarDays(db: Database, fromDay: string, toDay: string): Promise<CalendarDay[]> {
  const rows = await db
    .select()
    .from(calendarDays)
    .where(and(gte(calendarDays.day, fromDay), lte(calendarDays.day, toDay)))
    .orderBy(asc(calendarDays.day))
    // one row per day at most; the callers' ranges are shorter than this
    .limit(calendarDaysScanMax + 1)
  return rows.map((row) => ({ ...row, kind: toDayKind(row.kind) }))
}
