// Every recurring job the platform schedules runs to completion through the queue on the embedded database, whose
// single connection deadlocks any job that opens a transaction of its own instead of using the job's.
import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { queryRows } from '../../db/client'
import { enqueue } from '.'
import { useTestApp } from '../../testing/app'
import { countOf } from '../../testing/database'

const testApp = useTestApp()

describe('recurring jobs', () => {
  it('all run through the queue and schedule their next run', async () => {
    await testApp.database.db.execute(sql`UPDATE jobs SET run_at = now() WHERE state = 'queued'`)
    const queued = await queryRows<{ kind: string }>(
      testApp.database.db,
      sql`SELECT kind FROM jobs WHERE state = 'queued' ORDER BY kind`,
    )
    expect(queued.map((job) => job.kind)).toEqual(
      expect.arrayContaining([
        'instruments.mark_no_shows',
        'platform.housekeeping',
        'vouchers.lapse_expired',
      ]),
    )
    const summary = await Promise.race([
      testApp.context.jobs.runDueJobs({ batchSize: 20 }),
      new Promise((_, reject) => setTimeout(() => reject(new Error('a job hung the queue')), 60_000)),
    ])
    expect(summary).toMatchObject({ failedCount: 0, retriedCount: 0 })
    const states = await queryRows<{ kind: string; state: string }>(
      testApp.database.db,
      sql`SELECT kind, state FROM jobs WHERE kind IN ('instruments.mark_no_shows', 'platform.housekeeping',
            'vouchers.lapse_expired', 'finance.recompute_scores') ORDER BY kind, state`,
    )
    for (const kind of ['instruments.mark_no_shows', 'platform.housekeeping', 'vouchers.lapse_expired']) {
      expect(states.filter((job) => job.kind === kind).map((job) => job.state)).toEqual(['done', 'queued'])
    }
  }, 90_000)

  it('recomputes the corridor when a parameter set takes effect, on the job’s own transaction', async () => {
    await enqueue(testApp.database.db, 'finance.recompute_scores', {})
    const summary = await Promise.race([
      testApp.context.jobs.runDueJobs({ batchSize: 5 }),
      new Promise((_, reject) => setTimeout(() => reject(new Error('the recompute hung the queue')), 60_000)),
    ])
    expect(summary).toMatchObject({ failedCount: 0, retriedCount: 0 })
    const scores = await countOf(testApp.database.db, sql`SELECT count(*) AS count FROM firm_scores`)
    expect(scores).toBeGreaterThan(0)
  }, 90_000)

  it('recomputes a slice from the cursor its job carries, and queues no next slice after the last', async () => {
    const db = testApp.database.db
    // what the earlier runs queued (their notices' deliveries) goes first: then this job is the only one due
    for (let round = 0; round < 20; round++)
      if ((await testApp.context.jobs.runDueJobs({ batchSize: 50 })).claimedCount === 0) break
    const firms = await queryRows<{ id: string }>(db, sql`SELECT id FROM firms ORDER BY id`)
    const cursor = firms[Math.floor(firms.length / 2)]?.id ?? ''
    await db.execute(sql`UPDATE firm_scores SET computed_at = '2000-01-01T00:00:00Z'`)
    await enqueue(db, 'finance.recompute_scores', { afterFirmId: cursor })
    const summary = await testApp.context.jobs.runDueJobs({ batchSize: 5 })
    expect(summary).toMatchObject({ doneCount: 1, failedCount: 0, retriedCount: 0 })
    const stale = await queryRows<{ before: string | number; after: string | number }>(
      db,
      sql`SELECT count(*) FILTER (WHERE firm_id <= ${cursor}) AS before, count(*) FILTER (WHERE firm_id > ${cursor}) AS after
            FROM firm_scores WHERE computed_at < '2000-01-02T00:00:00Z'`,
    )
    // the firms up to the cursor were left as they were; every firm after it was scored again
    expect(Number(stale[0]?.before)).toBeGreaterThan(0)
    expect(Number(stale[0]?.after)).toBe(0)
    const queued = await countOf(
      db,
      sql`SELECT count(*) AS count FROM jobs WHERE kind = 'finance.recompute_scores' AND state = 'queued'`,
    )
    expect(queued).toBe(0)
  }, 90_000)
})
