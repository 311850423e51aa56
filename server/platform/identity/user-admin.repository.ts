// The administration's SQL: the user list with its city and organisation names, and the writes that disable,
// re-enable, reset and re-scope a user. Names come through the registry's published views (registry.views.ts),
// the doors every reader of the registry uses; the platform imports no module, so it names them in SQL only.
import { and, eq, isNull, sql, type SQL } from 'drizzle-orm'
import { queryRows, type Database } from '../../db/client'
import { normaliseSearch } from '../../db/search'
import type { Role } from '../authorization'
import type { SortedPageRequest } from '../http/list'
import { apiTokens, sessions, users } from './identity.tables'

export type UserSort = 'createdAt' | 'username'

export interface UserListFilter {
  search?: string | undefined
  role?: Role | undefined
  cityCode?: string | undefined
  organisationId?: string | undefined
  disabled?: boolean | undefined
}

export interface UserListRow {
  id: string
  username: string
  display_name_zh: string
  display_name_en: string
  role: string
  city_code: string | null
  city_name_zh: string | null
  city_name_en: string | null
  organisation_id: string | null
  organisation_name_zh: string | null
  organisation_name_en: string | null
  disabled: boolean
  must_change_password: boolean
  is_demo: boolean
  created_at: string | Date
  updated_at: string | Date
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`)
}

/** A user with the names of its city and organisation; organisation ids are firm_, prov_ or inst_ ids. */
const namedUsers = sql`
  SELECT u.*, c.name_zh AS city_name_zh, c.name_en AS city_name_en,
         o.name_zh AS organisation_name_zh, o.name_en AS organisation_name_en
    FROM users u
    LEFT JOIN registry_city_names c ON c.code = u.city_code
    LEFT JOIN LATERAL (
      SELECT f.name_zh, f.name_en FROM registry_firm_facts f WHERE f.id = u.organisation_id
      UNION ALL
      SELECT p.name_zh, p.name_en FROM registry_provider_standing p WHERE p.id = u.organisation_id
      UNION ALL
      SELECT i.name_zh, i.name_en FROM registry_institution_places i WHERE i.id = u.organisation_id
      LIMIT 1
    ) o ON true`

function filterConditions(filter: UserListFilter): SQL[] {
  const conditions: SQL[] = []
  const search = normaliseSearch(filter.search)
  if (search !== undefined) {
    const pattern = `%${escapeLike(search)}%`
    conditions.push(sql`(lower(n.username) LIKE ${pattern} OR lower(n.display_name_zh) LIKE ${pattern}
      OR lower(n.display_name_en) LIKE ${pattern} OR lower(coalesce(n.organisation_name_zh, '')) LIKE ${pattern}
      OR lower(coalesce(n.organisation_name_en, '')) LIKE ${pattern})`)
  }
  if (filter.role !== undefined) conditions.push(sql`n.role = ${filter.role}`)
  if (filter.cityCode !== undefined) conditions.push(sql`n.city_code = ${filter.cityCode}`)
  if (filter.organisationId !== undefined) conditions.push(sql`n.organisation_id = ${filter.organisationId}`)
  if (filter.disabled !== undefined) conditions.push(sql`n.disabled = ${filter.disabled}`)
  return conditions
}

function whereOf(conditions: SQL[]): SQL {
  return conditions.length === 0 ? sql`true` : sql.join(conditions, sql` AND `)
}

const sortColumnOf: Record<UserSort, SQL> = {
  createdAt: sql`n.created_at`,
  username: sql`n.username`,
}

/** "After the cursor" in the page's order: (key, id) beyond the last row's pair (server/db/sorted.ts, in raw SQL). */
function afterCursor(page: SortedPageRequest<UserSort>): SQL | undefined {
  if (page.after === null) return undefined
  const value = page.after.value instanceof Date ? page.after.value.toISOString() : String(page.after.value)
  const key = page.order.key === 'createdAt' ? sql`${value}::timestamptz` : sql`${value}`
  const beyond = page.order.descending ? sql.raw('<') : sql.raw('>')
  return sql`(${sortColumnOf[page.order.key]}, n.id) ${beyond} (${key}, ${page.after.id})`
}

/** One sorted keyset page (limit + 1 rows, so a next page shows) and how many match, counted up to the bound. */
export async function listUsers(
  db: Database,
  filter: UserListFilter,
  page: SortedPageRequest<UserSort>,
): Promise<{ rows: UserListRow[]; total: number }> {
  const conditions = filterConditions(filter)
  const after = afterCursor(page)
  const direction = page.order.descending ? sql.raw('DESC') : sql.raw('ASC')
  const [rows, total] = await Promise.all([
    queryRows<UserListRow>(
      db,
      sql`SELECT n.* FROM (${namedUsers}) n
           WHERE ${whereOf(after === undefined ? conditions : [...conditions, after])}
           ORDER BY ${sortColumnOf[page.order.key]} ${direction}, n.id ${direction}
           LIMIT ${page.limit + 1}`,
    ),
    countUsers(db, filter, page.countMax),
  ])
  return { rows, total }
}

/** How many users match, counted up to `bound` (past it the list says "more than"). */
async function countUsers(db: Database, filter: UserListFilter, bound: number): Promise<number> {
  const [row] = await queryRows<{ count: string | number }>(
    db,
    sql`SELECT count(*) AS count FROM (
          SELECT 1 FROM (${namedUsers}) n WHERE ${whereOf(filterConditions(filter))} LIMIT ${bound}
        ) bounded`,
  )
  return Number(row?.count ?? 0)
}

export async function findNamedUser(db: Database, id: string): Promise<UserListRow | undefined> {
  const [row] = await queryRows<UserListRow>(db, sql`SELECT n.* FROM (${namedUsers}) n WHERE n.id = ${id}`)
  return row
}

export type LockedUser = typeof users.$inferSelect

/** The user's row, locked for the change the caller's transaction makes. */
export async function lockUser(db: Database, id: string): Promise<LockedUser | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id)).for('update')
  return row
}

export async function updateUser(db: Database, id: string, change: Partial<typeof users.$inferInsert>) {
  await db
    .update(users)
    .set({ ...change, updatedAt: new Date() })
    .where(eq(users.id, id))
}

/** Ends every session and revokes every live API token of a user; answers how many of each. */
export async function endSessionsAndTokens(db: Database, userId: string) {
  const endedSessions = await db
    .delete(sessions)
    .where(eq(sessions.userId, userId))
    .returning({ tokenHash: sessions.tokenHash })
  const revokedTokens = await db
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id })
  return { sessions: endedSessions.length, apiTokens: revokedTokens.length }
}

export async function endSessions(db: Database, userId: string, keepTokenHash?: string) {
  const ended = await db
    .delete(sessions)
    .where(
      keepTokenHash === undefined
        ? eq(sessions.userId, userId)
        : and(eq(sessions.userId, userId), sql`${sessions.tokenHash} <> ${keepTokenHash}`),
    )
    .returning({ tokenHash: sessions.tokenHash })
  return ended.length
}

/**
 * Tells every process that a user's sessions, tokens or rights changed: delivered when the transaction commits
 * (never if it rolls back), so the other processes drop what they cached of that user.
 */
export async function announcePrincipalChange(db: Database, channel: string, userId: string) {
  await db.execute(sql`SELECT pg_notify(${channel}, ${userId})`)
}
