// The expiry lapse as a recurring job: the unreserved balance of every expired voucher goes back to its scheme's
// budget (voucher_lapse_expired), in bounded batches, every hour.
import { sql } from 'drizzle-orm'
import { queryRows, type Database } from '../../db/client'
import { enqueue, ensureScheduled, type JobHandlers } from '../../platform/jobs'

export const lapseJobKind = 'vouchers.lapse_expired'
const intervalMs = 60 * 60 * 1000
const batchSize = 500
/** 500 × 200 = 100,000 vouchers a run at most; what is left waits for the next run. */
const batchesPerRunMax = 200

/** Lapses expired vouchers in batches until none is left or the run's bound is reached; returns how many. */
export async function lapseExpiredVouchers(db: Database): Promise<number> {
  let lapsed = 0
  for (let batch = 0; batch < batchesPerRunMax; batch++) {
    const rows = await queryRows<{ count: number | string }>(
      db,
      sql`SELECT voucher_lapse_expired(${batchSize}::integer) AS count`,
    )
    const count = Number(rows[0]?.count ?? 0)
    lapsed += count
    if (count < batchSize) break
  }
  return lapsed
}

/** Schedules the first run (one minute after start) when none is queued; each run schedules the next. */
export async function ensureLapseScheduled(db: Database): Promise<void> {
  await ensureScheduled(db, lapseJobKind, new Date(Date.now() + 60_000))
}

export const voucherJobHandlers: JobHandlers = {
  [lapseJobKind]: async (_payload, { db }) => {
    await lapseExpiredVouchers(db)
    await enqueue(db, lapseJobKind, {}, { runAt: new Date(Date.now() + intervalMs) })
  },
}
