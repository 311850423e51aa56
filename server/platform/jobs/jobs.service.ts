// A job queue in PostgreSQL: producers insert rows inside their own transactions, workers claim due rows with
// FOR UPDATE SKIP LOCKED. Each handler runs in a transaction together with the job's completion, so its
// database work takes effect once; a failure rolls that work back and the job is retried with exponential backoff.
import type { Database } from '../../db/client'
import { AppError, assert } from '../errors'
import { newId } from '../ids'
import {
  hasPendingJob,
  claimDueJobs,
  insertJob,
  lockClaimedJob,
  markJobDone,
  markJobFailed,
  markJobRetry,
  releaseClaimedJob,
  type ClaimedJob,
} from './jobs.repository'

export interface JobContext {
  /** the transaction the job's completion commits in: do the job's database work through it */
  db: Database
  /** 1 on the first run */
  attempt: number
  /**
   * Aborted when the worker is asked to stop: a long job checks it between its batches (`throwIfAborted()`), its
   * work rolls back, and the job goes back to the queue without using up an attempt.
   */
  signal: AbortSignal
}

/** Validates its payload itself (it comes back from JSON) and throws to ask for a retry. */
export type JobHandler = (payload: unknown, context: JobContext) => Promise<void>

export type JobHandlers = Readonly<Record<string, JobHandler>>

/** Structured logging in the shape of Fastify's (pino) logger. */
export interface JobLog {
  warn(details: object, message: string): void
  error(details: object, message: string): void
}

export interface EnqueueOptions {
  /** not before this time (default: now) */
  runAt?: Date
  /** runs in all, first run included (default 5, at most 25) */
  maxAttempts?: number
}

export interface JobQueueOptions {
  handlers: JobHandlers
  log?: JobLog
  /** how long a claim lasts before another worker may take the job over (default 5 minutes) */
  leaseMs?: number
  /** delay before the first retry, doubled for each further one (default 10 s) */
  retryDelayBaseMs?: number
  /** longest delay between retries (default 1 hour) */
  retryDelayMaxMs?: number
}

export interface RunSummary {
  claimedCount: number
  doneCount: number
  retriedCount: number
  failedCount: number
  /** claims that another worker had taken over after this worker's lease expired */
  lostCount: number
  /** jobs given back to the queue, unrun or rolled back, because the worker was stopping */
  releasedCount: number
}

export const jobAttemptsDefault = 5
export const jobAttemptsMax = 25
export const jobBatchSizeDefault = 10
export const jobBatchSizeMax = 100
const payloadBytesMax = 64 * 1024
const lastErrorLengthMax = 2000
const kindPattern = /^[a-z][a-z0-9_.-]{0,99}$/
const leaseMsDefault = 5 * 60_000
const retryDelayBaseMsDefault = 10_000
const retryDelayMaxMsDefault = 60 * 60_000
const pollIntervalMsMin = 10
const pollIntervalMsMax = 60 * 60_000
/** Batches run back to back at most this many times (while each finds work) before the worker sleeps again. */
const batchesPerPollMax = 100

/**
 * Adds a job; pass the caller's transaction so the job exists only if the caller's change commits.
 * Returns the job id.
 */
export async function enqueue(
  db: Database,
  kind: string,
  payload: unknown,
  options: EnqueueOptions = {},
): Promise<string> {
  assert(kindPattern.test(kind), `job kind ${kind} must match ${kindPattern}`)
  const maxAttempts = options.maxAttempts ?? jobAttemptsDefault
  assert(
    Number.isInteger(maxAttempts) && maxAttempts >= 1 && maxAttempts <= jobAttemptsMax,
    `maxAttempts must be an integer from 1 to ${jobAttemptsMax}`,
  )
  assert(options.runAt === undefined || !Number.isNaN(options.runAt.getTime()), 'runAt must be a valid date')
  const serialized = JSON.stringify(payload)
  assert(serialized !== undefined, 'a job payload must be JSON')
  assert(
    Buffer.byteLength(serialized) <= payloadBytesMax,
    `a job payload must fit in ${payloadBytesMax} bytes`,
  )
  const id = newId('job')
  await insertJob(db, { id, kind, payload, runAt: options.runAt ?? null, maxAttempts })
  return id
}

