import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../../db/client'
import { createJobQueue, recurringJobHandlers, scheduleRecurringJobs } from '../jobs'
import { createTestDatabase, type TestDatabase } from '../../testing/database'
import { housekeepingJob, purgeExpired } from './housekeeping.service'

let database: TestDatabase

const count = async (table: string) => {
  const rows = await queryRows<{ count: string | number }>(
    database.db,
    sql.raw(`SELECT count(*) AS count FROM ${table}`),
  )
  return Number(rows[0]?.count)
}

beforeAll(async () => {
  database = await createTestDatabase()
})
afterAll(async () => database.close())

describe('housekeeping', () => {
  it('removes only what is past its window', async () => {
    const statements = [
      `INSERT INTO users (id, username, display_name_zh, display_name_en, password_hash, role)
        VALUES ('usr_h', 'h', '测', 'H', 'x', 'professional')`,
      `INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ('old', 'usr_h', now() - interval '1 hour'),
        ('live', 'usr_h', now() + interval '1 hour')`,
      `INSERT INTO sign_in_account_delays (username, failures_in_row, next_check_at) VALUES
        ('old', 3, now() - interval '2 days'), ('delayed', 12, now() + interval '10 minutes')`,
      `INSERT INTO sign_in_address_budgets (address, failures, window_started_at) VALUES
        ('192.0.2.1', 30, now() - interval '2 days'), ('192.0.2.2', 30, now())`,
      `INSERT INTO idempotency_keys (principal_key, key, method, path, request_hash, state, created_at)
        VALUES ('usr_h', 'old', 'POST', '/x', 'h', 'completed', now() - interval '2 days'),
               ('usr_h', 'new', 'POST', '/x', 'h', 'completed', now())`,
    ]
    for (const statement of statements) await database.db.execute(sql.raw(statement))
    const purged = await purgeExpired(database.db, {
      idempotencyKeyHours: 24,
      signInLimitHours: 24,
      finishedJobDays: 7,
    })
    expect(purged).toMatchObject({ sessions: 1, signInLimits: 2, idempotencyKeys: 1 })
    expect(await count('sessions')).toBe(1)
    expect(await count('sign_in_account_delays')).toBe(1)
    expect(await count('sign_in_address_budgets')).toBe(1)
    expect(await count('idempotency_keys')).toBe(1)
  })

  it('schedules itself once, and each run schedules the next', async () => {
    await scheduleRecurringJobs(database.db, [housekeepingJob])
    await scheduleRecurringJobs(database.db, [housekeepingJob])
    const queued = sql`SELECT count(*) AS count FROM jobs WHERE kind = ${housekeepingJob.kind} AND state = 'queued'`
    expect(Number((await queryRows<{ count: string }>(database.db, queued))[0]?.count)).toBe(1)
    await database.db.execute(sql`UPDATE jobs SET run_at = now() - interval '1 second'`)
    const summary = await createJobQueue(database.db, {
      handlers: recurringJobHandlers([housekeepingJob]),
    }).runDueJobs({})
    expect(summary.doneCount).toBe(1)
    expect(Number((await queryRows<{ count: string }>(database.db, queued))[0]?.count)).toBe(1)
  })
})
