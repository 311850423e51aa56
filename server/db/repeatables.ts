// The one home of each SQL function: `server/platform/sql/<function>.sql` and `server/modules/<module>/sql/<function>.sql`
// hold the current definition, one `CREATE OR REPLACE FUNCTION` a file, named after the file. They are applied after
// the versioned migrations as repeatable migrations: a file is run again when its checksum differs from the one
// recorded in `repeatable_sql`, on PGlite and PostgreSQL alike. Old migrations stay as history; a function is changed
// by editing its file, never by a new versioned migration.
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { sql } from 'drizzle-orm'
import { queryRows, type Database } from './client'

export interface RepeatableFile {
  /** the function it defines */
  name: string
  /** relative to server/, e.g. modules/vouchers/sql */
  folder: string
  text: string
  checksum: string
}

const serverFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const functionNamePattern = /^[a-z][a-z0-9_]{0,62}$/
const definitionPattern = /^CREATE OR REPLACE FUNCTION ([a-z][a-z0-9_]*)\s*\(/gm
/** taken while files are applied, so that two processes starting at once apply them one after the other */
const applyLockKey = 60061
const filesMax = 1000

/** The folders that hold SQL functions: the platform's, then each module's, in name order. */
export function repeatableFolders(): string[] {
  const modulesFolder = path.join(serverFolder, 'modules')
  const moduleFolders = fs
    .readdirSync(modulesFolder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(modulesFolder, entry.name, 'sql')))
    .map((entry) => `modules/${entry.name}/sql`)
    .sort()
  return ['platform/sql', ...moduleFolders]
}

/** Reads and checks every repeatable file: one function a file, named as the file, each name once. */
export function readRepeatableFiles(folders: readonly string[] = repeatableFolders()): RepeatableFile[] {
  const files: RepeatableFile[] = []
  const seen = new Map<string, string>()
  for (const folder of folders) {
    const names = fs
      .readdirSync(path.join(serverFolder, folder))
      .filter((file) => file.endsWith('.sql'))
      .sort()
    for (const file of names) {
      const text = fs.readFileSync(path.join(serverFolder, folder, file), 'utf8')
      const repeatable = parseRepeatableFile(folder, file, text)
      const earlier = seen.get(repeatable.name)
      if (earlier !== undefined)
        throw new Error(`${folder}/${file}: ${repeatable.name} is defined in ${earlier} too`)
      seen.set(repeatable.name, `${folder}/${file}`)
      files.push(repeatable)
    }
  }
  if (files.length > filesMax) throw new Error(`more than ${filesMax} repeatable SQL files`)
  return files
}

/** One file's function, checked: the file `<name>.sql` holds exactly one CREATE OR REPLACE FUNCTION <name>(…). */
export function parseRepeatableFile(folder: string, file: string, text: string): RepeatableFile {
  const where = `${folder}/${file}`
  const name = file.endsWith('.sql') ? file.slice(0, -'.sql'.length) : ''
  if (!functionNamePattern.test(name)) throw new Error(`${where}: not a function's file (<name>.sql)`)
  const defined = [...text.matchAll(definitionPattern)].map((match) => match[1])
  if (defined.length !== 1 || defined[0] !== name) {
    const found = defined.join(', ') || 'none'
    throw new Error(`${where} must hold exactly one CREATE OR REPLACE FUNCTION ${name}(…), found: ${found}`)
  }
  return { name, folder, text, checksum: createHash('sha256').update(text).digest('hex') }
}

/**
 * Applies the files whose checksum changed, in one transaction. Function bodies are checked when they run, not when
 * they are created, so that files need no order among themselves.
 */
export async function applyRepeatables(db: Database, files: readonly RepeatableFile[]): Promise<string[]> {
  return db.transaction(async (transaction) => {
    await transaction.execute(sql`SELECT pg_advisory_xact_lock(${applyLockKey})`)
    await transaction.execute(sql`SET LOCAL check_function_bodies = off`)
    const recorded = await queryRows<{ name: string; checksum: string }>(
      transaction,
      sql`SELECT name, checksum FROM repeatable_sql`,
    )
    const checksums = new Map(recorded.map((row) => [row.name, row.checksum]))
    const applied: string[] = []
    for (const file of files) {
      if (checksums.get(file.name) === file.checksum) continue
      await transaction.execute(sql.raw(file.text))
      await transaction.execute(sql`
        INSERT INTO repeatable_sql (name, folder, checksum, applied_at)
        VALUES (${file.name}, ${file.folder}, ${file.checksum}, now())
        ON CONFLICT (name) DO UPDATE SET folder = EXCLUDED.folder, checksum = EXCLUDED.checksum,
          applied_at = EXCLUDED.applied_at`)
      applied.push(file.name)
    }
    return applied
  })
}

export interface FunctionDrift {
  name: string
  problem: 'differs_from_file' | 'no_home_file' | 'missing_in_database'
}

/**
 * Compares the database's functions with their files without changing anything: each file is applied inside a
 * savepoint, PostgreSQL's own rendering of the function before and after is compared, and the savepoint is rolled
 * back. Functions of extensions are not ours and are left out.
 */
export async function findFunctionDrift(
  db: Database,
  files: readonly RepeatableFile[],
): Promise<FunctionDrift[]> {
  const drift: FunctionDrift[] = []
  const definitionsOf = async (database: Database) =>
    new Map(
      (
        await queryRows<{ name: string; definition: string }>(
          database,
          sql`SELECT p.proname AS name, pg_get_functiondef(p.oid) AS definition
                FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
               WHERE n.nspname = 'public'
                 AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')`,
        )
      ).map((row) => [row.name, row.definition]),
    )
  const before = await definitionsOf(db)
  const fileNames = new Set(files.map((file) => file.name))
  for (const name of before.keys()) if (!fileNames.has(name)) drift.push({ name, problem: 'no_home_file' })
  for (const file of files) {
    const current = before.get(file.name)
    if (current === undefined) {
      drift.push({ name: file.name, problem: 'missing_in_database' })
      continue
    }
    const rendered = await db
      .transaction(async (transaction) => {
        await transaction.execute(sql`SET LOCAL check_function_bodies = off`)
        await transaction.execute(sql.raw(file.text))
        const after = (await definitionsOf(transaction)).get(file.name)
        // a thrown value rolls the transaction back: nothing the comparison applied stays
        throw new RenderedDefinition(after ?? '')
      })
      .catch((error: unknown) => {
        if (error instanceof RenderedDefinition) return error.definition
        throw error
      })
    if (rendered !== current) drift.push({ name: file.name, problem: 'differs_from_file' })
  }
  return drift.sort((left, right) => left.name.localeCompare(right.name))
}

class RenderedDefinition extends Error {
  constructor(readonly definition: string) {
    super('rolled back on purpose')
  }
}
