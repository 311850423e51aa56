// Sorted keyset pages and bounded counts, the SQL half of the list contract (server/platform/http/list.ts): a page
// in the order of one column with the id as tie-breaker, continued after a (value, id) pair by a row comparison that
// an index on (column, id) answers directly, and a count that stops at a bound so a large table never costs a scan.
import { and, asc, desc, sql, type SQL } from 'drizzle-orm'
import type { AnyPgColumn, PgSelect, PgTable } from 'drizzle-orm/pg-core'
import { queryRows, type Database } from './client'

export interface SortedKeyset {
  /** the column of the sort key; the id breaks its ties, in the same direction */
  column: AnyPgColumn
  id: AnyPgColumn
  descending: boolean
  after: { value: string | number | Date; id: string } | null
  limit: number
}

/** "After the cursor" in the page's order: (column, id) beyond the last row's pair. */
export function afterCondition(keyset: SortedKeyset): SQL | undefined {
  if (keyset.after === null) return undefined
  const beyond = keyset.descending ? sql.raw('<') : sql.raw('>')
  return sql`(${keyset.column}, ${keyset.id}) ${beyond} (${sql.param(keyset.after.value, keyset.column)}, ${sql.param(keyset.after.id, keyset.id)})`
}

/** One sorted keyset page of a select, one row more than the page so that the caller can tell a next page exists. */
export function sortedPage<Query extends PgSelect>(
  query: Query,
  keyset: SortedKeyset,
  conditions: (SQL | undefined)[],
) {
  const direction = keyset.descending ? desc : asc
  return query
    .where(and(...conditions, afterCondition(keyset)))
    .orderBy(direction(keyset.column), direction(keyset.id))
    .limit(keyset.limit + 1)
}

/** How many rows of a table meet the conditions, counted up to `countMax` (the list's "more than N"). */
export async function boundedCount(
  db: Database,
  table: PgTable,
  conditions: (SQL | undefined)[],
  countMax: number,
): Promise<number> {
  const where = and(...conditions) ?? sql`TRUE`
  const rows = await queryRows<{ count: string | number }>(
    db,
    sql`SELECT count(*) AS count FROM (SELECT 1 FROM ${table} WHERE ${where} LIMIT ${countMax}) AS bounded`,
  )
  return Number(rows[0]?.count ?? 0)
}

/** The page a list asks for (server/platform/http/list.ts): its order, where it starts, its size, the count's bound. */
export interface SortedListPage<Key extends string> {
  order: { key: Key; descending: boolean }
  after: SortedKeyset['after']
  limit: number
  countMax: number
}

/** What a list reads: its select, the table it counts, the column of each sort key and the tie-breaking id. */
export interface SortedListSource<Query extends PgSelect, Key extends string> {
  select: Query
  table: PgTable
  sortColumns: Record<Key, AnyPgColumn>
  id: AnyPgColumn
}

/** The two reads of every counted list, side by side: one sorted keyset page and how many rows match. */
export async function sortedList<Query extends PgSelect, Key extends string>(
  db: Database,
  source: SortedListSource<Query, Key>,
  page: SortedListPage<Key>,
  conditions: (SQL | undefined)[],
): Promise<{ rows: Awaited<Query>; total: number }> {
  const keyset = {
    column: source.sortColumns[page.order.key],
    id: source.id,
    descending: page.order.descending,
    after: page.after,
    limit: page.limit,
  }
  const [rows, total] = await Promise.all([
    sortedPage(source.select, keyset, conditions),
    boundedCount(db, source.table, conditions, page.countMax),
  ])
  return { rows, total }
}

/** A number search: the exact number or its beginning, upper-cased as numbers are stored (SZ-2026-000123-K). */
export function numberStartsWith(column: AnyPgColumn | SQL, q: string | undefined): SQL | undefined {
  const prefix = q?.trim().toUpperCase()
  if (prefix === undefined || prefix === '') return undefined
  const escaped = prefix.replace(/[\\%_]/g, (character) => `\\${character}`)
  // text_pattern_ops indexes answer LIKE 'prefix%' in any collation
  return sql`${column} LIKE ${`${escaped}%`}`
}
