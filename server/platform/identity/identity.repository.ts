import { and, count, eq, gt, isNull, lt, sql } from 'drizzle-orm'
import type { Database } from '../../db/client'
import { preparedStatement } from '../../db/prepared'
import { rowFromDriver } from '../../db/rows'
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

const userBySessionStatement = preparedStatement<{ tokenHash: string }>(
  'identity_user_by_session',
  (parameter) =>
    sql`SELECT u.* FROM sessions s JOIN users u ON u.id = s.user_id
         WHERE s.token_hash = ${parameter('tokenHash')} AND s.expires_at > now()
         LIMIT 1`,
)

/** One round trip: the session and its user. */
export async function findUserBySession(db: Database, tokenHash: string): Promise<UserRow | undefined> {
  const [row] = await userBySessionStatement.rows<Record<string, unknown>>(db, { tokenHash })
  return row === undefined ? undefined : rowFromDriver(users, row)
}

const userByApiTokenStatement = preparedStatement<{ tokenHash: string }>(
  'identity_user_by_api_token',
  (parameter) =>
    sql`SELECT u.* FROM api_tokens t JOIN users u ON u.id = t.user_id
         WHERE t.token_hash = ${parameter('tokenHash')} AND t.revoked_at IS NULL
         LIMIT 1`,
)

export async function findUserByApiToken(db: Database, tokenHash: string): Promise<UserRow | undefined> {
  const [row] = await userByApiTokenStatement.rows<Record<string, unknown>>(db, { tokenHash })
  return row === undefined ? undefined : rowFromDriver(users, row)
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
