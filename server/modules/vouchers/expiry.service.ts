// The expiry lapse as a recurring job: the unreserved balance of every expired voucher goes back to its scheme's
// budget (voucher_lapse_expired), one bounded batch a run, each run its own transaction: a full batch queues the
// next at once, a short one the next in an hour. A run's transaction holds the audit chain's lock from its first
// audit record to its commit, so the chain waits for one batch, never for the whole sweep.
import { sql } from 'drizzle-orm'
import { queryRows, type Database } from '../../db/client'
import { enqueue, ensureScheduled, type JobHandlers } from '../../platform/jobs'

export const lapseJobKind = 'vouchers.lapse_expired'
const intervalMs = 60 * 60 * 1000
/** expired vouchers lapsed a run at most */
const lapseBatchSize = 500

/** Lapses at most one batch of expired vouchers; returns how many. */
export async function lapseExpiredBatch(db: Database): Promise<number> {
  const rows = await queryRows<{ count: number | string }>(
    db,
    sql`SELECT voucher_lapse_expired(${lapseBatchSize}::integer) AS count`,
  )
  return Number(rows[0]?.count ?? 0)
}

/** Schedules the first run (one minute after start) when none is queued; each run schedules the next. */
export async function ensureLapseScheduled(db: Database): Promise<void> {
  await ensureScheduled(db, lapseJobKind, new Date(Date.now() + 60_000))
}

export const voucherJobHandlers: JobHandlers = {
  [lapseJobKind]: async (_payload, { db }) => {
    const lapsed = await lapseExpiredBatch(db)
    const nextRunAt = lapsed < lapseBatchSize ? Date.now() + intervalMs : Date.now()
    await enqueue(db, lapseJobKind, {}, { runAt: new Date(nextRunAt) })
  },
}
