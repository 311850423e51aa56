import { date, pgTable, text } from 'drizzle-orm/pg-core'
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
