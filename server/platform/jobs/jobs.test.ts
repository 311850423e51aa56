import { sql } from 'drizzle-orm'
import { drizzle } from 'drizzle-orm/node-postgres'
import pg from 'pg'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { queryRows, type Database } from '../../db/client'
import * as schema from '../../db/schema'
import { createTestDatabase, runsOnPostgres, type TestDatabase } from '../../testing/database'
import { claimDueJobs } from './jobs.repository'
import { createJobQueue, enqueue, type JobHandler } from './jobs.service'

let database: TestDatabase
let db: Database

interface JobRow {
  id: string
  state: string
  attempts: number
  last_error: string | null
  finished_at: Date | null
  /** milliseconds from the database's now() to run_at */
  due_in_ms: number | string
}

async function readJob(id: string): Promise<JobRow> {
  const [row] = await queryRows<JobRow>(
    db,
    sql`SELECT id, state, attempts, last_error, finished_at,
          extract(epoch FROM run_at - now()) * 1000 AS due_in_ms
        FROM jobs WHERE id = ${id}`,
  )
  if (row === undefined) throw new Error(`job ${id} not found`)
  return row
}

async function countRows(table: 'jobs' | 'job_effects'): Promise<number> {
  const [row] = await queryRows<{ count: number | string }>(
    db,
    sql`SELECT count(*) AS count FROM ${sql.raw(table)}`,
  )
  return Number(row?.count)
}

/** The backoff has passed: as if the clock had moved on. */
async function makeDue(id: string) {
  await db.execute(sql`UPDATE jobs SET run_at = now() WHERE id = ${id}`)
}

beforeAll(async () => {
  database = await createTestDatabase()
  db = database.db
  // a table for handlers to write to, so tests can see which database work committed
  await db.execute(sql`CREATE TABLE job_effects (job_key text PRIMARY KEY, attempt integer NOT NULL)`)
})
afterAll(async () => database.close())
beforeEach(async () => {
  await db.execute(sql`DELETE FROM jobs`)
  await db.execute(sql`DELETE FROM job_effects`)
})

