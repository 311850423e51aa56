// Hourly housekeeping through the job queue: expired sessions, sign-in limits a day past their end, idempotency keys past their
// retry window and finished jobs are removed, so these tables stay bounded.
import type { PlatformModule, RecurringJob } from '../module'
import { purgeExpired } from './housekeeping.repository'

const limits = { idempotencyKeyHours: 24, signInLimitHours: 24, finishedJobDays: 7 }

export const housekeepingJob: RecurringJob = {
  kind: 'platform.housekeeping',
  intervalMs: 60 * 60 * 1000,
  firstRunDelayMs: 60_000,
  run: async ({ db }) => {
    await purgeExpired(db, limits)
    return 'later'
  },
}

export function createHousekeepingModule(): PlatformModule {
  return { name: 'housekeeping', errors: {}, recurringJobs: [housekeepingJob] }
}

export { purgeExpired }
