// A fresh database built by the real migrations for each test file: in-memory PGlite by default, or a new
// database on the PostgreSQL server named by TEST_DATABASE_URL, dropped again when the test closes it.
import { randomBytes } from 'node:crypto'
import type { SQL } from 'drizzle-orm'
import pg from 'pg'
import { testDatabaseUrl } from '../config'
import { openPglite, openPostgres, queryRows, type Database, type DatabaseHandle } from '../db/client'

export interface TestDatabase extends DatabaseHandle {
  /** the URL of the fresh PostgreSQL database, for tests that open parallel connections of their own */
  url: string | null
}

async function administer(serverUrl: string, statement: string) {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    await client.query(statement)
  } finally {
    await client.end()
  }
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = testDatabaseUrl()
  if (serverUrl === undefined) {
    const handle = await openPglite({})
    await handle.migrate()
    return { ...handle, url: null }
  }
  const name = `g60_test_${randomBytes(6).toString('hex')}`
  await administer(serverUrl, `CREATE DATABASE ${name}`)
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  const handle = await openPostgres(url.toString())
  await handle.migrate()
  return {
    ...handle,
    kind: 'postgres',
    url: url.toString(),
    close: async () => {
      await handle.close()
      await administer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    },
  }
}

export function runsOnPostgres(): boolean {
  return testDatabaseUrl() !== undefined
}

/** The `count` column of a query's one row, as a number. */
export async function countOf(db: Database, query: SQL): Promise<number> {
  const rows = await queryRows<{ count: string | number }>(db, query)
  return Number(rows[0]?.count)
}
