import { and, eq, sql } from 'drizzle-orm'
import type { Database } from '../../db/client'
import { idempotencyKeys } from './idempotency.tables'

export type IdempotencyRow = typeof idempotencyKeys.$inferSelect

const abandonedAfterSeconds = 60

/**
 * Claims a key in one statement. The unique key settles races: of two concurrent claims one inserts, the other
 * gets nothing and reads the first one's row. A pending claim older than a minute was abandoned and is taken over.
 */
export async function claimKey(
  db: Database,
  claim: { principalKey: string; key: string; method: string; path: string; requestHash: string },
): Promise<boolean> {
  const rows = await db
    .insert(idempotencyKeys)
    .values({ ...claim, state: 'pending' })
    .onConflictDoUpdate({
      target: [idempotencyKeys.principalKey, idempotencyKeys.key],
      set: { createdAt: sql`now()`, requestHash: claim.requestHash, method: claim.method, path: claim.path },
      setWhere: sql`${idempotencyKeys.state} = 'pending' AND ${idempotencyKeys.createdAt} < now() - make_interval(secs => ${abandonedAfterSeconds})`,
    })
    .returning({ key: idempotencyKeys.key })
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

export async function completeKey(
  db: Database,
  principalKey: string,
  key: string,
  response: { status: number; body: string; contentType: string },
): Promise<void> {
  await db
    .update(idempotencyKeys)
    .set({
      state: 'completed',
      responseStatus: response.status,
      responseBody: response.body,
      responseContentType: response.contentType,
      completedAt: new Date(),
    })
    .where(and(eq(idempotencyKeys.principalKey, principalKey), eq(idempotencyKeys.key, key)))
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
