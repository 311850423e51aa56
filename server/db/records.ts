// The statements every table of records repeats, written once: read a record by its key, read it locked (FOR UPDATE,
// in a transaction), insert one, change one (stamping updated_at), and list a keyset page in key order.
import { asc, eq, getTableName, type InferInsertModel, type InferSelectModel, type SQL } from 'drizzle-orm'
import type { AnyPgColumn, PgSelect, PgTable } from 'drizzle-orm/pg-core'
import type { Database } from './client'
import { pageWhere } from './search'

/** The first row of an answer, if it has one. */
export async function firstRow<Row>(rows: PromiseLike<Row[]>): Promise<Row | undefined> {
  const [row] = await rows
  return row
}

/**
 * One keyset page of a select: its filters and "after the cursor", in key order, one row more than the page so that
 * the caller can tell whether a next page exists (toPage in platform/http/schemas.ts).
 */
export function keysetPage<Query extends PgSelect>(
  query: Query,
  key: AnyPgColumn,
  page: { after: string | null; limit: number },
  conditions: (SQL | undefined)[],
) {
  return query
    .where(pageWhere(key, page.after, conditions))
    .orderBy(asc(key))
    .limit(page.limit + 1)
}

/**
 * The record statements of one table, keyed by `key` (its `id`, or a reference table's `code`). Each is a function
 * that a repository exports under its own name. Drizzle's types do not follow a table through a generic function, so
 * the rows are given here, once, the table's own select shape: the shape drizzle reads that table's rows in.
 */
export function recordsOf<Table extends PgTable>(table: Table, key: AnyPgColumn) {
  type Row = InferSelectModel<Table>
  type NewRow = InferInsertModel<Table>
  const source: PgTable = table
  const asRow = (row: object | undefined) => row as Row | undefined
  const asRows = (rows: object[]) => rows as Row[]
  const name = getTableName(table)
  const byKey = (keyValue: string) => eq(key, keyValue)

  async function update(db: Database, keyValue: string, changes: Partial<NewRow>): Promise<Row | undefined> {
    const set = { ...changes, updatedAt: new Date() }
    return asRow(await firstRow(db.update(source).set(set).where(byKey(keyValue)).returning()))
  }

  return {
    async find(db: Database, keyValue: string): Promise<Row | undefined> {
      return asRow(await firstRow(db.select().from(source).where(byKey(keyValue)).limit(1)))
    },
    async lock(db: Database, keyValue: string): Promise<Row | undefined> {
      return asRow(await firstRow(db.select().from(source).where(byKey(keyValue)).for('update')))
    },
    async insert(db: Database, row: NewRow): Promise<Row> {
      const inserted = asRow(await firstRow(db.insert(source).values(row).returning()))
      if (inserted === undefined) throw new Error(`${name} insert returned no row`)
      return inserted
    },
    /** The record as changed, or undefined when none has this key. */
    update,
    /** The record as changed: it was read or locked before, so its absence is a bug. */
    async change(db: Database, keyValue: string, changes: Partial<NewRow>): Promise<Row> {
      const changed = await update(db, keyValue, changes)
      if (changed === undefined) throw new Error(`${name} ${keyValue} vanished`)
      return changed
    },
    /** A keyset page of the table's rows that meet the conditions (see keysetPage). */
    async page(db: Database, page: { after: string | null; limit: number }, conditions: (SQL | undefined)[]) {
      return asRows(await keysetPage(db.select().from(source).$dynamic(), key, page, conditions))
    },
  }
}
