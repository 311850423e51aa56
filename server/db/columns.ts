// Columns the tables of every module share: a reference that must be set, money in fen, instants, and the stamps a
// record carries.
import { sql } from 'drizzle-orm'
import { bigint, boolean, customType, text, timestamp, type AnyPgColumn } from 'drizzle-orm/pg-core'

/** A reference that must be set: text NOT NULL REFERENCES the target column. */
export const reference = (name: string, target: () => AnyPgColumn) => text(name).notNull().references(target)

/** Money: a whole number of fen in a bigint, read as a JavaScript number. */
export const money = (name: string) => bigint(name, { mode: 'number' })

/** A point in time (timestamptz): stored in UTC, shown in Asia/Shanghai. */
export const instant = (name: string) => timestamp(name, { withTimezone: true })

/**
 * The moment a default stamps: now() to the millisecond, the precision of a JavaScript Date. A list's cursor carries
 * its last row's instant as a Date, so a stamp with microseconds would sort after its own cursor and come again.
 */
const nowToTheMillisecond = sql`date_trunc('milliseconds', now())`

/** When a row was made and last changed. */
export const stamps = {
  createdAt: instant('created_at').notNull().default(nowToTheMillisecond),
  updatedAt: instant('updated_at').notNull().default(nowToTheMillisecond),
}

/** What a record of the domain carries: whether it is generated demo data (shown as such), and its stamps. */
export const recordStamps = {
  isSynthetic: boolean('is_synthetic').notNull().default(false),
  ...stamps,
}

/** Bytes (bytea): stored files, status list bits. */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' })
