import { sql } from 'drizzle-orm'
import { queryRows, type Database } from '../../db/client'

export interface PurgeCounts {
  sessions: number
  signInLimits: number
  idempotencyKeys: number
  jobs: number
}

/** Removes what has outlived its purpose, in one statement. */
export async function purgeExpired(
  db: Database,
  limits: { idempotencyKeyHours: number; signInLimitHours: number; finishedJobDays: number },
): Promise<PurgeCounts> {
  const [row] = await queryRows<Record<string, number | string>>(
    db,
    sql`WITH
      expired_sessions AS (DELETE FROM sessions WHERE expires_at < now() RETURNING 1),
      old_delays AS (
        DELETE FROM sign_in_account_delays
         WHERE next_check_at < now() - make_interval(hours => ${limits.signInLimitHours})
           AND (checking_until IS NULL OR checking_until < now()) RETURNING 1),
      old_budgets AS (
        DELETE FROM sign_in_address_budgets
         WHERE window_started_at < now() - make_interval(hours => ${limits.signInLimitHours}) RETURNING 1),
      old_keys AS (
        DELETE FROM idempotency_keys WHERE created_at < now() - make_interval(hours => ${limits.idempotencyKeyHours})
        RETURNING 1),
      old_jobs AS (
        DELETE FROM jobs WHERE state IN ('done', 'failed')
          AND finished_at < now() - make_interval(days => ${limits.finishedJobDays}) RETURNING 1)
    SELECT (SELECT count(*) FROM expired_sessions) AS sessions, (SELECT count(*) FROM old_delays) + (SELECT count(*) FROM old_budgets) AS sign_in_limits,
           (SELECT count(*) FROM old_keys) AS idempotency_keys, (SELECT count(*) FROM old_jobs) AS jobs`,
  )
  return {
    sessions: Number(row?.sessions ?? 0),
    signInLimits: Number(row?.sign_in_limits ?? 0),
    idempotencyKeys: Number(row?.idempotency_keys ?? 0),
    jobs: Number(row?.jobs ?? 0),
  }
}
