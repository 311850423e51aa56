import { sql } from 'drizzle-orm'
import { index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core'
import { instant, stamps } from '../../db/columns'
import { oneOf } from '../../db/checks'

export const jobs = pgTable(
  'jobs',
  {
    id: text('id').primaryKey(),
    kind: text('kind').notNull(),
    payload: jsonb('payload').notNull(),
    /** queued → running → done | failed (after maxAttempts) */
    state: text('state').notNull().default('queued'),
    runAt: instant('run_at').notNull().defaultNow(),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(5),
    lockedUntil: instant('locked_until'),
    lastError: text('last_error'),
    createdAt: stamps.createdAt,
    finishedAt: instant('finished_at'),
  },
  (table) => [
    oneOf('jobs_state_check', table.state, ['queued', 'running', 'done', 'failed']),
    index('jobs_due_idx').on(table.state, table.runAt),
    index('jobs_lease_idx')
      .on(table.lockedUntil)
      .where(sql`${table.state} = 'running'`),
  ],
)
