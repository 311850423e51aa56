// Writes the generated demo corridor into an empty database: the registry rows in batches of at most 1000, the demo
// accounts through the identity service, then each module's data (the year of voucher activity with its money moved
// through the ledger, the instruments with their bookings, tech finance and the one-stop cases) and the demo
// accounts' inbox, all in one transaction so a failed seed leaves nothing.
import { sql } from 'drizzle-orm'
import { demoKeySecret } from '../config'
import type { Database } from '../db/client'
import { insertFinanceData, type FinanceSeedSummary } from '../modules/finance/seed'
import {
  insertLicenceData,
  licenceStoryOf,
  type LicenceSeedOptions,
  type LicenceSeedSummary,
} from '../modules/licences/seed'
import { insertInsightsData, type InsightsSeedSummary } from '../modules/insights/seed'
import { insertInstrumentData, type InstrumentSeedSummary } from '../modules/instruments/seed'
import { insertPolicyData, type PolicySeedSummary } from '../modules/policies/seed'
import { insertRegistryData } from '../modules/registry/seed'
import { insertServiceData, licenceGrantsOf, type ServiceSeedSummary } from '../modules/services/seed'
import { insertVoucherData, type VoucherSeedSummary } from '../modules/vouchers/seed'
import { createIdentityService } from '../platform/identity/identity.service'
import type { SeedProgress } from './batches'
import { demoOrganisationsOf, type DemoAccount } from './demo-accounts'
import { generateDemoData, type DemoData, type SeedSize } from './generate'
import { insertInbox, type InboxSeedSummary } from './inbox'

export type { SeedProgress }

export interface SeedOptions {
  seedNumber: number
  size: SeedSize
  onProgress?: SeedProgress
  /** when the year of voucher activity ends; the moment of seeding when absent */
  now?: Date
  /** the origin and key secret the licences are issued under (demo mode's when absent) */
  licences?: LicenceSeedOptions
}

/** What demo mode issues licences under when the caller does not say: the default origin and the demo secret. */
const demoLicenceOptions: LicenceSeedOptions = {
  publicOrigin: 'http://localhost:3000',
  keySecret: demoKeySecret,
}

export type SeedSummary = Record<
  | 'parks'
  | 'alliances'
  | 'allianceMembers'
  | 'firms'
  | 'institutions'
  | 'providers'
  | 'accounts'
  | keyof VoucherSeedSummary
  | keyof InstrumentSeedSummary
  | keyof FinanceSeedSummary
  | keyof ServiceSeedSummary
  | keyof LicenceSeedSummary
  | keyof PolicySeedSummary
  | keyof InsightsSeedSummary
  | keyof InboxSeedSummary,
  number
>

/** Creates the demo accounts through the identity service, so that they get the same checks, password hashing and
 * audit records as any; returns their user ids by username. */
async function insertDemoAccounts(
  db: Database,
  accounts: readonly DemoAccount[],
  onProgress?: SeedProgress,
): Promise<Map<string, string>> {
  const identity = createIdentityService(db, { mode: 'demo', sessionDurationHours: 12 })
  onProgress?.('demo accounts', 0, accounts.length)
  const userIdByUsername = new Map<string, string>()
  for (const [position, account] of accounts.entries()) {
    const user = await identity.createUser(null, account)
    userIdByUsername.set(user.username, user.id)
    onProgress?.('demo accounts', position + 1, accounts.length)
  }
  return userIdByUsername
}

/** Inserts already generated demo data; the cities and industries must exist (ensureRegistryReferenceData). The
 * service catalogue is made sure of before the cases (the services module's prepare makes it at start-up). */
export async function insertDemoData(
  db: Database,
  data: DemoData,
  onProgress?: SeedProgress,
  licenceOptions: LicenceSeedOptions = demoLicenceOptions,
): Promise<SeedSummary> {
  const activity = await db.transaction(async (transaction) => {
    await insertRegistryData(transaction, data, onProgress)
    const userIdByUsername = await insertDemoAccounts(transaction, data.accounts, onProgress)
    const vouchers = await insertVoucherData(transaction, data.vouchers, userIdByUsername, onProgress)
    const instruments = await insertInstrumentData(
      transaction,
      data.instruments,
      userIdByUsername,
      onProgress,
    )
    const finance = await insertFinanceData(transaction, data.finance, userIdByUsername, onProgress)
    const services = await insertServiceData(transaction, data.services, userIdByUsername, onProgress)
    const grants = licenceGrantsOf(data.services)
    const licences = await insertLicenceData(
      transaction,
      grants,
      licenceStoryOf(grants, demoOrganisationsOf(data.accounts)),
      { ...licenceOptions, endsAt: data.services.activityEndsAt },
      onProgress,
    )
    const policies = await insertPolicyData(
      transaction,
      {
        activityEndsAt: data.services.activityEndsAt,
        demoOrganisations: demoOrganisationsOf(data.accounts),
        userIdByUsername,
      },
      onProgress,
    )
    const insights = await insertInsightsData(
      transaction,
      { seedNumber: data.seedNumber, activityEndsAt: data.services.activityEndsAt, userIdByUsername },
      onProgress,
    )
    const inbox = await insertInbox(transaction, data.inbox, userIdByUsername, onProgress)
    return {
      ...vouchers,
      ...instruments,
      ...finance,
      ...services,
      ...licences,
      ...policies,
      ...insights,
      ...inbox,
    }
  })
  // Fresh planner statistics: without them a common search term is planned as if it were rare.
  onProgress?.('planner statistics', 0, 1)
  await db.execute(sql`ANALYZE`)
  onProgress?.('planner statistics', 1, 1)
  return {
    parks: data.parks.length,
    alliances: data.alliances.length,
    allianceMembers: data.allianceMembers.length,
    firms: data.firms.length,
    institutions: data.institutions.length,
    providers: data.providers.length,
    accounts: data.accounts.length,
    ...activity,
  }
}

export async function seedDemoData(db: Database, options: SeedOptions): Promise<SeedSummary> {
  options.onProgress?.('generating', 0, 1)
  const data = generateDemoData({
    seedNumber: options.seedNumber,
    size: options.size,
    activityEndsAt: options.now ?? new Date(),
  })
  options.onProgress?.('generating', 1, 1)
  return insertDemoData(db, data, options.onProgress, options.licences)
}
