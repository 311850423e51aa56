// `g60 backup` and `g60 restore` on both engines: records made before a backup come back after they were changed or
// the database was destroyed, records made after it are gone, and a database that holds anything is replaced only
// with --force. PostgreSQL runs when TEST_DATABASE_URL is set, on scratch databases of its own.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import { sql } from 'drizzle-orm'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { testDatabaseUrl, type DatabaseConfig } from '../../server/config'
import { openPglite, openPostgres, queryRows, type Database } from '../../server/db/client'
import { DataDirectoryLockedError } from '../../server/db/lock'
import { ensureRegistryReferenceData } from '../../server/seed/reference'
import { administer, databaseUrlOf } from '../../server/testing/templates'
import { backupDatabase, BackupError, backupKindOf, restoreDatabase } from './backup'

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'g60-backup-'))
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }))

interface Records {
  hefei: string | undefined
  cities: string[]
}

/** The records the tests follow: Hefei's English name and the city codes. */
async function readRecords(db: Database): Promise<Records> {
  const rows = await queryRows<{ code: string; name_en: string }>(
    db,
    sql`SELECT code, name_en FROM cities ORDER BY code`,
  )
  return { hefei: rows.find((row) => row.code === 'HF')?.name_en, cities: rows.map((row) => row.code) }
}

/** After the backup: one record changed, one added. */
async function changeRecords(db: Database) {
  await db.execute(sql`UPDATE cities SET name_en = 'Changed after the backup' WHERE code = 'HF'`)
  await db.execute(sql`INSERT INTO cities (code, name_zh, name_en, province_zh, province_en, latitude, longitude,
    role_zh, role_en) VALUES ('ZZ', '后来', 'Later', '省', 'Province', 30, 120, '无', 'none')`)
}

/** A data folder with the migrated schema and the reference data: from the run's template when there is one. */
async function createPgliteFolder(dataDirectory: string) {
  const templates = inject('testTemplates')
  const load =
    templates?.kind === 'pglite' ? new Blob([fs.readFileSync(templates.files.migrated)]) : undefined
  const handle = await openPglite({ dataDirectory, ...(load === undefined ? {} : { load }) })
  try {
    if (load === undefined) await handle.migrate()
    await ensureRegistryReferenceData(handle.db)
    return await readRecords(handle.db)
  } finally {
    await handle.close()
  }
}

async function withPglite<T>(dataDirectory: string, work: (db: Database) => Promise<T>): Promise<T> {
  const handle = await openPglite({ dataDirectory })
  try {
    return await work(handle.db)
  } finally {
    await handle.close()
  }
}

describe('g60 backup and restore, PGlite', () => {
  const dataDirectory = path.join(folder, 'data', 'pglite')
  const database: DatabaseConfig = { kind: 'pglite', dataDirectory }
  const file = path.join(folder, 'pglite-backup.tar.gz')

  it('brings back changed and destroyed records, and replaces a database only with --force', async () => {
    const before = await createPgliteFolder(dataDirectory)
    expect(before.hefei).toBe('Hefei')
    expect(before.cities).toHaveLength(9)

    expect(await backupDatabase(database, file)).toBeGreaterThan(0)
    expect(backupKindOf(file)).toBe('pglite')
    await expect(backupDatabase(database, file)).rejects.toThrow(BackupError)
    await withPglite(dataDirectory, changeRecords)

    await expect(restoreDatabase(database, file)).rejects.toThrow(/already holds a database.*--force/)
    expect((await withPglite(dataDirectory, readRecords)).hefei).toBe('Changed after the backup')
    await restoreDatabase(database, file, { force: true })
    expect(await withPglite(dataDirectory, readRecords)).toEqual(before)

    fs.rmSync(path.dirname(dataDirectory), { recursive: true, force: true })
    await restoreDatabase(database, file)
    expect(await withPglite(dataDirectory, readRecords)).toEqual(before)
    expect(fs.existsSync(`${dataDirectory}.restoring`) || fs.existsSync(`${dataDirectory}.replaced`)).toBe(
      false,
    )
  })

  it('refuses while a server holds the data folder, and refuses the other engine’s backups', async () => {
    const handle = await openPglite({ dataDirectory })
    try {
      await expect(restoreDatabase(database, file, { force: true })).rejects.toThrow(DataDirectoryLockedError)
      await expect(backupDatabase(database, path.join(folder, 'other.tar.gz'))).rejects.toThrow(
        DataDirectoryLockedError,
      )
      expect((await readRecords(handle.db)).hefei).toBe('Hefei')
    } finally {
      await handle.close()
    }
    const postgres: DatabaseConfig = { kind: 'postgres', url: 'postgres://nobody@127.0.0.1:1/none' }
    await expect(restoreDatabase(postgres, file)).rejects.toThrow(/PGlite backup/)
    await expect(backupDatabase(database, path.join(folder, 'nothing', 'x.tar.gz'))).resolves.toBeGreaterThan(
      0,
    )
    const empty: DatabaseConfig = { kind: 'pglite', dataDirectory: path.join(folder, 'absent', 'pglite') }
    await expect(backupDatabase(empty, path.join(folder, 'absent.tar.gz'))).rejects.toThrow(
      /no PGlite database/,
    )
  })
})

const serverUrl = testDatabaseUrl()

describe.runIf(serverUrl !== undefined)('g60 backup and restore, PostgreSQL', () => {
  const names = [1, 2].map(() => `g60_backup_${randomBytes(6).toString('hex')}`)
  const file = path.join(folder, 'postgres-backup.dump')
  afterAll(async () => {
    for (const name of names)
      await administer(serverUrl ?? '', `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  })

  async function withPostgres<T>(url: string, work: (db: Database) => Promise<T>): Promise<T> {
    const handle = await openPostgres(url, { poolSizeMax: 2 })
    try {
      return await work(handle.db)
    } finally {
      await handle.close()
    }
  }

  it('brings back changed records, into the same database with --force and into an empty one', async () => {
    const [source, target] = names.map((name) => databaseUrlOf(serverUrl ?? '', name)) as [string, string]
    for (const name of names) await administer(serverUrl ?? '', `CREATE DATABASE ${name}`)
    const handle = await openPostgres(source, { poolSizeMax: 2 })
    const before = await handle
      .migrate()
      .then(() => ensureRegistryReferenceData(handle.db))
      .then(() => readRecords(handle.db))
      .finally(() => handle.close())
    expect(before.cities).toHaveLength(9)
    const database: DatabaseConfig = { kind: 'postgres', url: source }

    expect(await backupDatabase(database, file)).toBeGreaterThan(0)
    expect(backupKindOf(file)).toBe('postgres')
    await withPostgres(source, changeRecords)

    await expect(restoreDatabase(database, file)).rejects.toThrow(/not empty.*--force/)
    expect((await withPostgres(source, readRecords)).hefei).toBe('Changed after the backup')
    await restoreDatabase(database, file, { force: true })
    expect(await withPostgres(source, readRecords)).toEqual(before)

    await restoreDatabase({ kind: 'postgres', url: target }, file)
    expect(await withPostgres(target, readRecords)).toEqual(before)
    await expect(
      restoreDatabase({ kind: 'pglite', dataDirectory: path.join(folder, 'x') }, file),
    ).rejects.toThrow(/PostgreSQL backup/)
  })
})
