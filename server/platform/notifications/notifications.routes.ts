// The inbox of the signed-in user: unread first, then newest; a summary for the console's badge; marking read.
import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { defineRoutes, get, post } from '../http/routes'
import { IdParams, Nullable, PageQuery, StrictObject, Timestamp } from '../http/schemas'
import type { NotificationsService } from './notifications.service'

const Bilingual = Type.Object({ zh: Type.String(), en: Type.String() })

const InboxQuery = StrictObject({
  filter: Type.Optional(
    Type.Enum(['all', 'unread', 'tasks'] as const, {
      description: 'tasks: work waiting for you, not yet done',
    }),
  ),
  ...PageQuery,
})

const Notification = Type.Object({
  id: Type.String(),
  kind: Type.Enum(['task', 'update'] as const),
  topic: Type.String(),
  entityType: Type.String(),
  entityId: Type.String(),
  title: Bilingual,
  body: Bilingual,
  link: Type.String({ description: 'The console page to act on it' }),
  createdAt: Timestamp,
  readAt: Nullable(Timestamp),
  resolvedAt: Nullable(Timestamp),
})

const InboxPage = Type.Object({ items: Type.Array(Notification), nextCursor: Nullable(Type.String()) })

const InboxSummary = Type.Object({
  unreadCount: Type.Integer(),
  openTaskCount: Type.Integer(),
  countMax: Type.Integer({ description: 'Counts are exact up to this; at it, show "countMax+"' }),
})

export function registerNotificationRoutes(app: FastifyInstance, notifications: NotificationsService) {
  defineRoutes(app, { tags: ['inbox'] }, [
    get(
      '/api/me/inbox',
      {
        operationId: 'listInboxItems',
        summary: 'My inbox: unread first, then newest',
        description: 'Any signed-in user: their own notifications and tasks, unread first, then newest.',
        querystring: InboxQuery,
        ok: InboxPage,
      },
      async (request) => notifications.inbox(request.principal, request.query),
    ),
    get(
      '/api/me/inbox/summary',
      {
        operationId: 'getInboxSummary',
        summary: 'Unread notifications and open tasks, for the badge',
        description: 'Any signed-in user: counts of their own unread notifications and open tasks.',
        ok: InboxSummary,
      },
      async (request) => notifications.summary(request.principal),
    ),
    post(
      '/api/me/inbox/:id/read',
      {
        operationId: 'markInboxItemRead',
        summary: 'Mark one notification read',
        description: 'Any signed-in user, for a notification of their own inbox.',
        params: IdParams,
        body: StrictObject({}),
        ok: InboxSummary,
      },
      async (request) => notifications.markRead(request.principal, request.params.id),
    ),
    post(
      '/api/me/inbox/read-all',
      {
        operationId: 'markAllInboxItemsRead',
        summary: 'Mark everything in my inbox read',
        description: 'Any signed-in user: marks every notification of their own inbox read.',
        body: StrictObject({}),
        ok: InboxSummary,
      },
      async (request) => notifications.markAllRead(request.principal),
    ),
  ])
}
