// The expiry lapse as a recurring job: the unreserved balance of every expired voucher goes back to its scheme's
// budget (voucher_lapse_expired), one bounded batch a run, each run its own transaction: a full batch queues the
// next at once, a short one the next in an hour. A run's transaction holds the audit chain's lock from its first
// audit record to its commit, so the chain waits for one batch, never for the whole sweep.
import { sql } from 'drizzle-orm'
import { queryRows, type Database } from '../../db/client'
import type { RecurringJob } from '../../platform/module'

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

/** Hourly, and at once again while batches come back full. */
export const lapseJob: RecurringJob = {
  kind: 'vouchers.lapse_expired',
  intervalMs: 60 * 60 * 1000,
  firstRunDelayMs: 60_000,
  run: async ({ db }) => ((await lapseExpiredBatch(db)) < lapseBatchSize ? 'later' : 'again'),
}
