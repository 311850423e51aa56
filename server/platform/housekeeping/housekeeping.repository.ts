import { sql } from 'drizzle-orm'
import { queryRows, type Database } from '../../db/client'

export interface PurgeCounts {
  sessions: number
  loginFailures: number
  idempotencyKeys: number
  jobs: number
}

/** Removes what has outlived its purpose, in one statement. */
export async function purgeExpired(
  db: Database,
  limits: { idempotencyKeyHours: number; loginFailureHours: number; finishedJobDays: number },
): Promise<PurgeCounts> {
  const [row] = await queryRows<Record<string, number | string>>(
    db,
    sql`WITH
      expired_sessions AS (DELETE FROM sessions WHERE expires_at < now() RETURNING 1),
      old_failures AS (
        DELETE FROM login_failures WHERE failed_at < now() - make_interval(hours => ${limits.loginFailureHours}) RETURNING 1),
      old_keys AS (
        DELETE FROM idempotency_keys WHERE created_at < now() - make_interval(hours => ${limits.idempotencyKeyHours})
        RETURNING 1),
      old_jobs AS (
        DELETE FROM jobs WHERE state IN ('done', 'failed')
          AND finished_at < now() - make_interval(days => ${limits.finishedJobDays}) RETURNING 1)
    SELECT (SELECT count(*) FROM expired_sessions) AS sessions, (SELECT count(*) FROM old_failures) AS login_failures,
           (SELECT count(*) FROM old_keys) AS idempotency_keys, (SELECT count(*) FROM old_jobs) AS jobs`,
  )
  return {
    sessions: Number(row?.sessions ?? 0),
    loginFailures: Number(row?.login_failures ?? 0),
    idempotencyKeys: Number(row?.idempotency_keys ?? 0),
    jobs: Number(row?.jobs ?? 0),
  }
}
