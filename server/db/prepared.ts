// Statements of the hot paths, built once. The SQL is compiled when its module loads, with named placeholders
// for its parameters; each call fills them in. On node-postgres the statement goes out under its name: each
// connection parses and plans it the first time it sees the name and afterwards only binds and executes it (the
// pg client remembers, per connection, which names it has prepared). PGlite runs the same text unnamed.
import { sql, type Placeholder, type Query, type SQL } from 'drizzle-orm'
import { PgDialect } from 'drizzle-orm/pg-core'
import { rowsOf, type Database } from './client'

const dialect = new PgDialect()
/** A name stands for one text on every connection: two statements under one name would be a programmer error. */
const statementNames = new Set<string>()
const statementNamePattern = /^[a-z][a-z0-9_]{0,62}$/

export interface PreparedStatement<Parameters extends object> {
  readonly name: string
  readonly text: string
  /**
   * Runs the statement on the database or on an open transaction and returns its rows, in the driver's shape
   * (column names as keys): Row is what the caller knows the statement answers, as with queryRows.
   */
  rows<Row>(db: Database, values: Parameters): Promise<Row[]>
}

/**
 * Defines a named statement. `build` writes its SQL with `parameter('name')` where a value goes, and is called once.
 * The name must be unique in the process and at most 63 characters (PostgreSQL's limit for names).
 */
export function preparedStatement<Parameters extends object>(
  name: string,
  build: (parameter: (key: keyof Parameters & string) => Placeholder) => SQL,
): PreparedStatement<Parameters> {
  if (!statementNamePattern.test(name)) throw new Error(`prepared statement name ${name} is not valid`)
  if (statementNames.has(name)) throw new Error(`prepared statement ${name} is defined twice`)
  statementNames.add(name)
  const keys = new Set<keyof Parameters & string>()
  const query: Query = dialect.sqlToQuery(
    build((key) => {
      keys.add(key)
      return sql.placeholder(key)
    }),
  )
  return {
    name,
    text: query.sql,
    async rows<Row>(db: Database, values: Parameters): Promise<Row[]> {
      const filled: Record<string, unknown> = {}
      for (const key of keys) filled[key] = values[key]
      // The session is the database's or the transaction's own, so the statement runs on the transaction's
      // connection; without fields to map, both drivers answer with their raw result, rows keyed by column name.
      const prepared = db._.session.prepareQuery(query, undefined, name, false)
      return rowsOf<Row>(await prepared.execute(filled))
    },
  }
}
