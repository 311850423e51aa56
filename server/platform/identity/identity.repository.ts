import { and, eq, isNull, lt, sql } from 'drizzle-orm'
import type { Database } from '../../db/client'
import { preparedStatement } from '../../db/prepared'
import { rowFromDriver } from '../../db/rows'
import { apiTokens, sessions, users } from './identity.tables'

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

export async function insertSession(db: Database, tokenHash: string, userId: string, expiresAt: Date) {
  await db.insert(sessions).values({ tokenHash, userId, expiresAt })
  // Expired sessions are removed as new ones start, so the table stays bounded without a sweeper.
  await db.delete(sessions).where(lt(sessions.expiresAt, new Date()))
}

/** The ended session's user, if there was one. */
export async function deleteSession(db: Database, tokenHash: string): Promise<string | undefined> {
  const [ended] = await db
    .delete(sessions)
    .where(eq(sessions.tokenHash, tokenHash))
    .returning({ userId: sessions.userId })
  return ended?.userId
}

const userBySessionStatement = preparedStatement<{ tokenHash: string }>(
  'identity_user_by_session',
  (parameter) =>
    sql`SELECT u.*, s.expires_at AS session_expires_at FROM sessions s JOIN users u ON u.id = s.user_id
         WHERE s.token_hash = ${parameter('tokenHash')} AND s.expires_at > now()
         LIMIT 1`,
)

/** One round trip: the session's user and when the session ends. */
export async function findUserBySession(
  db: Database,
  tokenHash: string,
): Promise<{ user: UserRow; expiresAt: Date } | undefined> {
  const [row] = await userBySessionStatement.rows<Record<string, unknown>>(db, { tokenHash })
  if (row === undefined) return undefined
  const rawExpiry = row.session_expires_at
  // a timestamptz: a Date from PGlite, its text from pg (read as drizzle reads it)
  const expiresAt = rawExpiry instanceof Date ? rawExpiry : new Date(String(rawExpiry))
  return { user: rowFromDriver(users, row), expiresAt }
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
