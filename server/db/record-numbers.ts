// Readable record numbers (SQ-2026-000123-K): the database numbers a row as it inserts it, from a sequence and
// platform_record_number() (server/platform/sql), so a number costs no extra round trip and no lock.
import { sql, type SQL } from 'drizzle-orm'
import type { PgSequence } from 'drizzle-orm/pg-core'

const prefixPattern = /^[A-Z]{2,5}$/

/** The value of a row's `number` column: the kind's prefix, the year of `at` in Shanghai and the next serial. */
export function recordNumberSql(prefix: string, serial: PgSequence, at: Date | undefined): SQL {
  if (!prefixPattern.test(prefix)) throw new Error(`bad record number prefix ${prefix}`)
  const sequenceName = serial.seqName
  if (sequenceName === undefined) throw new Error('a record number needs a named sequence')
  const moment = at === undefined ? sql`now()` : sql`${at.toISOString()}::timestamptz`
  return sql`platform_record_number(${prefix}, ${moment}, nextval(${sequenceName}))`
}
