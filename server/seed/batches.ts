// Bulk writes of the seeder: rows of one table as one JSON parameter per statement, in bounded batches.
import { getTableColumns, getTableName, sql } from 'drizzle-orm'
import type { PgTable } from 'drizzle-orm/pg-core'
import { queryRows, type Database } from '../db/client'

export type SeedProgress = (stage: string, done: number, total: number) => void

/** Rows per INSERT: keeps each statement's JSON parameter around half a megabyte. */
export const seedBatchSizeMax = 1000
/** A bound on the batches of one table (the full set needs at most 204, for its indicator values). */
const batchesPerTableMax = 500

/**
 * Inserts rows of one shape as a single JSON parameter (json_populate_recordset) instead of one bind
 * parameter per value: building and binding ~700,000 parameters made up half of the full seed's time.
 * Columns left out of the rows keep their defaults.
 */
async function insertAsJson(db: Database, table: PgTable, rows: readonly object[]): Promise<void> {
  const columnNameByKey = new Map(
    Object.entries(getTableColumns(table)).map(([key, column]) => [key, column.name]),
  )
  const columnNames = new Set<string>()
  const records = rows.map((row) => {
    const record: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(row)) {
      const columnName = columnNameByKey.get(key)
      if (columnName === undefined) throw new Error(`${key} is not a column of ${getTableName(table)}`)
      if (value === undefined) continue
      columnNames.add(columnName)
      // A listed column missing from a record is NULL: leaving nulls out makes the JSON (and its parsing) smaller.
      if (value !== null) record[columnName] = value
    }
    return record
  })
  if (records.length === 0) return
  const columns = sql.join(
    [...columnNames].map((columnName) => sql.identifier(columnName)),
    sql`, `,
  )
  await db.execute(
    sql`INSERT INTO ${table} (${columns})
        SELECT ${columns} FROM json_populate_recordset(NULL::${table}, ${JSON.stringify(records)}::json)`,
  )
}

/** `rows` are the table's insert shape, except where a column needs its JSON text form (bytea as \x…). */
export async function insertRowsInBatches(
  db: Database,
  table: PgTable,
  rows: readonly object[],
  stage: string,
  onProgress: SeedProgress | undefined,
  batchSize = seedBatchSizeMax,
): Promise<void> {
  const batchCount = Math.ceil(rows.length / batchSize)
  if (batchCount > batchesPerTableMax) {
    throw new Error(`${stage}: ${rows.length} rows exceed the seeding bound`)
  }
  onProgress?.(stage, 0, rows.length)
  for (let batch = 0; batch < batchCount; batch++) {
    const start = batch * batchSize
    const end = Math.min(start + batchSize, rows.length)
    await insertAsJson(db, table, rows.slice(start, end))
    onProgress?.(stage, end, rows.length)
  }
}

/**
 * Loads large tables with their plain (non-unique) indexes and their foreign keys set aside, and the primary key of
 * a table no foreign key refers to, then restores all of them exactly as the catalog describes them: PostgreSQL
 * builds an index over loaded rows, and checks a foreign key with one join, several times faster than row by row
 * (a trigram index costs most). Unique and exclusion constraints and referenced primary keys stay in place, so rows
 * are checked against them as they go in; the restored keys check every row once more. Only for the seeder's own
 * transaction on an empty database: DDL in a transaction rolls back with it.
 */
export async function withIndexesDeferred<Result>(
  db: Database,
  tables: readonly PgTable[],
  load: () => Promise<Result>,
): Promise<Result> {
  const restoreKeys: string[] = []
  const restoreIndexes: string[] = []
  const restoreReferences: string[] = []
  for (const table of tables) {
    const name = getTableName(table)
    const alter = (constraint: { name: string; definition: string }) =>
      `ALTER TABLE ${JSON.stringify(name)} ADD CONSTRAINT ${JSON.stringify(constraint.name)} ${constraint.definition}`
    const constraints = await queryRows<{ name: string; definition: string; kind: string }>(
      db,
      sql`SELECT conname AS name, pg_get_constraintdef(oid) AS definition, contype AS kind FROM pg_constraint
           WHERE conrelid = ${name}::regclass
             AND (contype = 'f' OR (contype = 'p' AND NOT EXISTS (
                   SELECT 1 FROM pg_constraint r WHERE r.confrelid = ${name}::regclass AND r.contype = 'f')))
           ORDER BY conname`,
    )
    const indexes = await queryRows<{ name: string; definition: string }>(
      db,
      sql`SELECT c.relname AS name, pg_get_indexdef(x.indexrelid) AS definition
            FROM pg_index x JOIN pg_class c ON c.oid = x.indexrelid
           WHERE x.indrelid = ${name}::regclass AND NOT x.indisunique
             AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid)
           ORDER BY c.relname`,
    )
    for (const constraint of constraints) {
      await db.execute(sql`ALTER TABLE ${table} DROP CONSTRAINT ${sql.identifier(constraint.name)}`)
      const restore = constraint.kind === 'p' ? restoreKeys : restoreReferences
      restore.push(alter(constraint))
    }
    for (const index of indexes) {
      await db.execute(sql`DROP INDEX ${sql.identifier(index.name)}`)
      restoreIndexes.push(index.definition)
    }
  }
  const result = await load()
  for (const statement of [...restoreKeys, ...restoreIndexes, ...restoreReferences]) {
    await db.execute(sql.raw(statement))
  }
  return result
}

export function insertInBatches<Table extends PgTable>(
  db: Database,
  table: Table,
  rows: readonly Table['$inferInsert'][],
  stage: string,
  onProgress: SeedProgress | undefined,
): Promise<void> {
  return insertRowsInBatches(db, table, rows, stage, onProgress)
}