/** For a recurring job that schedules its own next run: enqueues the first run unless one is already pending. */
export async function ensureScheduled(db: Database, kind: string, runAt: Date): Promise<void> {
  if (await hasPendingJob(db, kind)) return
  await enqueue(db, kind, {}, { runAt })
}

function describeError(error: unknown): string {
  const text =
    error instanceof AppError
      ? `${error.code}: ${error.message}`
      : error instanceof Error
        ? `${error.name}: ${error.message}`
        : String(error)
  return text.slice(0, lastErrorLengthMax)
}

function assertDuration(name: string, valueMs: number, minimumMs: number, maximumMs: number) {
  assert(
    Number.isInteger(valueMs) && valueMs >= minimumMs && valueMs <= maximumMs,
    `${name} must be an integer from ${minimumMs} to ${maximumMs}`,
  )
}

type JobOutcome = 'done' | 'retried' | 'failed' | 'lost' | 'released'

/** Claims due jobs and runs each with its handler, in a transaction with its completion. */
function createJobRunner(db: Database, options: JobQueueOptions) {
  const handlers = new Map(Object.entries(options.handlers))
  for (const kind of handlers.keys())
    assert(kindPattern.test(kind), `job kind ${kind} must match ${kindPattern}`)
  const leaseMs = options.leaseMs ?? leaseMsDefault
  const retryDelayBaseMs = options.retryDelayBaseMs ?? retryDelayBaseMsDefault
  const retryDelayMaxMs = options.retryDelayMaxMs ?? retryDelayMaxMsDefault
  assertDuration('leaseMs', leaseMs, 1, 24 * 60 * 60_000)
  assertDuration('retryDelayMaxMs', retryDelayMaxMs, 0, 7 * 24 * 60 * 60_000)
  assertDuration('retryDelayBaseMs', retryDelayBaseMs, 0, retryDelayMaxMs)
  const log = options.log

  function retryDelayMs(attempt: number): number {
    return Math.min(retryDelayBaseMs * 2 ** (attempt - 1), retryDelayMaxMs)
  }

  async function recordFailure(job: ClaimedJob, lastError: string): Promise<JobOutcome> {
    if (job.attempt >= job.maxAttempts) {
      const owned = await markJobFailed(db, job.id, job.attempt, lastError)
      log?.error({ jobId: job.id, kind: job.kind, attempt: job.attempt, lastError }, 'job failed for good')
      return owned ? 'failed' : 'lost'
    }
    const delayMs = retryDelayMs(job.attempt)
    const owned = await markJobRetry(db, job.id, job.attempt, delayMs, lastError)
    log?.warn(
      { jobId: job.id, kind: job.kind, attempt: job.attempt, delayMs, lastError },
      'job will be retried',
    )
    return owned ? 'retried' : 'lost'
  }

  // Aborted by stop(); a fresh one for each start().
  let stopSignal = new AbortController()

  async function release(job: ClaimedJob): Promise<JobOutcome> {
    return (await releaseClaimedJob(db, job.id, job.attempt)) ? 'released' : 'lost'
  }

  async function runJob(job: ClaimedJob): Promise<JobOutcome> {
    const signal = stopSignal.signal
    if (signal.aborted) return release(job)
    // the attempts counter only passes maxAttempts when a worker died during the last attempt
    if (job.attempt > job.maxAttempts) {
      return recordFailure(job, 'the worker stopped during the last attempt (lease expired)')
    }
    const handler = handlers.get(job.kind)
    // retried rather than failed at once: a newer worker version may know the kind
    if (handler === undefined)
      return recordFailure(job, `JOB_KIND_UNKNOWN: no handler for job kind ${job.kind}`)
    try {
      return await db.transaction(async (transaction): Promise<JobOutcome> => {
        if (!(await lockClaimedJob(transaction, job.id, job.attempt))) return 'lost'
        await handler(job.payload, { db: transaction, attempt: job.attempt, signal })
        assert(await markJobDone(transaction, job.id, job.attempt), `job ${job.id} is locked by this worker`)
        return 'done'
      })
    } catch (error) {
      // stopped on purpose, its work rolled back: not a failure
      if (signal.aborted) return release(job)
      return recordFailure(job, describeError(error))
    }
  }

  /** Claims at most `batchSize` due jobs and runs them one after another. */
  async function runDueJobs(runOptions: { batchSize?: number } = {}): Promise<RunSummary> {
    const batchSize = runOptions.batchSize ?? jobBatchSizeDefault
    assert(
      Number.isInteger(batchSize) && batchSize >= 1 && batchSize <= jobBatchSizeMax,
      `batchSize must be an integer from 1 to ${jobBatchSizeMax}`,
    )
    const claimed = await claimDueJobs(db, batchSize, leaseMs)
    const summary: RunSummary = {
      claimedCount: claimed.length,
      doneCount: 0,
      retriedCount: 0,
      failedCount: 0,
      lostCount: 0,
      releasedCount: 0,
    }
    for (const job of claimed) {
      const outcome = await runJob(job)
      if (outcome === 'done') summary.doneCount++
      else if (outcome === 'retried') summary.retriedCount++
      else if (outcome === 'failed') summary.failedCount++
      else if (outcome === 'released') summary.releasedCount++
      else summary.lostCount++
    }
    return summary
  }

  return {
    runDueJobs,
    /** aborts the jobs in progress and gives back what is not yet begun; start() makes a fresh signal */
    abort: () => stopSignal.abort(),
    renew: () => {
      stopSignal = new AbortController()
    },
  }
}

