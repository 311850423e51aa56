// Notifications: written by any module in the transaction of the change that causes them (notify), read in each
// user's inbox (unread first, then newest), and handed after commit to the outbound channels by a job.
import type { Database } from '../../db/client'
import { requirePrincipal, type Principal, type Role } from '../authorization'
import { AppError, assert, defineErrors } from '../errors'
import { pageSizeDefault } from '../http/schemas'
import { newId } from '../ids'
import { enqueue, type JobHandlers } from '../jobs'
import { narrow } from '../stored'
import * as repository from './notifications.repository'

export const notificationKinds = ['task', 'update'] as const

export const notificationErrors = defineErrors({
  NOTIFICATION_NOT_FOUND: { status: 404, zh: '未找到该通知', en: 'No such notification' },
})

export type Audience =
  { userId: string } | { role: Role; cityCode?: string | null; organisationId?: string | null }

export interface Bilingual {
  zh: string
  en: string
}

export interface NotificationInput {
  /** a task is work waiting for its audience, resolved when done; an update is only to be read */
  kind: 'task' | 'update'
  topic: string
  audience: Audience
  entity: { type: string; id: string }
  title: Bilingual
  body: Bilingual
  /** the console page where the audience acts on it */
  link: string
}

/** What an outbound channel (e-mail, SMS, WeChat) is given for each recipient. */
export interface OutboundMessage {
  notificationId: string
  topic: string
  recipient: { userId: string; username: string }
  title: Bilingual
  body: Bilingual
  link: string
}

export interface NotificationChannel {
  name: string
  send(message: OutboundMessage): Promise<void>
}

export const deliveryJobKind = 'platform.notification_deliver'
/** notifications one call writes at most; recipients one delivery reaches at most */
export const notificationsPerCallMax = 1000
const recipientsPerDeliveryMax = 500
/** counts shown on the badge are exact up to this */
export const inboxCountMax = 1000
const textLengthMax = 2000

function rowOf(input: NotificationInput): repository.NewNotification {
  for (const text of [input.title.zh, input.title.en, input.body.zh, input.body.en]) {
    assert(
      text.length > 0 && text.length <= textLengthMax,
      `a notification's text is 1 to ${textLengthMax} characters`,
    )
  }
  const audience = input.audience
  return {
    id: newId('ntf'),
    kind: input.kind,
    topic: input.topic,
    audienceUserId: 'userId' in audience ? audience.userId : null,
    audienceRole: 'role' in audience ? audience.role : null,
    audienceCityCode: 'role' in audience ? (audience.cityCode ?? null) : null,
    audienceOrganisationId: 'role' in audience ? (audience.organisationId ?? null) : null,
    entityType: input.entity.type,
    entityId: input.entity.id,
    titleZh: input.title.zh,
    titleEn: input.title.en,
    bodyZh: input.body.zh,
    bodyEn: input.body.en,
    link: input.link,
  }
}

/**
 * Writes notifications in the caller's transaction, each with the job that hands it to the outbound channels after
 * commit: a notification exists if and only if the change that causes it commits.
 */
export async function notify(transaction: Database, inputs: readonly NotificationInput[]): Promise<void> {
  assert(inputs.length <= notificationsPerCallMax, `at most ${notificationsPerCallMax} notifications a call`)
  const rows = inputs.map(rowOf)
  await repository.insertNotifications(transaction, rows)
  for (const row of rows) await enqueue(transaction, deliveryJobKind, { notificationId: row.id })
}

/** Marks the open tasks about a record done, in the transaction of the change that does them. */
export function resolveTasks(transaction: Database, entity: { type: string; id: string }, topic?: string) {
  return repository.resolveTasks(transaction, entity.type, entity.id, topic)
}

function encodeInboxCursor(cursor: repository.InboxCursor): string {
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url')
}

