import { and, eq, sql } from 'drizzle-orm'
import type { Database } from '../../db/client'
import { preparedStatement } from '../../db/prepared'
import type { KeyClaim, StoredAnswer } from './idempotency.statement'
import { idempotencyKeys } from './idempotency.tables'

export type IdempotencyRow = typeof idempotencyKeys.$inferSelect

/**
 * voucher_order_reserve_once() (migration 0014) and instrument_booking_request_once() (migration 0015) take a pending
 * key over after the same minute.
 */
const abandonedAfterSeconds = 60

const claimStatement = preparedStatement<KeyClaim>(
  'idempotency_claim',
  (parameter) =>
    sql`INSERT INTO idempotency_keys AS k (principal_key, key, method, path, request_hash, state)
        VALUES (${parameter('principalKey')}, ${parameter('key')}, ${parameter('method')}, ${parameter('path')},
                ${parameter('requestHash')}, 'pending')
        ON CONFLICT (principal_key, key) DO UPDATE
           SET created_at = now(), request_hash = EXCLUDED.request_hash, method = EXCLUDED.method,
               path = EXCLUDED.path
         WHERE k.state = 'pending' AND k.created_at < now() - make_interval(secs => ${abandonedAfterSeconds})
        RETURNING k.key`,
)

/**
 * Claims a key in one statement. The unique key settles races: of two concurrent claims one inserts, the other
 * gets nothing and reads the first one's row. A pending claim older than a minute was abandoned and is taken over.
 */
export async function claimKey(db: Database, claim: KeyClaim): Promise<boolean> {
  const rows = await claimStatement.rows<{ key: string }>(db, claim)
  return rows.length === 1
}

export async function findKey(
  db: Database,
  principalKey: string,
  key: string,
): Promise<IdempotencyRow | undefined> {
  const [row] = await db
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.principalKey, principalKey), eq(idempotencyKeys.key, key)))
    .limit(1)
  return row
}

const completeStatement = preparedStatement<{ principalKey: string; key: string } & StoredAnswer>(
  'idempotency_complete',
  (parameter) =>
    sql`UPDATE idempotency_keys
           SET state = 'completed', response_status = ${parameter('status')}, response_body = ${parameter('body')},
               response_content_type = ${parameter('contentType')}, completed_at = now()
         WHERE principal_key = ${parameter('principalKey')} AND key = ${parameter('key')}`,
)

export async function completeKey(
  db: Database,
  principalKey: string,
  key: string,
  response: StoredAnswer,
): Promise<void> {
  await completeStatement.rows(db, { principalKey, key, ...response })
}

/**
 * For a route whose statement writes its own key: stores the answer of a request that changed nothing (a
 * refusal), unless the key already has a row (an earlier or concurrent request with the key wrote it first).
 */
export async function storeAnswer(db: Database, claim: KeyClaim, answer: StoredAnswer): Promise<void> {
  await db
    .insert(idempotencyKeys)
    .values({
      ...claim,
      state: 'completed',
      responseStatus: answer.status,
      responseBody: answer.body,
      responseContentType: answer.contentType,
      completedAt: sql`now()`,
    })
    .onConflictDoNothing({ target: [idempotencyKeys.principalKey, idempotencyKeys.key] })
}

export async function releaseKey(db: Database, principalKey: string, key: string): Promise<void> {
  await db
    .delete(idempotencyKeys)
    .where(
      and(
        eq(idempotencyKeys.principalKey, principalKey),
        eq(idempotencyKeys.key, key),
        eq(idempotencyKeys.state, 'pending'),
      ),
    )
}
