// Rows returned by a database function (SELECT * FROM some_function(...)) come in the driver's shape, keyed by
// column name. rowFromDriver maps one to the table's typed row with the same column mappers drizzle's own
// queries use, so a hot path can change and read back a row in one round trip.
import { getTableColumns, type InferSelectModel, type Table } from 'drizzle-orm'

export function rowFromDriver<Target extends Table>(
  table: Target,
  raw: Record<string, unknown>,
): InferSelectModel<Target> {
  const row: Record<string, unknown> = {}
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    if (!(column.name in raw)) throw new Error(`the row has no column ${column.name}`)
    const value = raw[column.name]
    row[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value)
  }
  // Every column of the table was mapped above by its own mapper: the row has the table's select shape.
  return row as InferSelectModel<Target>
}
