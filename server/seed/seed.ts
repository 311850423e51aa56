// Writes the generated demo corridor into an empty database: registry rows in batches of at most 1000, then
// the demo accounts through the identity service, all in one transaction so a failed seed leaves nothing.
import type { Database } from '../db/client'
import { allianceMembers, alliances, firms, institutions, parks, providers } from '../modules/registry/registry.tables'
import { createIdentityService } from '../platform/identity/identity.service'
import { users } from '../platform/identity/identity.tables'
import { generateDemoData, type DemoData, type SeedSize } from './generate'

export type SeedProgress = (stage: string, done: number, total: number) => void

export interface SeedOptions {
  seedNumber: number
  size: SeedSize
  onProgress?: SeedProgress
}

export type SeedSummary = Record<'parks' | 'alliances' | 'allianceMembers' | 'firms' | 'institutions' | 'providers' | 'accounts', number>

/** Rows per INSERT: well under PostgreSQL's 65,535 bind parameters for the widest table (firms, 24 columns). */
export const seedBatchSizeMax = 1000
/** A bound on the batches of one table (the full set needs 29). */
const batchesPerTableMax = 500

async function insertInBatches<Row>(
  rows: readonly Row[],
  stage: string,
  onProgress: SeedProgress | undefined,
  insert: (batch: Row[]) => Promise<unknown>,
): Promise<void> {
  const batchCount = Math.ceil(rows.length / seedBatchSizeMax)
  if (batchCount > batchesPerTableMax) throw new Error(`${stage}: ${rows.length} rows exceed the seeding bound`)
  onProgress?.(stage, 0, rows.length)
  for (let batch = 0; batch < batchCount; batch++) {
    const start = batch * seedBatchSizeMax
    const end = Math.min(start + seedBatchSizeMax, rows.length)
    await insert(rows.slice(start, end))
    onProgress?.(stage, end, rows.length)
  }
}

/** Inserts already generated demo data; the cities and industries must exist (ensureRegistryReferenceData). */
export async function insertDemoData(db: Database, data: DemoData, onProgress?: SeedProgress): Promise<SeedSummary> {
  await db.transaction(async (transaction) => {
    await insertInBatches(data.parks, 'parks', onProgress, (batch) => transaction.insert(parks).values(batch))
    await insertInBatches(data.alliances, 'alliances', onProgress, (batch) => transaction.insert(alliances).values(batch))
    await insertInBatches(data.firms, 'firms', onProgress, (batch) => transaction.insert(firms).values(batch))
    await insertInBatches(data.allianceMembers, 'alliance members', onProgress, (batch) =>
      transaction.insert(allianceMembers).values(batch),
    )
    await insertInBatches(data.institutions, 'institutions', onProgress, (batch) =>
      transaction.insert(institutions).values(batch),
    )
    await insertInBatches(data.providers, 'providers', onProgress, (batch) => transaction.insert(providers).values(batch))
    // Through the identity service, so demo users get the same checks, password hashing and audit records as any.
    const identity = createIdentityService(transaction, { mode: 'demo', sessionDurationHours: 12 })
    onProgress?.('demo accounts', 0, data.accounts.length)
    for (const [position, account] of data.accounts.entries()) {
      await identity.createUser(null, account)
      onProgress?.('demo accounts', position + 1, data.accounts.length)
    }
  })
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
