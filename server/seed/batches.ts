// Bulk writes of the seeder: rows of one table as one JSON parameter per statement, in bounded batches.
import { getTableColumns, getTableName, sql } from 'drizzle-orm'
import type { PgTable } from 'drizzle-orm/pg-core'
import type { Database } from '../db/client'

export type SeedProgress = (stage: string, done: number, total: number) => void

/** Rows per INSERT: keeps each statement's JSON parameter around half a megabyte. */
export const seedBatchSizeMax = 1000
/** A bound on the batches of one table (the full set needs 29). */
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
      record[columnName] = value
      columnNames.add(columnName)
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

export function insertInBatches<Table extends PgTable>(
  db: Database,
  table: Table,
  rows: readonly Table['$inferInsert'][],
  stage: string,
  onProgress: SeedProgress | undefined,
): Promise<void> {
  return insertRowsInBatches(db, table, rows, stage, onProgress)
}
