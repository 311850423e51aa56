// A fresh database for each test file: a copy of a template the run built once (templates.ts), in-memory PGlite by
// default or a new database on the PostgreSQL server named by TEST_DATABASE_URL, dropped again when the test closes
// it. Without templates (a file run by a runner without the global setup) the database is migrated from scratch.
import fs from 'node:fs'
import { randomBytes } from 'node:crypto'
import { sql, type SQL } from 'drizzle-orm'
import { inject } from 'vitest'
import { testDatabaseUrl } from '../config'
import { openPglite, openPostgres, queryRows, type Database, type DatabaseHandle } from '../db/client'
import { administer, databaseUrlOf, type TemplateName, type TestTemplates } from './templates'

export interface TestDatabase extends DatabaseHandle {
  /** the URL of the fresh PostgreSQL database, for tests that open parallel connections of their own */
  url: string | null
}

function providedTemplates(): TestTemplates | undefined {
  return inject('testTemplates')
}

async function createPgliteDatabase(template: TemplateName, templates: TestTemplates | undefined) {
  if (templates?.kind === 'pglite') {
    const handle = await openPglite({ load: new Blob([fs.readFileSync(templates.files[template])]) })
    return { ...handle, url: null }
  }
  const handle = await openPglite({})
  await handle.migrate()
  return { ...handle, url: null }
}

/**
 * `migrated` (the default): the migrations and SQL functions only. `seeded`: also what createTestApp prepares with
 * its default configuration; a seeded copy still goes through prepareContext, which then finds nothing to do.
 */
export async function createTestDatabase(options: { template?: TemplateName } = {}): Promise<TestDatabase> {
  const template = options.template ?? 'migrated'
  const templates = providedTemplates()
  const serverUrl = testDatabaseUrl()
  if (serverUrl === undefined) return createPgliteDatabase(template, templates)
  const name = `g60_test_${randomBytes(6).toString('hex')}`
  const copied = templates?.kind === 'postgres' ? templates.databases[template] : undefined
  await administer(serverUrl, `CREATE DATABASE ${name}${copied === undefined ? '' : ` TEMPLATE ${copied}`}`)
  const url = databaseUrlOf(serverUrl, name)
  const handle = await openPostgres(url)
  if (copied === undefined) await handle.migrate()
  return {
    ...handle,
    kind: 'postgres',
    url,
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

/** The stored rows of an Idempotency-Key: its state, the answer stored for a retry and the record it points at. */
export function idempotencyKeyRows(db: Database, key: string) {
  return queryRows<{
    state: string
    response_status: number | null
    response_body: string | null
    resource_id: string | null
  }>(
    db,
    sql`SELECT state, response_status, response_body, resource_id FROM idempotency_keys WHERE key = ${key}`,
  )
}
