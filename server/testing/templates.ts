// Databases built once per test run and copied for each test file: migrating and seeding took most of a file's time.
// Two templates: `migrated` (the migrations and SQL functions, nothing else) and `seeded` (what createTestApp prepares
// by default: reference data, recurring jobs and the small demo corridor of seed 7). On PostgreSQL a template is a
// database that files copy with CREATE DATABASE … TEMPLATE; on PGlite it is a dumped data folder in a file, which each
// file loads into its own in-memory database.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { loadConfig, testDatabaseUrl, type Config } from '../config'
import { buildContext, prepareContext } from '../context'
import { openPglite, openPostgres, type DatabaseHandle } from '../db/client'

export type TemplateName = 'migrated' | 'seeded'

export type TestTemplates =
  | { kind: 'pglite'; files: Record<TemplateName, string> }
  | { kind: 'postgres'; serverUrl: string; databases: Record<TemplateName, string> }

/** The configuration createTestApp uses unless a test asks otherwise; the seeded template is built with it. */
export const testAppEnvironment: Readonly<Record<string, string>> = {
  G60_MODE: 'demo',
  LOG_LEVEL: 'silent',
  G60_SEED_SIZE: 'small',
  G60_SEED: '7',
  // races and loads send hundreds of writes a minute from one address; the limits' own tests turn them on
  G60_RATE_LIMIT_SEARCH_PER_MINUTE: '0',
  G60_RATE_LIMIT_WRITES_PER_MINUTE: '0',
}

/** Settings that change what is seeded: a test that sets one gets a database of its own. */
export const seedSettings = ['G60_MODE', 'G60_SEED_SIZE', 'G60_SEED'] as const

export async function administer(serverUrl: string, statement: string) {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    await client.query(statement)
  } finally {
    await client.end()
  }
}

export function databaseUrlOf(serverUrl: string, name: string): string {
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return url.toString()
}

/** Runs the platform's own preparation on a migrated database, as createTestApp does with its defaults. */
async function prepareSeeded(database: DatabaseHandle, config: Config) {
  const context = buildContext(config, database)
  await prepareContext(context, { seedWhenEmpty: true })
  for (const module of context.moduleList) await module.close?.()
}

async function buildPgliteTemplates(): Promise<TestTemplates> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'g60-test-templates-'))
  const files = { migrated: path.join(folder, 'migrated.tar.gz'), seeded: path.join(folder, 'seeded.tar.gz') }
  const handle = await openPglite({})
  try {
    await handle.migrate()
    fs.writeFileSync(files.migrated, Buffer.from(await (await handle.dump()).arrayBuffer()))
    await prepareSeeded(handle, loadConfig(testAppEnvironment))
    fs.writeFileSync(files.seeded, Buffer.from(await (await handle.dump()).arrayBuffer()))
  } finally {
    await handle.close()
  }
  return { kind: 'pglite', files }
}

async function buildPostgresTemplates(serverUrl: string): Promise<TestTemplates> {
  const run = randomBytes(4).toString('hex')
  const databases = { migrated: `g60_template_${run}_migrated`, seeded: `g60_template_${run}_seeded` }
  await administer(serverUrl, `CREATE DATABASE ${databases.migrated}`)
  const migrated = await openPostgres(databaseUrlOf(serverUrl, databases.migrated), { poolSizeMax: 2 })
  try {
    await migrated.migrate()
  } finally {
    await migrated.close()
  }
  await administer(serverUrl, `CREATE DATABASE ${databases.seeded} TEMPLATE ${databases.migrated}`)
  const seeded = await openPostgres(databaseUrlOf(serverUrl, databases.seeded), { poolSizeMax: 2 })
  try {
    await prepareSeeded(seeded, loadConfig(testAppEnvironment))
  } finally {
    await seeded.close()
  }
  return { kind: 'postgres', serverUrl, databases }
}

export function buildTestTemplates(): Promise<TestTemplates> {
  const serverUrl = testDatabaseUrl()
  return serverUrl === undefined ? buildPgliteTemplates() : buildPostgresTemplates(serverUrl)
}

export async function dropTestTemplates(templates: TestTemplates): Promise<void> {
  if (templates.kind === 'pglite') {
    fs.rmSync(path.dirname(templates.files.migrated), { recursive: true, force: true })
    return
  }
  for (const name of Object.values(templates.databases)) {
    await administer(templates.serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  }
}