function decodeInboxCursor(cursor: string | undefined): repository.InboxCursor | null {
  if (cursor === undefined) return null
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
    if (typeof parsed === 'object' && parsed !== null && 'unread' in parsed && 'id' in parsed) {
      const { unread, id } = parsed
      if (typeof unread === 'boolean' && typeof id === 'string') return { unread, id }
    }
  } catch {
    // the coded error below
  }
  throw new AppError('CURSOR_INVALID')
}

const timestampOf = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString())

function present(row: repository.InboxRow) {
  return {
    id: row.id,
    kind: narrow(notificationKinds, row.kind),
    topic: row.topic,
    entityType: row.entity_type,
    entityId: row.entity_id,
    title: { zh: row.title_zh, en: row.title_en },
    body: { zh: row.body_zh, en: row.body_en },
    link: row.link,
    createdAt: timestampOf(row.created_at) ?? '',
    readAt: timestampOf(row.read_at),
    resolvedAt: timestampOf(row.resolved_at),
  }
}

export function createNotificationsService(db: Database, channels: readonly NotificationChannel[]) {
  async function inbox(
    principal: Principal | null,
    query: { filter?: repository.InboxFilter; cursor?: string; limit?: number },
  ) {
    const actor = requirePrincipal(principal)
    const limit = query.limit ?? pageSizeDefault
    const rows = await repository.listInbox(
      db,
      actor,
      query.filter ?? 'all',
      decodeInboxCursor(query.cursor),
      limit,
    )
    const page = rows.slice(0, limit)
    const last = page[page.length - 1]
    return {
      items: page.map(present),
      nextCursor:
        rows.length > limit && last !== undefined
          ? encodeInboxCursor({ unread: last.read_at === null, id: last.id })
          : null,
    }
  }

  async function summary(principal: Principal | null) {
    const counts = await repository.countInbox(db, requirePrincipal(principal), inboxCountMax)
    return { unreadCount: counts.unread, openTaskCount: counts.tasks, countMax: inboxCountMax }
  }

  async function markRead(principal: Principal | null, id: string) {
    const actor = requirePrincipal(principal)
    if ((await repository.findVisible(db, actor, id)) === undefined) {
      throw new AppError('NOTIFICATION_NOT_FOUND', { notificationId: id })
    }
    await repository.markRead(db, id, actor.userId)
    return summary(actor)
  }

  async function markAllRead(principal: Principal | null) {
    const actor = requirePrincipal(principal)
    await repository.markAllRead(db, actor, inboxCountMax)
    return summary(actor)
  }

  /** The delivery job: every recipient the notification reaches, through every channel; a failure retries it all. */
  const jobHandlers: JobHandlers = {
    [deliveryJobKind]: async (payload, { db: transaction }) => {
      const notificationId =
        typeof payload === 'object' && payload !== null && 'notificationId' in payload
          ? payload.notificationId
          : null
      assert(typeof notificationId === 'string', 'a delivery job names its notification')
      const notification = await repository.findNotification(transaction, notificationId)
      if (notification === undefined || notification.deliveredAt !== null) return
      const recipients = await repository.recipientsOf(transaction, notification, recipientsPerDeliveryMax)
      for (const recipient of recipients) {
        for (const channel of channels) {
          await channel.send({
            notificationId,
            topic: notification.topic,
            recipient: { userId: recipient.id, username: recipient.username },
            title: { zh: notification.titleZh, en: notification.titleEn },
            body: { zh: notification.bodyZh, en: notification.bodyEn },
            link: notification.link,
          })
        }
      }
      await repository.markDelivered(transaction, notificationId)
    },
  }

  return { inbox, summary, markRead, markAllRead, jobHandlers }
}

export type NotificationsService = ReturnType<typeof createNotificationsService>

/** Demo mode's channel: each message as one line of JSON on the given writer (no e-mail, SMS or WeChat is sent). */
export function logChannel(write: (line: string) => void): NotificationChannel {
  return {
    name: 'log',
    send: async (message) => {
      write(JSON.stringify({ channel: 'log', ...message }))
    },
  }
}
