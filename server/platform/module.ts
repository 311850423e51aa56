// What a module declares, once, for the composition root (context.ts) and the HTTP application (app.ts) to plug it
// in by looping over one list: its routes, error codes, background jobs, start-up preparation, metrics and close.
import type { FastifyInstance } from 'fastify'
import type { Database } from '../db/client'
import type { ErrorDefinition } from './errors'
import type { JobContext, JobHandlers } from './jobs'

/**
 * A job that runs again and again. Each run works in the job's transaction and queues the next one with it:
 * 'again' at once (a full batch: more work waits), 'later' after `intervalMs`.
 */
export interface RecurringJob {
  kind: string
  intervalMs: number
  /** when the first run is due after a start that finds none queued */
  firstRunDelayMs: number
  run(context: JobContext): Promise<'again' | 'later'>
}

export interface MetricReading {
  labels?: Record<string, string>
  value: number
}

/**
 * A gauge read when /metrics is scraped. Modules may declare the same gauge (same name, help and labels): their
 * readings are merged, as the group commits of orders and bookings are under one name with a `write` label.
 */
export interface ModuleMetric {
  name: string
  help: string
  labelNames?: readonly string[]
  read(): readonly MetricReading[] | Promise<readonly MetricReading[]>
}

/** Days of the working-day calendar that an operator added or corrected, and why. */
export interface CalendarChange {
  days: readonly string[]
  reason: { zh: string; en: string }
}

export interface PlatformModule {
  /** as in server/modules/<name> (server/platform/<name> for the platform's own) */
  readonly name: string
  /** the codes it raises, as defineErrors() registered them (SQL refusals included) */
  readonly errors: Readonly<Record<string, ErrorDefinition>>
  registerRoutes?(app: FastifyInstance): void
  /** handlers of one-off jobs it enqueues */
  readonly jobHandlers?: JobHandlers
  readonly recurringJobs?: readonly RecurringJob[]
  /** start-up work after the migrations, safe to repeat: rows that must always exist */
  prepare?(db: Database): Promise<void>
  readonly metrics?: readonly ModuleMetric[]
  /** lets work in flight finish (group commits, background loads) before the database closes */
  close?(): Promise<void>
  /** in the transaction of a calendar change: what counts working days (due days of clocks) is read again */
  calendarChanged?(transaction: Database, change: CalendarChange): Promise<unknown>
}

/** Checks a module's declaration and keeps its own services visible to the composition root. */
export function defineModule<Module extends PlatformModule>(module: Module): Module {
  return module
}
