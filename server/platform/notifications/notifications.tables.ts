import { sql } from 'drizzle-orm'
import { check, index, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core'
import { oneOf } from '../../db/checks'

/**
 * What a user is told, written in the same transaction as the change that causes it. A notification is addressed
 * to one user, or to an audience (a role, narrowed to a city and/or an organisation): everyone the audience
 * reaches sees it in their inbox, so a claim waiting for Hefei's officers reaches each of them, present or future.
 * A task (work waiting) is resolved when the work is done; an update is only read.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: text('id').primaryKey(),
    kind: text('kind').notNull(),
    /** what it is about, e.g. voucher_claim.waiting; the console picks its icon and the channel its template by it */
    topic: text('topic').notNull(),
    audienceUserId: text('audience_user_id'),
    audienceRole: text('audience_role'),
    audienceCityCode: text('audience_city_code'),
    audienceOrganisationId: text('audience_organisation_id'),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    titleZh: text('title_zh').notNull(),
    titleEn: text('title_en').notNull(),
    bodyZh: text('body_zh').notNull(),
    bodyEn: text('body_en').notNull(),
    /** the console page of the record, e.g. /vouchers/review */
    link: text('link').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** a task done (the claim decided) */
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    /** handed to the outbound channels (e-mail, SMS, WeChat adapters; logged in demo mode) */
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
  },
  (table) => [
    oneOf('notifications_kind_check', table.kind, ['task', 'update'] as const),
    check(
      'notifications_audience_check',
      sql`${table.audienceUserId} IS NOT NULL OR ${table.audienceRole} IS NOT NULL`,
    ),
    index('notifications_user_idx').on(table.audienceUserId, table.id),
    index('notifications_role_idx').on(table.audienceRole, table.audienceCityCode, table.id),
    index('notifications_organisation_idx').on(table.audienceOrganisationId, table.id),
    index('notifications_open_task_idx')
      .on(table.entityType, table.entityId)
      .where(sql`${table.kind} = 'task' AND ${table.resolvedAt} IS NULL`),
  ],
)

/** Who has read which notification: an audience's notification is read by each of its users on their own. */
export const notificationReads = pgTable(
  'notification_reads',
  {
    notificationId: text('notification_id')
      .notNull()
      .references(() => notifications.id),
    userId: text('user_id').notNull(),
    readAt: timestamp('read_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.notificationId, table.userId] })],
)