/** Polls for due jobs in the background, bounded, until stopped. */
function createJobWorker(runner: ReturnType<typeof createJobRunner>, log: JobLog | undefined) {
  let workerState: 'idle' | 'polling' | 'stopping' = 'idle'
  let timer: ReturnType<typeof setTimeout> | null = null
  let currentPoll: Promise<void> | null = null
  let stopping: Promise<void> | null = null

  async function poll(batchSize: number) {
    // a batch that ran anything may have queued more (a chain of slices, a recurring job's 'again'): go on at once
    // until a claim finds nothing, but only a bounded number of times
    for (let round = 0; round < batchesPerPollMax && workerState === 'polling'; round++) {
      const summary = await runner.runDueJobs({ batchSize })
      if (summary.claimedCount === 0) return
    }
  }

  function schedule(delayMs: number, pollIntervalMs: number, batchSize: number) {
    timer = setTimeout(() => {
      timer = null
      currentPoll = poll(batchSize)
        .catch((error: unknown) => log?.error({ err: error }, 'job worker poll failed'))
        .finally(() => {
          currentPoll = null
          if (workerState === 'polling') schedule(pollIntervalMs, pollIntervalMs, batchSize)
        })
    }, delayMs)
  }

  return {
    /** Polls for due jobs every `pollIntervalMs` until stop() is called. */
    start(startOptions: { pollIntervalMs: number; batchSize?: number }) {
      assert(workerState === 'idle', 'the job worker is already running')
      assertDuration('pollIntervalMs', startOptions.pollIntervalMs, pollIntervalMsMin, pollIntervalMsMax)
      const batchSize = startOptions.batchSize ?? jobBatchSizeDefault
      assert(
        Number.isInteger(batchSize) && batchSize >= 1 && batchSize <= jobBatchSizeMax,
        `batchSize must be an integer from 1 to ${jobBatchSizeMax}`,
      )
      workerState = 'polling'
      runner.renew()
      // the first poll one interval after start: a server that has just started answers its first requests first
      schedule(startOptions.pollIntervalMs, startOptions.pollIntervalMs, batchSize)
    },

    /**
     * Stops polling and resolves once the batch in progress (if any) has ended: a job that watches its signal stops
     * between its batches and goes back to the queue, as do the batch's jobs not yet begun.
     */
    stop(): Promise<void> {
      if (workerState === 'idle') return Promise.resolve()
      if (stopping !== null) return stopping
      workerState = 'stopping'
      runner.abort()
      if (timer !== null) clearTimeout(timer)
      timer = null
      stopping = (async () => {
        await currentPoll
        workerState = 'idle'
        stopping = null
      })()
      return stopping
    },
  }
}

export function createJobQueue(db: Database, options: JobQueueOptions) {
  const runner = createJobRunner(db, options)
  return { runDueJobs: runner.runDueJobs, ...createJobWorker(runner, options.log) }
}

export type JobQueue = ReturnType<typeof createJobQueue>
