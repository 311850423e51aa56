import { and, eq, sql } from 'drizzle-orm'
import type { Database } from '../../db/client'
import { preparedStatement } from '../../db/prepared'
import type { KeyClaim, StoredAnswer } from './idempotency.statement'
import { idempotencyKeys } from './idempotency.tables'

export type IdempotencyRow = typeof idempotencyKeys.$inferSelect

const takeStatement = preparedStatement<KeyClaim>(
  'idempotency_take',
  (parameter) =>
    sql`INSERT INTO idempotency_keys (principal_key, key, method, path, request_hash, state)
        VALUES (${parameter('principalKey')}, ${parameter('key')}, ${parameter('method')}, ${parameter('path')},
                ${parameter('requestHash')}, 'pending')
        ON CONFLICT (principal_key, key) DO NOTHING
        RETURNING key`,
)

/**
 * Takes a key inside the transaction of its request's work. The unique key settles races: a concurrent request with
 * the same key waits here until the first one's transaction ends, then gets nothing (and reads the first one's
 * answer) or, if it rolled back, takes the key itself. The row is only ever seen completed: it commits with the
 * answer.
 */
export async function takeKey(db: Database, claim: KeyClaim): Promise<boolean> {
  const rows = await takeStatement.rows<{ key: string }>(db, claim)
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
 * refusal), unless the key already has an answer (an earlier or concurrent request with the key wrote it first). A
 * key the statement marked refused (idempotency_key_refuse()) gets the answer sent for that refusal.
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
    .onConflictDoUpdate({
      target: [idempotencyKeys.principalKey, idempotencyKeys.key],
      set: {
        responseStatus: sql`excluded.response_status`,
        responseBody: sql`excluded.response_body`,
        responseContentType: sql`excluded.response_content_type`,
      },
      setWhere: sql`${idempotencyKeys.refusalCode} IS NOT NULL AND ${idempotencyKeys.responseStatus} IS NULL
        AND ${idempotencyKeys.requestHash} = excluded.request_hash`,
    })
}
