// Writes the generated demo corridor into an empty database: registry rows in batches of at most 1000, then
// the demo accounts through the identity service, all in one transaction so a failed seed leaves nothing.
import { getTableColumns, getTableName, sql } from 'drizzle-orm'
import type { PgTable } from 'drizzle-orm/pg-core'
import type { Database } from '../db/client'
import {
  allianceMembers,
  alliances,
  firms,
  institutions,
  parks,
  providers,
} from '../modules/registry/registry.tables'
import { createIdentityService } from '../platform/identity/identity.service'
import { users } from '../platform/identity/identity.tables'
import { generateDemoData, type DemoData, type SeedSize } from './generate'

export type SeedProgress = (stage: string, done: number, total: number) => void

export interface SeedOptions {
  seedNumber: number
  size: SeedSize
  onProgress?: SeedProgress
}

export type SeedSummary = Record<
  'parks' | 'alliances' | 'allianceMembers' | 'firms' | 'institutions' | 'providers' | 'accounts',
  number
>

/** Rows per INSERT: keeps each statement's JSON parameter around half a megabyte. */
export const seedBatchSizeMax = 1000
/** A bound on the batches of one table (the full set needs 29). */
const batchesPerTableMax = 500

/**
 * Inserts rows of one shape as a single JSON parameter (json_populate_recordset) instead of one bind
 * parameter per value: building and binding ~700,000 parameters made up half of the full seed's time.
 * Columns left out of the rows keep their defaults.
 */
async function insertAsJson(db: Database, table: PgTable, rows: readonly object[]): Promise<void> {
  const columnNameByKey = new Map(
    Object.entries(getTableColumns(table)).map(([key, column]) => [key, column.name]),
  )
  const columnNames = new Set<string>()
  const records = rows.map((row) => {
    const record: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(row)) {
      const columnName = columnNameByKey.get(key)
      if (columnName === undefined) throw new Error(`${key} is not a column of ${getTableName(table)}`)
      if (value === undefined) continue
      record[columnName] = value
      columnNames.add(columnName)
    }
    return record
  })
  if (records.length === 0) return
  const columns = sql.join(
    [...columnNames].map((columnName) => sql.identifier(columnName)),
    sql`, `,
  )
  await db.execute(
    sql`INSERT INTO ${table} (${columns})
        SELECT ${columns} FROM json_populate_recordset(NULL::${table}, ${JSON.stringify(records)}::json)`,
  )
}

async function insertInBatches<Table extends PgTable>(
  db: Database,
  table: Table,
  rows: readonly Table['$inferInsert'][],
  stage: string,
  onProgress: SeedProgress | undefined,
): Promise<void> {
  const batchCount = Math.ceil(rows.length / seedBatchSizeMax)
  if (batchCount > batchesPerTableMax) {
    throw new Error(`${stage}: ${rows.length} rows exceed the seeding bound`)
  }
  onProgress?.(stage, 0, rows.length)
  for (let batch = 0; batch < batchCount; batch++) {
    const start = batch * seedBatchSizeMax
    const end = Math.min(start + seedBatchSizeMax, rows.length)
    await insertAsJson(db, table, rows.slice(start, end))
    onProgress?.(stage, end, rows.length)
  }
}

/** Inserts already generated demo data; the cities and industries must exist (ensureRegistryReferenceData). */
export async function insertDemoData(
  db: Database,
  data: DemoData,
  onProgress?: SeedProgress,
): Promise<SeedSummary> {
  await db.transaction(async (transaction) => {
    await insertInBatches(transaction, parks, data.parks, 'parks', onProgress)
    await insertInBatches(transaction, alliances, data.alliances, 'alliances', onProgress)
    await insertInBatches(transaction, firms, data.firms, 'firms', onProgress)
    await insertInBatches(transaction, allianceMembers, data.allianceMembers, 'alliance members', onProgress)
    await insertInBatches(transaction, institutions, data.institutions, 'institutions', onProgress)
    await insertInBatches(transaction, providers, data.providers, 'providers', onProgress)
    // Through the identity service, so demo users get the same checks, password hashing and audit records as any.
    const identity = createIdentityService(transaction, { mode: 'demo', sessionDurationHours: 12 })
    onProgress?.('demo accounts', 0, data.accounts.length)
    for (const [position, account] of data.accounts.entries()) {
      await identity.createUser(null, account)
      onProgress?.('demo accounts', position + 1, data.accounts.length)
    }
  })
  // Fresh planner statistics: without them a common search term is planned as if it were rare.
  await db.execute(sql`ANALYZE`)
  return {
    parks: data.parks.length,
    alliances: data.alliances.length,
    allianceMembers: data.allianceMembers.length,
    firms: data.firms.length,
    institutions: data.institutions.length,
    providers: data.providers.length,
    accounts: data.accounts.length,
  }
}

export async function seedDemoData(db: Database, options: SeedOptions): Promise<SeedSummary> {
  options.onProgress?.('generating', 0, 1)
  const data = generateDemoData({ seedNumber: options.seedNumber, size: options.size })
  options.onProgress?.('generating', 1, 1)
  return insertDemoData(db, data, options.onProgress)
}

/** True when there is neither a firm nor a user: the only state the seeder writes into. */
export async function isDatabaseEmpty(db: Database): Promise<boolean> {
  const [firm] = await db.select({ id: firms.id }).from(firms).limit(1)
  if (firm !== undefined) return false
  const [user] = await db.select({ id: users.id }).from(users).limit(1)
  return user === undefined
}
