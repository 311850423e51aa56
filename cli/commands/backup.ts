// `g60 backup FILE` and `g60 restore FILE`: the embedded PGlite database through its own dump (a gzipped tarball of the
// data folder), PostgreSQL through pg_dump's custom format and pg_restore. A restore never replaces a database that
// holds anything unless told to (--force).
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { Command } from 'commander'
import pg from 'pg'
import type { DatabaseConfig } from '../../server/config'
import { migrationLevel, openPglite } from '../../server/db/client'
import { acquireDataDirectoryLock, DataDirectoryLockedError } from '../../server/db/lock'
import { fail, loadConfigOrExit } from '../shared'

/** A refusal or a failed tool, told to the operator as one line. */
export class BackupError extends Error {
  override name = 'BackupError'
}

const lockFileName = 'g60.lock'
const gzipMagic = [0x1f, 0x8b]
const pgDumpMagic = 'PGDMP'
/** pg_dump and pg_restore print this much of their error output at most into the refusal. */
const toolErrorCharsMax = 4000

type BackupKind = 'pglite' | 'postgres'

/** Which engine wrote a backup file, from its first bytes: a gzip stream (PGlite) or pg_dump's custom format. */
export function backupKindOf(file: string): BackupKind | undefined {
  const head = Buffer.alloc(5)
  const descriptor = fs.openSync(file, 'r')
  try {
    fs.readSync(descriptor, head, 0, head.length, 0)
  } finally {
    fs.closeSync(descriptor)
  }
  if (head[0] === gzipMagic[0] && head[1] === gzipMagic[1]) return 'pglite'
  if (head.toString('latin1') === pgDumpMagic) return 'postgres'
  return undefined
}

/** Runs pg_dump or pg_restore and refuses with its error output when it fails or is not installed. */
async function runTool(tool: 'pg_dump' | 'pg_restore', args: string[], url: string): Promise<void> {
  // The tools inherit the environment (PGPASSFILE, PGSSLMODE…); a password in DATABASE_URL is on their command line,
  // where other users of the machine can read it: OPERATIONS.md recommends ~/.pgpass instead.
  const child = spawn(tool, [...args, `--dbname=${url}`], { stdio: ['ignore', 'ignore', 'pipe'] })
  let errorOutput = ''
  child.stderr.setEncoding('utf8')
  child.stderr.on('data', (chunk: string) => {
    if (errorOutput.length < toolErrorCharsMax) errorOutput += chunk
  })
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject)
    child.once('close', resolve)
  }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT')
      throw new BackupError(`${tool} is not installed: install the PostgreSQL client of the server's version`)
    throw error
  })
  if (code !== 0)
    throw new BackupError(`${tool} failed (exit ${code}): ${errorOutput.slice(0, toolErrorCharsMax).trim()}`)
}

function holdsPgliteDatabase(dataDirectory: string): boolean {
  return fs.existsSync(path.join(dataDirectory, 'PG_VERSION'))
}

/** Writes the file beside its place and renames it there, so that a failed backup never leaves a file that looks whole. */
async function writeWhole(file: string, write: (partial: string) => Promise<void>): Promise<number> {
  const partial = `${file}.partial`
  fs.rmSync(partial, { force: true })
  try {
    await write(partial)
    fs.renameSync(partial, file)
  } finally {
    fs.rmSync(partial, { force: true })
  }
  return fs.statSync(file).size
}

/** Backs the configured database up into `file` and returns the file's size in bytes. */
export async function backupDatabase(
  database: DatabaseConfig,
  file: string,
  options: { force?: boolean } = {},
): Promise<number> {
  if (fs.existsSync(file) && options.force !== true)
    throw new BackupError(`${file} exists; choose another file or add --force to replace it`)
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  if (database.kind === 'postgres') {
    return writeWhole(file, (partial) =>
      runTool(
        'pg_dump',
        ['--format=custom', '--no-owner', '--no-privileges', `--file=${partial}`],
        database.url,
      ),
    )
  }
  // Opening an absent folder would create an empty database and back that up.
  if (!holdsPgliteDatabase(database.dataDirectory))
    throw new BackupError(`there is no PGlite database in ${database.dataDirectory}`)
  const handle = await openPglite({ dataDirectory: database.dataDirectory })
  try {
    const dump = await handle.dump()
    return await writeWhole(file, async (partial) =>
      fs.promises.writeFile(partial, Buffer.from(await dump.arrayBuffer())),
    )
  } finally {
    await handle.close()
  }
}

/**
 * Loads the dump into a new folder beside the data folder, then swaps the two while this process holds the data
 * folder's lock: a failed load leaves the database as it was, and a running server (which holds the lock) is never
 * overwritten under it.
 */
