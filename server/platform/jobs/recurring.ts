// Recurring jobs as modules declare them (platform/module.ts): each run queues the next in its own transaction, and a
// start that finds none queued schedules the first.
import type { Database } from '../../db/client'
import { assert } from '../errors'
import type { RecurringJob } from '../module'
import { enqueue, ensureScheduled, type JobHandlers } from './jobs.service'

/** The handler of each recurring job: one run, then the next queued at once ('again') or after its interval. */
export function recurringJobHandlers(jobs: readonly RecurringJob[]): JobHandlers {
  const handlers: Record<string, JobHandlers[string]> = {}
  for (const job of jobs) {
    assert(handlers[job.kind] === undefined, `recurring job ${job.kind} is declared twice`)
    assert(Number.isInteger(job.intervalMs) && job.intervalMs > 0, `${job.kind} needs a positive interval`)
    handlers[job.kind] = async (_payload, context) => {
      const next = await job.run(context)
      const runAt = new Date(Date.now() + (next === 'again' ? 0 : job.intervalMs))
      await enqueue(context.db, job.kind, {}, { runAt })
    }
  }
  return handlers
}

/** Queues the first run of each recurring job that has none pending; safe at every start. */
export async function scheduleRecurringJobs(db: Database, jobs: readonly RecurringJob[]): Promise<void> {
  for (const job of jobs) await ensureScheduled(db, job.kind, new Date(Date.now() + job.firstRunDelayMs))
}