describe('the job queue', () => {
  it('runs a due job once and marks it done', async () => {
    const handler = vi.fn<JobHandler>(async () => undefined)
    const queue = createJobQueue(db, { handlers: { 'mail.send': handler } })
    const id = await enqueue(db, 'mail.send', { to: 'hefei@example.cn' })
    expect(id).toMatch(/^job_[0-9a-z]{22}$/)

    expect(await queue.runDueJobs({ batchSize: 10 })).toMatchObject({ claimedCount: 1, doneCount: 1 })
    expect(await queue.runDueJobs({ batchSize: 10 })).toMatchObject({ claimedCount: 0 })
    expect(handler).toHaveBeenCalledTimes(1)
    expect(handler.mock.calls[0]?.[0]).toEqual({ to: 'hefei@example.cn' })
    expect(handler.mock.calls[0]?.[1]).toMatchObject({ attempt: 1 })
    const job = await readJob(id)
    expect(job).toMatchObject({ state: 'done', attempts: 1, last_error: null })
    expect(job.finished_at).not.toBeNull()
  })

  it('commits the handler database work with the completion', async () => {
    const queue = createJobQueue(db, {
      handlers: {
        'effect.write': async (payload, { db: transaction, attempt }) => {
          const key = (payload as { key: string }).key
          await transaction.execute(sql`INSERT INTO job_effects VALUES (${key}, ${attempt})`)
        },
      },
    })
    await enqueue(db, 'effect.write', { key: 'a' })
    await queue.runDueJobs()
    expect(await countRows('job_effects')).toBe(1)
  })

  it('retries a failing job with exponential backoff, rolls its work back, and fails it after maxAttempts', () =>
    retryWithBackoffThenFail())

  it('leaves no job behind when the enqueuing transaction rolls back', async () => {
    const rolledBack = new Error('the caller changed its mind')
    await expect(
      db.transaction(async (transaction) => {
        await enqueue(transaction, 'mail.send', { to: 'suzhou@example.cn' })
        throw rolledBack
      }),
    ).rejects.toBe(rolledBack)
    expect(await countRows('jobs')).toBe(0)

    await db.transaction(async (transaction) => {
      await enqueue(transaction, 'mail.send', { to: 'suzhou@example.cn' })
    })
    expect(await countRows('jobs')).toBe(1)
  })

  it('does not run a job before its runAt', async () => {
    const handler = vi.fn<JobHandler>(async () => undefined)
    const queue = createJobQueue(db, { handlers: { 'sla.check': handler } })
    const id = await enqueue(db, 'sla.check', {}, { runAt: new Date(Date.now() + 3_600_000) })
    expect(await queue.runDueJobs()).toMatchObject({ claimedCount: 0 })
    await makeDue(id)
    expect(await queue.runDueJobs()).toMatchObject({ doneCount: 1 })
    expect(handler).toHaveBeenCalledTimes(1)
  })

  it('takes over a job whose worker died once the lease has expired', async () => {
    const handler = vi.fn<JobHandler>(async () => undefined)
    const queue = createJobQueue(db, { handlers: { 'report.build': handler } })
    const id = await enqueue(db, 'report.build', { year: 2026 })
    // a worker claims the job and dies without finishing it
    expect(await claimDueJobs(db, 10, 60_000)).toHaveLength(1)
    expect(await queue.runDueJobs()).toMatchObject({ claimedCount: 0 })

    await db.execute(sql`UPDATE jobs SET locked_until = now() - interval '1 second' WHERE id = ${id}`)
    expect(await queue.runDueJobs()).toMatchObject({ claimedCount: 1, doneCount: 1 })
    expect(handler.mock.calls[0]?.[1]).toMatchObject({ attempt: 2 })
    expect(await readJob(id)).toMatchObject({ state: 'done', attempts: 2 })
  })

  it('fails a job whose worker died during its last attempt without running it again', async () => {
    const handler = vi.fn<JobHandler>(async () => undefined)
    const queue = createJobQueue(db, { handlers: { 'report.build': handler } })
    const id = await enqueue(db, 'report.build', {}, { maxAttempts: 1 })
    await claimDueJobs(db, 10, 60_000)
    await db.execute(sql`UPDATE jobs SET locked_until = now() - interval '1 second' WHERE id = ${id}`)

    expect(await queue.runDueJobs()).toMatchObject({ claimedCount: 1, failedCount: 1 })
    expect(handler).not.toHaveBeenCalled()
    expect((await readJob(id)).last_error).toContain('lease expired')
  })

  it('retries a job of a kind this worker does not know', async () => {
    const queue = createJobQueue(db, { handlers: {} })
    const id = await enqueue(db, 'future.kind', {})
    expect(await queue.runDueJobs()).toMatchObject({ retriedCount: 1 })
    expect((await readJob(id)).last_error).toContain('JOB_KIND_UNKNOWN')
  })

  it('claims at most batchSize jobs and refuses unbounded batches', async () => {
    const queue = createJobQueue(db, { handlers: { 'mail.send': async () => undefined } })
    for (let index = 0; index < 3; index++) await enqueue(db, 'mail.send', { index })
    expect(await queue.runDueJobs({ batchSize: 2 })).toMatchObject({ claimedCount: 2, doneCount: 2 })
    expect(await queue.runDueJobs({ batchSize: 2 })).toMatchObject({ claimedCount: 1, doneCount: 1 })
    await expect(queue.runDueJobs({ batchSize: 101 })).rejects.toThrow(/batchSize/)
    await expect(queue.runDueJobs({ batchSize: 0 })).rejects.toThrow(/batchSize/)
  })

  it('refuses bad enqueue arguments as programmer errors', async () => {
    await expect(enqueue(db, 'Bad Kind', {})).rejects.toThrow(/assertion failed/)
    await expect(enqueue(db, 'mail.send', {}, { maxAttempts: 0 })).rejects.toThrow(/maxAttempts/)
    await expect(enqueue(db, 'mail.send', {}, { maxAttempts: 26 })).rejects.toThrow(/maxAttempts/)
    await expect(enqueue(db, 'mail.send', undefined)).rejects.toThrow(/JSON/)
    expect(await countRows('jobs')).toBe(0)
  })

  it('polls in the background until stopped, and stop waits for the running batch', () => pollUntilStopped())
})