async function restorePglite(dataDirectory: string, file: string, force: boolean): Promise<number> {
  fs.mkdirSync(dataDirectory, { recursive: true })
  const lock = acquireDataDirectoryLock(dataDirectory)
  const staging = `${dataDirectory}.restoring`
  const replaced = `${dataDirectory}.replaced`
  try {
    const holdsData = fs.readdirSync(dataDirectory).some((entry) => entry !== lockFileName)
    if (holdsData && !force)
      throw new BackupError(`${dataDirectory} already holds a database; add --force to replace it`)
    fs.rmSync(staging, { recursive: true, force: true })
    const handle = await openPglite({ dataDirectory: staging, load: new Blob([fs.readFileSync(file)]) })
    let level: number
    try {
      level = await migrationLevel(handle.db)
    } finally {
      await handle.close()
    }
    // The dump carries the lock file of the process that made it; the restored folder is locked by this one.
    fs.writeFileSync(path.join(staging, lockFileName), String(process.pid))
    fs.rmSync(replaced, { recursive: true, force: true })
    fs.renameSync(dataDirectory, replaced)
    try {
      fs.renameSync(staging, dataDirectory)
    } catch (error) {
      fs.renameSync(replaced, dataDirectory)
      throw error
    }
    fs.rmSync(replaced, { recursive: true, force: true })
    return level
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
    lock.release()
  }
}

/**
 * What makes a database not empty: a table, view or sequence outside PostgreSQL's own schemas, or a schema other than
 * `public` (which pg_restore would fail to create again).
 */
const userObjectsQuery = `SELECT (SELECT count(*)::int FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S') AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%')
  + (SELECT count(*)::int FROM pg_namespace
    WHERE nspname NOT IN ('public', 'information_schema') AND nspname NOT LIKE 'pg\\_%') AS count`
const userSchemasQuery = `SELECT nspname FROM pg_namespace WHERE nspname <> 'information_schema' AND nspname NOT LIKE 'pg\\_%'`

/**
 * Empties the target (its schemas dropped, an empty `public` made again) when forced, so that tables added by later
 * migrations do not survive into the older backup; then pg_restore in one transaction.
 */
async function restorePostgres(url: string, file: string, force: boolean): Promise<number> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const [objects] = (await client.query<{ count: number }>(userObjectsQuery)).rows
    if ((objects?.count ?? 0) > 0) {
      if (!force)
        throw new BackupError('the database of DATABASE_URL is not empty; add --force to replace it')
      const schemas = (await client.query<{ nspname: string }>(userSchemasQuery)).rows
      await client.query('BEGIN')
      for (const { nspname } of schemas)
        await client.query(`DROP SCHEMA ${client.escapeIdentifier(nspname)} CASCADE`)
      await client.query('CREATE SCHEMA public')
      await client.query('COMMIT')
    }
  } finally {
    await client.end()
  }
  await runTool(
    'pg_restore',
    ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', file],
    url,
  )
  const check = new pg.Client({ connectionString: url })
  await check.connect()
  try {
    const rows = await check.query<{ count: number }>(
      'SELECT count(*)::int AS count FROM drizzle.__drizzle_migrations',
    )
    return rows.rows[0]?.count ?? 0
  } finally {
    await check.end()
  }
}

/** Restores `file` into the configured database and returns the migration level it holds. */
export async function restoreDatabase(
  database: DatabaseConfig,
  file: string,
  options: { force?: boolean } = {},
): Promise<number> {
  if (!fs.existsSync(file)) throw new BackupError(`${file} does not exist`)
  const kind = backupKindOf(file)
  if (kind === undefined) throw new BackupError(`${file} is not a backup made by g60 backup`)
  if (kind !== database.kind) {
    throw new BackupError(
      kind === 'pglite'
        ? `${file} is a PGlite backup: restore it without DATABASE_URL (into G60_DATA_DIR)`
        : `${file} is a PostgreSQL backup: restore it with DATABASE_URL set`,
    )
  }
  return database.kind === 'pglite'
    ? restorePglite(database.dataDirectory, file, options.force === true)
    : restorePostgres(database.url, file, options.force === true)
}

function describeTarget(database: DatabaseConfig): string {
  return database.kind === 'pglite' ? `PGlite in ${database.dataDirectory}` : 'PostgreSQL (DATABASE_URL)'
}

async function refusalsAsFailures(work: () => Promise<void>): Promise<void> {
  try {
    await work()
  } catch (error) {
    if (error instanceof BackupError || error instanceof DataDirectoryLockedError) fail(error.message)
    throw error
  }
}

export function registerBackup(program: Command) {
  program
    .command('backup <file>')
    .description(
      'write a backup of the database: PGlite through its dump (stop the server first), PostgreSQL through pg_dump',
    )
    .option('--force', 'replace the file when it exists')
    .action(async (file: string, options: { force?: boolean }) => {
      const { database } = loadConfigOrExit()
      await refusalsAsFailures(async () => {
        const startedMs = performance.now()
        const bytes = await backupDatabase(database, file, options)
        const seconds = ((performance.now() - startedMs) / 1000).toFixed(1)
        process.stdout.write(
          `backed up ${describeTarget(database)} into ${file}: ${bytes} bytes in ${seconds} s\n`,
        )
      })
    })
  program
    .command('restore <file>')
    .description('restore a backup of g60 backup into the database (stop the server first)')
    .option('--force', 'replace a database that is not empty')
    .action(async (file: string, options: { force?: boolean }) => {
      const { database } = loadConfigOrExit()
      await refusalsAsFailures(async () => {
        const level = await restoreDatabase(database, file, options)
        process.stdout.write(
          `restored ${file} into ${describeTarget(database)} (migration level ${level}); the next start migrates it to this version\n`,
        )
      })
    })
}
