// Hourly housekeeping through the job queue: expired sessions, old login failures, idempotency keys past their
// retry window and finished jobs are removed, so these tables stay bounded.
import type { Database } from '../../db/client'
import { enqueue, ensureScheduled, type JobHandlers } from '../jobs'
import { purgeExpired } from './housekeeping.repository'

export const housekeepingJobKind = 'platform.housekeeping'
const intervalMs = 60 * 60 * 1000
const limits = { idempotencyKeyHours: 24, loginFailureHours: 24, finishedJobDays: 7 }

/** Schedules the first run when none is queued; each run schedules the next in its own transaction. */
export async function ensureHousekeepingScheduled(db: Database): Promise<void> {
  await ensureScheduled(db, housekeepingJobKind, new Date(Date.now() + 60_000))
}

export const housekeepingHandlers: JobHandlers = {
  [housekeepingJobKind]: async (_payload, { db }) => {
    await purgeExpired(db, limits)
    await enqueue(db, housekeepingJobKind, {}, { runAt: new Date(Date.now() + intervalMs) })
  },
}

export { purgeExpired }
