// Opens the platform's database: embedded PGlite in a data folder (default) or a PostgreSQL server.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { PGlite } from '@electric-sql/pglite'
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { sql, type SQL } from 'drizzle-orm'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator'
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres'
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator'
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import pg from 'pg'
import type { DatabaseConfig } from '../config'
import { ambientDatabase } from './ambient'
import { acquireDataDirectoryLock, type DataDirectoryLock } from './lock'
import { applyRepeatables, readRepeatableFiles } from './repeatables'
import * as schema from './schema'

export type Schema = typeof schema
/** The database or an open transaction: repositories accept either. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>

export interface DatabaseHandle {
  db: Database
  kind: DatabaseConfig['kind']
  /** the versioned migrations, then the repeatable SQL files whose checksum changed (repeatables.ts) */
  migrate(): Promise<void>
  close(): Promise<void>
}

export const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations')
const postgresPoolSizeMax = 20

/** The rows of a driver's answer: both drivers answer with a `rows` array. */
export function rowsOf<Row>(result: unknown): Row[] {
  if (typeof result !== 'object' || result === null || !('rows' in result) || !Array.isArray(result.rows)) {
    throw new Error('database driver returned no rows array')
  }
  return result.rows as Row[]
}

/** Runs a raw SQL statement and returns its rows. */
export async function queryRows<Row>(db: Database, query: SQL): Promise<Row[]> {
  return rowsOf<Row>(await db.execute(query))
}

export interface PgliteHandle extends DatabaseHandle {
  /** the whole database as a gzipped tarball, which `openPglite({ load })` opens as a copy */
  dump(): Promise<Blob>
}

/** A data folder, or in memory; in memory, optionally a copy of a dumped database. */
export async function openPglite(options: { dataDirectory?: string; load?: Blob }): Promise<PgliteHandle> {
  let lock: DataDirectoryLock | undefined
  if (options.dataDirectory !== undefined) {
    fs.mkdirSync(options.dataDirectory, { recursive: true })
    lock = acquireDataDirectoryLock(options.dataDirectory)
  }
  try {
    const client = await PGlite.create({
      ...(options.dataDirectory !== undefined ? { dataDir: options.dataDirectory } : {}),
      ...(options.load !== undefined ? { loadDataDir: options.load } : {}),
      extensions: { pg_trgm, btree_gist },
    })
    const db: Database = ambientDatabase(drizzlePglite(client, { schema }))
    return {
      db,
      kind: 'pglite',
      migrate: async () => {
        await migratePglite(drizzlePglite(client, { schema }), { migrationsFolder })
        await applyRepeatables(db, readRepeatableFiles())
      },
      dump: () => client.dumpDataDir('gzip'),
      close: async () => {
        await client.close()
        lock?.release()
      },
    }
  } catch (error) {
    lock?.release()
    throw error
  }
}

/** `poolSizeMax` lets tests open several small pools (server processes) on one database within its connection limit. */
export async function openPostgres(
  url: string,
  options: { poolSizeMax?: number } = {},
): Promise<DatabaseHandle> {
  const poolSizeMax = options.poolSizeMax ?? postgresPoolSizeMax
  if (!Number.isInteger(poolSizeMax) || poolSizeMax < 1 || poolSizeMax > postgresPoolSizeMax)
    throw new Error(`a pool holds 1 to ${postgresPoolSizeMax} connections, not ${poolSizeMax}`)
  const pool = new pg.Pool({ connectionString: url, max: poolSizeMax })
  // An idle client the server drops (restart, or a test dropping its database) must not crash the process;
  // the pool replaces it on the next checkout.
  pool.on('error', () => undefined)
  const probe = await pool.connect()
  probe.release()
  const db: Database = ambientDatabase(drizzlePostgres(pool, { schema }))
  return {
    db,
    kind: 'postgres',
    migrate: async () => {
      await migratePostgres(drizzlePostgres(pool, { schema }), { migrationsFolder })
      await applyRepeatables(db, readRepeatableFiles())
    },
    close: () => pool.end(),
  }
}

export function openDatabase(config: DatabaseConfig): Promise<DatabaseHandle> {
  return config.kind === 'pglite'
    ? openPglite({ dataDirectory: config.dataDirectory })
    : openPostgres(config.url)
}

export async function migrationLevel(db: Database): Promise<number> {
  const rows = await queryRows<{ count: number | string }>(
    db,
    sql`SELECT count(*) AS count FROM drizzle.__drizzle_migrations`,
  )
  return Number(rows[0]?.count ?? 0)
}
