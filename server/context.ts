// The composition root: builds every module with its dependencies from one list, prepares the database for them, and
// closes them. Nothing else names a module: the HTTP application and the job queue loop over the same list.
import type { Config } from './config'
import { openDatabase, type DatabaseHandle } from './db/client'
import { createAuditCheckpointer, type AuditCheckpointer } from './platform/audit'
import { createCalendarModule } from './platform/calendar'
import { assert } from './platform/errors'
import { createHousekeepingModule } from './platform/housekeeping'
import { createIdentityModule } from './platform/identity'
import {
  createJobQueue,
  recurringJobHandlers,
  scheduleRecurringJobs,
  type JobHandlers,
  type JobQueue,
} from './platform/jobs'
import type { CalendarChange, PlatformModule } from './platform/module'
import { createNotificationsModule, logChannel } from './platform/notifications'
import { createFinanceModule } from './modules/finance'
import { createInsightsModule } from './modules/insights'
import { createInstrumentsModule } from './modules/instruments'
import { createLicencesModule } from './modules/licences'
import { createPoliciesModule } from './modules/policies'
import { createRegistryModule } from './modules/registry'
import { createServicesModule } from './modules/services'
import { createVouchersModule } from './modules/vouchers'
import { createWorkbenchModule } from './modules/workbench'
import type { Database } from './db/client'
import { isDatabaseEmpty } from './seed/emptiness'
import type { SeedProgress } from './seed/batches'

/** Where demo mode's outbound channel writes (no e-mail, SMS or WeChat is sent): stdout, unless logs are quiet. */
function outboundLog(config: Config): (line: string) => void {
  return ['info', 'debug', 'trace'].includes(config.logLevel)
    ? (line) => process.stdout.write(`${line}\n`)
    : () => undefined
}

/** The one list: each module is built from the ones before it. */
function createModules(config: Config, database: DatabaseHandle) {
  const { db } = database
  const identity = createIdentityModule(db, {
    sessionDurationHours: config.sessionDurationHours,
    mode: config.mode,
    signInLimits: config.signInLimits,
  })
  const notifications = createNotificationsModule(db, [logChannel(outboundLog(config))])
  const registry = createRegistryModule(db, {
    publicCacheMs: config.publicCacheMs,
    searchRefreshMs: config.searchRefreshMs,
  })
  // A calendar change reaches every module built after it, in the change's transaction.
  const calendarChanged = async (transaction: Database, change: CalendarChange) => {
    for (const module of Object.values(modules) as PlatformModule[])
      await module.calendarChanged?.(transaction, change)
  }
  const calendar = createCalendarModule(db, calendarChanged)
  const housekeeping = createHousekeepingModule()
  const vouchers = createVouchersModule(db, { registry: registry.organisations })
  const instruments = createInstrumentsModule(db, { registry: registry.organisations })
  const finance = createFinanceModule(db, { registry: registry.organisations })
  const licences = createLicencesModule(db, {
    publicOrigin: config.publicOrigin,
    keySecret: config.keySecret,
    statusListTtlMs: config.statusListTtlMs,
  })
  const services = createServicesModule(
    db,
    { registry: registry.organisations, identity: identity.service, licences: licences.licences },
    { publicCacheMs: config.publicCacheMs },
  )
  const policies = createPoliciesModule(db, { registry: registry.organisations })
  const insights = createInsightsModule(
    db,
    { registry: registry.organisations },
    { publicCacheMs: config.publicCacheMs },
  )
  const workbench = createWorkbenchModule(db, {
    cases: services.cases,
    financeCases: finance.cases,
  })
  const modules = {
    identity,
    notifications,
    registry,
    calendar,
    housekeeping,
    vouchers,
    instruments,
    finance,
    licences,
    services,
    policies,
    insights,
    workbench,
  }
  return modules
}

export type Modules = ReturnType<typeof createModules>

export interface AppContext {
  config: Config
  database: DatabaseHandle
  modules: Modules
  /** the same modules as a list, in the order they were built */
  moduleList: readonly PlatformModule[]
  identity: Modules['identity']['service']
  /** background work; the serve command starts and stops its worker */
  jobs: JobQueue
  /** signed checkpoints of the audit chain; the serve command starts them, close() signs the head a last time */
  auditCheckpoints: AuditCheckpointer
  close(): Promise<void>
}

export interface PrepareOptions {
  /** seed demo data when the database is empty and the platform runs in demo mode */
  seedWhenEmpty: boolean
  onSeedProgress?: SeedProgress
  log?: (message: string) => void
}

function jobHandlersOf(moduleList: readonly PlatformModule[]): JobHandlers {
  const handlers: Record<string, JobHandlers[string]> = {}
  for (const module of moduleList) {
    const own = { ...module.jobHandlers, ...recurringJobHandlers(module.recurringJobs ?? []) }
    for (const [kind, handler] of Object.entries(own)) {
      assert(handlers[kind] === undefined, `job kind ${kind} is handled by two modules`)
      handlers[kind] = handler
    }
  }
  return handlers
}

export function buildContext(config: Config, database: DatabaseHandle): AppContext {
  const modules = createModules(config, database)
  const moduleList: PlatformModule[] = Object.values(modules)
  const jobs = createJobQueue(database.db, { handlers: jobHandlersOf(moduleList) })
  const auditCheckpoints = createAuditCheckpointer(database.db, config.audit)
  return {
    config,
    database,
    modules,
    moduleList,
    identity: modules.identity.service,
    jobs,
    auditCheckpoints,
    close: async () => {
      await jobs.stop()
      for (const module of moduleList) await module.close?.()
      await auditCheckpoints.stop()
      await database.close()
    },
  }
}

/**
 * Migrations, each module's start-up preparation and recurring jobs, and (in demo mode, on an empty database) demo
 * data.
 */
export async function prepareContext(context: AppContext, options: PrepareOptions) {
  const { config, database, moduleList } = context
  await database.migrate()
  for (const module of moduleList) await module.prepare?.(database.db)
  for (const module of moduleList) await scheduleRecurringJobs(database.db, module.recurringJobs ?? [])
  if (options.seedWhenEmpty && config.mode === 'demo' && (await isDatabaseEmpty(database.db))) {
    // The demo data's generators load only when they will run: a restart does not pay for them.
    const { seedDemoData } = await import('./seed/seed')
    options.log?.(`Empty database: seeding ${config.seedSize} demo data from seed ${config.seedNumber}…`)
    await seedDemoData(database.db, {
      seedNumber: config.seedNumber,
      size: config.seedSize,
      licences: { publicOrigin: config.publicOrigin, keySecret: config.keySecret },
      ...(options.onSeedProgress !== undefined ? { onProgress: options.onSeedProgress } : {}),
    })
    return { seeded: true }
  }
  return { seeded: false }
}

/** Opens the configured database, builds the context on it and prepares it; closes the database on failure. */
export async function createContext(config: Config, options: PrepareOptions): Promise<AppContext> {
  const database = await openDatabase(config.database)
  const context = buildContext(config, database)
  try {
    await prepareContext(context, options)
  } catch (error) {
    await context.close()
    throw error
  }
  return context
}
