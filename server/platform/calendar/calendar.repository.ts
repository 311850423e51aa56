import { and, asc, eq, gte, lte } from 'drizzle-orm'
import type { Database } from '../../db/client'
import type { CalendarDay } from './calendar.data'
import { calendarDaysScanMax, dayKinds, type DayKind } from './calendar.days'
import { calendarDays, calendarYears } from './calendar.tables'

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

export async function findYear(db: Database, year: number) {
  const [row] = await db.select().from(calendarYears).where(eq(calendarYears.year, year)).limit(1)
  return row
}

export async function lockYear(db: Database, year: number) {
  const [row] = await db.select().from(calendarYears).where(eq(calendarYears.year, year)).for('update')
  return row
}

export function listYears(db: Database) {
  return db.select().from(calendarYears).orderBy(asc(calendarYears.year)).limit(1000)
}

export async function upsertYear(db: Database, row: typeof calendarYears.$inferInsert): Promise<void> {
  await db
    .insert(calendarYears)
    .values(row)
    .onConflictDoUpdate({
      target: calendarYears.year,
      set: {
        source: row.source,
        isProvisional: row.isProvisional ?? false,
        updatedByUserId: row.updatedByUserId ?? null,
        updatedAt: new Date(),
      },
    })
}

/** A year's exceptions replaced by `days` (all within the year). */
export async function replaceYearDays(
  db: Database,
  year: number,
  days: readonly CalendarDay[],
): Promise<void> {
  await db
    .delete(calendarDays)
    .where(and(gte(calendarDays.day, `${year}-01-01`), lte(calendarDays.day, `${year}-12-31`)))
  if (days.length > 0) await db.insert(calendarDays).values([...days])
}
