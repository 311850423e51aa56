import { sql } from 'drizzle-orm'
import { queryRows, type Database } from '../../db/client'
import { jobs } from './jobs.tables'

export interface NewJob {
  id: string
  kind: string
  payload: unknown
  runAt: Date | null
  maxAttempts: number
}

/** A job this worker has claimed: `attempt` fences every later write against a worker that lost the lease. */
export interface ClaimedJob {
  id: string
  kind: string
  payload: unknown
  attempt: number
  maxAttempts: number
  runAt: Date
}

export async function insertJob(db: Database, job: NewJob): Promise<void> {
  await db.insert(jobs).values({
    id: job.id,
    kind: job.kind,
    payload: job.payload,
    maxAttempts: job.maxAttempts,
    // the database clock decides when a job is due, so a job without runAt is due at the database's now()
    ...(job.runAt !== null ? { runAt: job.runAt } : {}),
  })
}

/**
 * Claims up to `limit` due jobs in one statement: queued jobs whose time has come and running jobs whose lease
 * has expired (their worker died). SKIP LOCKED lets parallel workers take disjoint batches without waiting.
 */
export async function claimDueJobs(db: Database, limit: number, leaseMs: number): Promise<ClaimedJob[]> {
  const rows = await queryRows<{
    id: string
    kind: string
    payload: unknown
    attempts: number
    max_attempts: number
    run_at: Date | string
  }>(
    db,
    sql`UPDATE jobs
        SET state = 'running', attempts = attempts + 1, locked_until = now() + ${leaseMs}::double precision * interval '1 millisecond'
        WHERE id IN (
          SELECT id FROM jobs
          WHERE (state = 'queued' AND run_at <= now()) OR (state = 'running' AND locked_until < now())
          ORDER BY run_at
          LIMIT ${limit}
          FOR UPDATE SKIP LOCKED
        )
        RETURNING id, kind, payload, attempts, max_attempts, run_at`,
  )
  return rows
    .map((row) => ({
      id: row.id,
      kind: row.kind,
      payload: row.payload,
      attempt: Number(row.attempts),
      maxAttempts: Number(row.max_attempts),
      runAt: new Date(row.run_at),
    }))
    .sort((left, right) => left.runAt.getTime() - right.runAt.getTime() || left.id.localeCompare(right.id))
}

/**
 * Locks the claimed job's row for the transaction that runs its handler, if this worker still owns the claim.
 * While the lock is held, other workers skip the row even after the lease expires, so a slow handler is not
 * run twice; if the worker dies, its transaction ends and the expired lease hands the job on.
 */
export async function lockClaimedJob(transaction: Database, id: string, attempt: number): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(
    transaction,
    sql`SELECT id FROM jobs WHERE id = ${id} AND state = 'running' AND attempts = ${attempt} FOR UPDATE`,
  )
  return rows.length === 1
}

export async function markJobDone(transaction: Database, id: string, attempt: number): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(
    transaction,
    sql`UPDATE jobs SET state = 'done', finished_at = now(), locked_until = NULL, last_error = NULL
        WHERE id = ${id} AND state = 'running' AND attempts = ${attempt}
        RETURNING id`,
  )
  return rows.length === 1
}

export async function markJobRetry(
  db: Database,
  id: string,
  attempt: number,
  delayMs: number,
  lastError: string,
): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`UPDATE jobs
        SET state = 'queued', run_at = now() + ${delayMs}::double precision * interval '1 millisecond', locked_until = NULL,
            last_error = ${lastError}
        WHERE id = ${id} AND state = 'running' AND attempts = ${attempt}
        RETURNING id`,
  )
  return rows.length === 1
}

/**
 * Gives a claimed job back to the queue, due now, without counting the attempt: the worker stopped it on purpose
 * (shutdown) after its work rolled back, so the next worker need not wait for the lease to expire.
 */
export async function releaseClaimedJob(db: Database, id: string, attempt: number): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`UPDATE jobs SET state = 'queued', run_at = now(), locked_until = NULL, attempts = attempts - 1
        WHERE id = ${id} AND state = 'running' AND attempts = ${attempt}
        RETURNING id`,
  )
  return rows.length === 1
}

export async function markJobFailed(
  db: Database,
  id: string,
  attempt: number,
  lastError: string,
): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`UPDATE jobs SET state = 'failed', finished_at = now(), locked_until = NULL, last_error = ${lastError}
        WHERE id = ${id} AND state = 'running' AND attempts = ${attempt}
        RETURNING id`,
  )
  return rows.length === 1
}

export async function hasPendingJob(db: Database, kind: string): Promise<boolean> {
  const rows = await queryRows<{ found: number }>(
    db,
    sql`SELECT 1 AS found FROM jobs WHERE kind = ${kind} AND state IN ('queued', 'running') LIMIT 1`,
  )
  return rows.length > 0
}

/** Jobs due now and not finished, by state: the queue's depth, as /metrics reports it. */
export async function countDueJobs(db: Database): Promise<{ queued: number; running: number }> {
  const rows = await queryRows<{ queued: string | number; running: string | number }>(
    db,
    sql`SELECT count(*) FILTER (WHERE state = 'queued') AS queued, count(*) FILTER (WHERE state = 'running') AS running
          FROM jobs WHERE state IN ('queued', 'running') AND run_at <= now()`,
  )
  return { queued: Number(rows[0]?.queued ?? 0), running: Number(rows[0]?.running ?? 0) }
}
