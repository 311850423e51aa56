// SQL of notifications: writing them with the change that causes them, resolving tasks, and the inbox of a user.
import { and, eq, isNull, sql, type SQL } from 'drizzle-orm'
import { queryRows, type Database } from '../../db/client'
import type { Principal } from '../authorization'
import { notificationReads, notifications } from './notifications.tables'

export type NotificationRow = typeof notifications.$inferSelect
export type NewNotification = typeof notifications.$inferInsert

export async function insertNotifications(db: Database, rows: readonly NewNotification[]): Promise<void> {
  if (rows.length > 0) await db.insert(notifications).values([...rows])
}

/** Marks the open tasks about a record done; returns how many. */
export async function resolveTasks(db: Database, entityType: string, entityId: string, topic?: string) {
  const resolved = await db
    .update(notifications)
    .set({ resolvedAt: new Date() })
    .where(
      and(
        eq(notifications.entityType, entityType),
        eq(notifications.entityId, entityId),
        eq(notifications.kind, 'task'),
        isNull(notifications.resolvedAt),
        topic !== undefined ? eq(notifications.topic, topic) : undefined,
      ),
    )
    .returning({ id: notifications.id })
  return resolved.length
}

/** The notifications a principal sees: addressed to them, or to an audience they belong to. */
function visibleTo(principal: Principal): SQL {
  return sql`(n.audience_user_id = ${principal.userId}
    OR (n.audience_user_id IS NULL AND n.audience_role = ${principal.role}
        AND (n.audience_city_code IS NULL OR n.audience_city_code = ${principal.cityCode})
        AND (n.audience_organisation_id IS NULL OR n.audience_organisation_id = ${principal.organisationId})))`
}

export type InboxFilter = 'all' | 'unread' | 'tasks'

export interface InboxRow extends Record<string, unknown> {
  id: string
  kind: string
  topic: string
  entity_type: string
  entity_id: string
  title_zh: string
  title_en: string
  body_zh: string
  body_en: string
  link: string
  created_at: Date | string
  resolved_at: Date | string | null
  read_at: Date | string | null
}

/** Where the previous page ended: unread ones come first, newest first within each part. */
export interface InboxCursor {
  unread: boolean
  id: string
}

export function listInbox(
  db: Database,
  principal: Principal,
  filter: InboxFilter,
  after: InboxCursor | null,
  limit: number,
): Promise<InboxRow[]> {
  const filterCondition =
    filter === 'unread'
      ? sql`r.read_at IS NULL`
      : filter === 'tasks'
        ? sql`n.kind = 'task' AND n.resolved_at IS NULL`
        : sql`TRUE`
  const afterCondition =
    after === null
      ? sql`TRUE`
      : after.unread
        ? sql`((r.read_at IS NULL AND n.id < ${after.id}) OR r.read_at IS NOT NULL)`
        : sql`(r.read_at IS NOT NULL AND n.id < ${after.id})`
  return queryRows<InboxRow>(
    db,
    sql`SELECT n.id, n.kind, n.topic, n.entity_type, n.entity_id, n.title_zh, n.title_en, n.body_zh, n.body_en,
               n.link, n.created_at, n.resolved_at, r.read_at
          FROM notifications n
          LEFT JOIN notification_reads r ON r.notification_id = n.id AND r.user_id = ${principal.userId}
         WHERE ${visibleTo(principal)} AND ${filterCondition} AND ${afterCondition}
         ORDER BY (r.read_at IS NULL) DESC, n.id DESC
         LIMIT ${limit + 1}`,
  )
}

/** Unread notifications and open tasks of a principal, each counted up to `countMax`. */
export async function countInbox(db: Database, principal: Principal, countMax: number) {
  const rows = await queryRows<{ unread: string | number; tasks: string | number }>(
    db,
    sql`SELECT
          (SELECT count(*) FROM (SELECT 1 FROM notifications n
              LEFT JOIN notification_reads r ON r.notification_id = n.id AND r.user_id = ${principal.userId}
             WHERE ${visibleTo(principal)} AND r.read_at IS NULL LIMIT ${countMax}) AS u) AS unread,
          (SELECT count(*) FROM (SELECT 1 FROM notifications n
             WHERE ${visibleTo(principal)} AND n.kind = 'task' AND n.resolved_at IS NULL LIMIT ${countMax}) AS t) AS tasks`,
  )
  return { unread: Number(rows[0]?.unread ?? 0), tasks: Number(rows[0]?.tasks ?? 0) }
}

export async function findVisible(db: Database, principal: Principal, id: string) {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`SELECT n.id FROM notifications n WHERE n.id = ${id} AND ${visibleTo(principal)}`,
  )
  return rows[0]
}

export async function markRead(db: Database, notificationId: string, userId: string): Promise<void> {
  await db.insert(notificationReads).values({ notificationId, userId }).onConflictDoNothing()
}

/** Marks everything a principal sees as read, at most `limit` notifications a call; returns how many. */
export async function markAllRead(db: Database, principal: Principal, limit: number): Promise<number> {
  const rows = await queryRows<{ notification_id: string }>(
    db,
    sql`INSERT INTO notification_reads (notification_id, user_id, read_at)
        SELECT n.id, ${principal.userId}, now() FROM notifications n
         WHERE ${visibleTo(principal)}
           AND NOT EXISTS (SELECT 1 FROM notification_reads r
                            WHERE r.notification_id = n.id AND r.user_id = ${principal.userId})
         ORDER BY n.id DESC LIMIT ${limit}
        ON CONFLICT DO NOTHING RETURNING notification_id`,
  )
  return rows.length
}

export async function findNotification(db: Database, id: string): Promise<NotificationRow | undefined> {
  const [row] = await db.select().from(notifications).where(eq(notifications.id, id)).limit(1)
  return row
}

export async function markDelivered(db: Database, id: string): Promise<void> {
  await db.update(notifications).set({ deliveredAt: new Date() }).where(eq(notifications.id, id))
}

/** The enabled users a notification reaches, at most `limit`, for the outbound channels. */
export function recipientsOf(db: Database, notification: NotificationRow, limit: number) {
  return queryRows<{ id: string; username: string; display_name_zh: string }>(
    db,
    sql`SELECT u.id, u.username, u.display_name_zh FROM users u
         WHERE NOT u.disabled
           AND (u.id = ${notification.audienceUserId}
             OR (${notification.audienceUserId}::text IS NULL AND u.role = ${notification.audienceRole}
                 AND (${notification.audienceCityCode}::text IS NULL OR u.city_code = ${notification.audienceCityCode})
                 AND (${notification.audienceOrganisationId}::text IS NULL
                      OR u.organisation_id = ${notification.audienceOrganisationId})))
         ORDER BY u.id LIMIT ${limit}`,
  )
}
