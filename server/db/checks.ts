import { sql } from 'drizzle-orm'
import { check, type AnyPgColumn } from 'drizzle-orm/pg-core'

/** A CHECK that a text column holds one of the listed values: the database refuses anything else. */
export function oneOf(name: string, column: AnyPgColumn, values: readonly string[]) {
  for (const value of values) if (!/^[a-z0-9_+]+$/i.test(value)) throw new Error(`unsafe enum value ${value}`)
  return check(name, sql`${column} IN (${sql.raw(values.map((value) => `'${value}'`).join(', '))})`)
}