async function pollUntilStopped() {
  let releaseHandler: () => void = () => undefined
  let signalStarted: () => void = () => undefined
  const handlerStarted = new Promise<void>((resolve) => {
    signalStarted = resolve
  })
  const handler: JobHandler = () =>
    new Promise<void>((finish) => {
      releaseHandler = finish
      signalStarted()
    })
  const queue = createJobQueue(db, { handlers: { 'slow.job': handler } })
  const id = await enqueue(db, 'slow.job', {})
  queue.start({ pollIntervalMs: 20 })
  expect(() => queue.start({ pollIntervalMs: 20 })).toThrow(/already running/)
  await handlerStarted

  let stopped = false
  const stopping = queue.stop().then(() => {
    stopped = true
  })
  await new Promise((resolve) => setTimeout(resolve, 50))
  expect(stopped).toBe(false)
  releaseHandler()
  await stopping
  expect(await readJob(id)).toMatchObject({ state: 'done' })

  // stopped means stopped: a new job stays queued
  const laterId = await enqueue(db, 'slow.job', {})
  await new Promise((resolve) => setTimeout(resolve, 100))
  expect(await readJob(laterId)).toMatchObject({ state: 'queued', attempts: 0 })
}

async function retryWithBackoffThenFail() {
  const handler = vi.fn<JobHandler>(async (_payload, { db: transaction, attempt }) => {
    await transaction.execute(sql`INSERT INTO job_effects VALUES (${`try-${attempt}`}, ${attempt})`)
    throw new Error(`provider unreachable (attempt ${attempt})`)
  })
  const queue = createJobQueue(db, { handlers: { 'settlement.notify': handler }, retryDelayBaseMs: 60_000 })
  const id = await enqueue(db, 'settlement.notify', { batchId: 'stl_1' }, { maxAttempts: 3 })

  expect(await queue.runDueJobs()).toMatchObject({ claimedCount: 1, retriedCount: 1 })
  let job = await readJob(id)
  expect(job).toMatchObject({ state: 'queued', attempts: 1, finished_at: null })
  expect(job.last_error).toContain('provider unreachable (attempt 1)')
  // generous margins: only the order of magnitude of the backoff matters
  expect(Number(job.due_in_ms)).toBeGreaterThan(50_000)
  expect(Number(job.due_in_ms)).toBeLessThanOrEqual(60_000)
  expect(await queue.runDueJobs()).toMatchObject({ claimedCount: 0 })

  await makeDue(id)
  expect(await queue.runDueJobs()).toMatchObject({ claimedCount: 1, retriedCount: 1 })
  job = await readJob(id)
  expect(job).toMatchObject({ state: 'queued', attempts: 2 })
  expect(Number(job.due_in_ms)).toBeGreaterThan(110_000)
  expect(Number(job.due_in_ms)).toBeLessThanOrEqual(120_000)

  await makeDue(id)
  expect(await queue.runDueJobs()).toMatchObject({ claimedCount: 1, failedCount: 1 })
  job = await readJob(id)
  expect(job).toMatchObject({ state: 'failed', attempts: 3 })
  expect(job.last_error).toContain('attempt 3')
  expect(job.finished_at).not.toBeNull()

  await makeDue(id)
  expect(await queue.runDueJobs()).toMatchObject({ claimedCount: 0 })
  expect(handler).toHaveBeenCalledTimes(3)
  expect(await countRows('job_effects')).toBe(0)
}

