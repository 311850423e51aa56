import { and, count, eq, gt, isNull, lt, sql } from 'drizzle-orm'
import type { Database } from '../../db/client'
import { newId } from '../ids'
import { apiTokens, loginFailures, sessions, users } from './identity.tables'

export type UserRow = typeof users.$inferSelect
export type NewUserRow = typeof users.$inferInsert

export async function findUserByUsername(db: Database, username: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.username, username)).limit(1)
  return row
}

export async function findUserById(db: Database, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1)
  return row
}

export async function insertUser(db: Database, row: NewUserRow): Promise<UserRow | undefined> {
  const [inserted] = await db
    .insert(users)
    .values(row)
    .onConflictDoNothing({ target: users.username })
    .returning()
  return inserted
}

export async function countRecentFailures(db: Database, username: string, sinceMs: number): Promise<number> {
  const [row] = await db
    .select({ value: count() })
    .from(loginFailures)
    .where(and(eq(loginFailures.username, username), gt(loginFailures.failedAt, new Date(sinceMs))))
  return row?.value ?? 0
}

export async function insertLoginFailure(db: Database, username: string): Promise<void> {
  await db.insert(loginFailures).values({ id: newId('lgf'), username })
}

export async function clearLoginFailures(db: Database, username: string): Promise<void> {
  await db.delete(loginFailures).where(eq(loginFailures.username, username))
}

export async function insertSession(db: Database, tokenHash: string, userId: string, expiresAt: Date) {
  await db.insert(sessions).values({ tokenHash, userId, expiresAt })
  // Expired sessions are removed as new ones start, so the table stays bounded without a sweeper.
  await db.delete(sessions).where(lt(sessions.expiresAt, new Date()))
}

export async function deleteSession(db: Database, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash))
}

/** One round trip: the session and its user. */
export async function findUserBySession(db: Database, tokenHash: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select({ user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, sql`now()`)))
    .limit(1)
  return row?.user
}

export async function findUserByApiToken(db: Database, tokenHash: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select({ user: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)))
    .limit(1)
  return row?.user
}

export async function insertApiToken(db: Database, row: typeof apiTokens.$inferInsert) {
  const [inserted] = await db.insert(apiTokens).values(row).returning()
  return inserted
}

export async function revokeApiToken(db: Database, id: string, userId: string) {
  const [revoked] = await db
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning()
  return revoked
}

export async function findActiveDemoUsernames(db: Database): Promise<string[]> {
  const rows = await db
    .select({ username: users.username })
    .from(users)
    .where(and(eq(users.isDemo, true), eq(users.disabled, false)))
    .limit(20)
  return rows.map((row) => row.username)
}
