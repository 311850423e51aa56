import { boolean, date, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core'
import { oneOf } from '../../db/checks'

/** Exceptions to the Monday–Friday week: public holidays and make-up working days (调休), kept as data. */
export const calendarDays = pgTable(
  'calendar_days',
  {
    day: date('day', { mode: 'string' }).primaryKey(),
    /** 'holiday' (a weekday off) or 'workday' (a weekend day worked) */
    kind: text('kind').notNull(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
  },
  (table) => [oneOf('calendar_days_kind_check', table.kind, ['holiday', 'workday'])],
)

/**
 * The years the calendar holds, each with its source: the built-in file of a year is inserted only while the
 * calendar has no row for it, so a year an operator corrected is never overwritten at the next start.
 */
export const calendarYears = pgTable('calendar_years', {
  year: integer('year').primaryKey(),
  source: text('source').notNull(),
  isProvisional: boolean('is_provisional').notNull().default(false),
  updatedByUserId: text('updated_by_user_id'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
})