describe('stopping the worker', () => {
  it('stops a long job between its batches, rolls its work back, and requeues it without using an attempt', async () => {
    let batchesRun = 0
    let signalStarted: () => void = () => undefined
    const handlerStarted = new Promise<void>((resolve) => {
      signalStarted = resolve
    })
    // a job of many small batches, each written through the job's transaction, watching its signal between them
    const handler: JobHandler = async (_payload, { db: transaction, signal, attempt }) => {
      for (let batch = 0; batch < 10_000; batch++) {
        signal.throwIfAborted()
        await transaction.execute(
          sql`INSERT INTO job_effects (job_key, attempt) VALUES (${`batch-${batch}`}, ${attempt})`,
        )
        batchesRun++
        if (batch === 2) signalStarted()
        await new Promise((resolve) => setTimeout(resolve, 5))
      }
    }
    const queue = createJobQueue(db, { handlers: { 'long.job': handler } })
    const id = await enqueue(db, 'long.job', {})
    const waitingId = await enqueue(db, 'long.job', {})
    queue.start({ pollIntervalMs: 20 })
    await handlerStarted
    const stoppedAtMs = performance.now()
    await queue.stop()
    expect(performance.now() - stoppedAtMs).toBeLessThan(2_000)
    expect(batchesRun).toBeLessThan(10_000)
    expect(await countRows('job_effects')).toBe(0)
    for (const jobId of [id, waitingId]) {
      const job = await readJob(jobId)
      expect(job).toMatchObject({ state: 'queued', attempts: 0, last_error: null })
      expect(Number(job.due_in_ms)).toBeLessThanOrEqual(0)
    }
    // the next worker runs it at once, as a first attempt
    const summary = await createJobQueue(db, {
      handlers: { 'long.job': async (_payload, { attempt }) => expect(attempt).toBe(1) },
    }).runDueJobs()
    expect(summary).toMatchObject({ doneCount: 2, releasedCount: 0, retriedCount: 0 })
  })
})

describe.runIf(runsOnPostgres())('the job queue with parallel workers on PostgreSQL', () => {
  it('runs each of 200 jobs exactly once across four workers on separate connection pools', async () => {
    const jobCount = 200
    const workerCount = 4
    const url = database.url
    if (url === null) throw new Error('the PostgreSQL test database has no URL')
    const pools = Array.from({ length: workerCount }, () => {
      const pool = new pg.Pool({ connectionString: url, max: 3 })
      pool.on('error', () => undefined)
      return pool
    })
    try {
      const runCounts = new Map<number, number>()
      const handler: JobHandler = async (payload, { db: transaction }) => {
        const index = (payload as { index: number }).index
        runCounts.set(index, (runCounts.get(index) ?? 0) + 1)
        await transaction.execute(sql`INSERT INTO job_effects VALUES (${String(index)}, 1)`)
      }
      for (let index = 0; index < jobCount; index++) await enqueue(db, 'parallel.work', { index })

      const workers = pools.map((pool) => {
        const workerDb: Database = drizzle(pool, { schema })
        return createJobQueue(workerDb, { handlers: { 'parallel.work': handler } })
      })
      const claimedPerWorker = await Promise.all(
        workers.map(async (queue) => {
          let claimed = 0
          // bounded: 200 jobs in batches of 5 need 40 rounds at most for a single worker
          for (let round = 0; round < 100; round++) {
            const summary = await queue.runDueJobs({ batchSize: 5 })
            expect(summary.claimedCount).toBe(summary.doneCount)
            if (summary.claimedCount === 0) break
            claimed += summary.claimedCount
          }
          return claimed
        }),
      )

      expect(claimedPerWorker.reduce((sum, claimed) => sum + claimed, 0)).toBe(jobCount)
      expect(runCounts.size).toBe(jobCount)
      expect([...runCounts.values()].every((count) => count === 1)).toBe(true)
      expect(await countRows('job_effects')).toBe(jobCount)
      const states = await queryRows<{ state: string; attempts: number; count: number | string }>(
        db,
        sql`SELECT state, attempts, count(*) AS count FROM jobs GROUP BY state, attempts`,
      )
      expect(states.map((row) => ({ ...row, count: Number(row.count) }))).toEqual([
        { state: 'done', attempts: 1, count: jobCount },
      ])
    } finally {
      await Promise.all(pools.map((pool) => pool.end()))
    }
  })
})
