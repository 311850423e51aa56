// The composition root: opens the database, prepares it, and builds every service with its dependencies.
import type { FastifyInstance } from 'fastify'
import type { Config } from './config'
import { openDatabase, type DatabaseHandle } from './db/client'
import { createCalendarService, ensureCalendarData, registerCalendarRoutes } from './platform/calendar'
import { ensureHousekeepingScheduled, housekeepingHandlers } from './platform/housekeeping'
import { createIdentityService, type IdentityService } from './platform/identity'
import { createJobQueue, type JobQueue } from './platform/jobs'
import { createFinanceModule, ensureDefaultParameterSet, type FinanceModule } from './modules/finance'
import {
  createInstrumentsModule,
  ensureNoShowsScheduled,
  type InstrumentsModule,
} from './modules/instruments'
import { createRegistryModule, type RegistryModule } from './modules/registry'
import {
  createVouchersModule,
  ensureLapseScheduled,
  voucherJobHandlers,
  type VouchersModule,
} from './modules/vouchers'
import { ensureRegistryReferenceData } from './seed/reference'
import { isDatabaseEmpty } from './seed/emptiness'
import type { SeedProgress } from './seed/batches'

export interface RoutedModule {
  registerRoutes(app: FastifyInstance): void
}

export interface AppContext {
  config: Config
  database: DatabaseHandle
  identity: IdentityService
  registry: RegistryModule
  vouchers: VouchersModule
  instruments: InstrumentsModule
  finance: FinanceModule
  calendar: ReturnType<typeof createCalendarService>
  /** background work; the serve command starts and stops its worker */
  jobs: JobQueue
  modules: RoutedModule[]
  close(): Promise<void>
}

export interface PrepareOptions {
  /** seed demo data when the database is empty and the platform runs in demo mode */
  seedWhenEmpty: boolean
  onSeedProgress?: SeedProgress
  log?: (message: string) => void
}

/** Migrations, reference data that must always exist, and (in demo mode, on an empty database) demo data. */
export async function prepareDatabase(database: DatabaseHandle, config: Config, options: PrepareOptions) {
  await database.migrate()
  await ensureRegistryReferenceData(database.db)
  await ensureCalendarData(database.db)
  await ensureHousekeepingScheduled(database.db)
  await ensureLapseScheduled(database.db)
  await ensureNoShowsScheduled(database.db)
  await ensureDefaultParameterSet(database.db)
  if (options.seedWhenEmpty && config.mode === 'demo' && (await isDatabaseEmpty(database.db))) {
    // The demo data's generators load only when they will run: a restart does not pay for them.
    const { seedDemoData } = await import('./seed/seed')
    options.log?.(`Empty database: seeding ${config.seedSize} demo data from seed ${config.seedNumber}…`)
    await seedDemoData(database.db, {
      seedNumber: config.seedNumber,
      size: config.seedSize,
      ...(options.onSeedProgress !== undefined ? { onProgress: options.onSeedProgress } : {}),
    })
    return { seeded: true }
  }
  return { seeded: false }
}

export function buildContext(config: Config, database: DatabaseHandle): AppContext {
  const identity = createIdentityService(database.db, {
    sessionDurationHours: config.sessionDurationHours,
    mode: config.mode,
  })
  const registry = createRegistryModule(database.db, {
    publicCacheMs: config.publicCacheMs,
    searchRefreshMs: config.searchRefreshMs,
  })
  const vouchers = createVouchersModule(database.db, { registry: registry.organisations })
  const instruments = createInstrumentsModule(database.db, { registry: registry.organisations })
  const finance = createFinanceModule(database.db, { registry: registry.organisations })
  const calendar = createCalendarService(database.db)
  const jobs = createJobQueue(database.db, {
    handlers: {
      ...housekeepingHandlers,
      ...voucherJobHandlers,
      ...instruments.jobHandlers,
      ...finance.jobHandlers,
    },
  })
  const calendarModule: RoutedModule = { registerRoutes: (app) => registerCalendarRoutes(app, calendar) }
  return {
    config,
    database,
    identity,
    registry,
    vouchers,
    instruments,
    finance,
    calendar,
    jobs,
    modules: [registry, calendarModule, vouchers, instruments, finance],
    close: async () => {
      await jobs.stop()
      await vouchers.orders.settled()
      await instruments.bookings.settled()
      await registry.organisations.firmSearchSettled()
      await database.close()
    },
  }
}

export async function createContext(config: Config, options: PrepareOptions): Promise<AppContext> {
  const database = await openDatabase(config.database)
  try {
    await prepareDatabase(database, config, options)
  } catch (error) {
    await database.close()
    throw error
  }
  return buildContext(config, database)
}
