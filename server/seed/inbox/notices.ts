// A notification as the running platform writes it (notify() in platform/notifications, or notification_add() in
// SQL), at the moment it was written: the notice itself (the modules' own texts), when, and for a task when the work
// was done; then its row.
import type { NotificationInput } from '../../platform/notifications'
import type { notifications } from '../../platform/notifications/notifications.tables'
import type { IdMaker } from '../support/ids'

export type NotificationRow = typeof notifications.$inferSelect

export interface Notice {
  input: NotificationInput
  atMs: number
  /** a task: when the record stopped waiting (null while it waits); an update: null */
  resolvedMs: number | null
}

export const task = (input: NotificationInput, atMs: number, resolvedMs: number | null): Notice => ({
  input,
  atMs,
  resolvedMs,
})

export const update = (input: NotificationInput, atMs: number): Notice => ({ input, atMs, resolvedMs: null })

/** The moment of a generated row's timestamp; every row the inbox reads has it. */
export function msOf(at: Date | null | undefined, what: string): number {
  if (at === null || at === undefined) throw new Error(`${what} has no time`)
  return at.getTime()
}

/** The notification's row, handed to the outbound channels `deliveryDelayMs` after it was written. */
export function rowOf(notice: Notice, makeId: IdMaker, deliveryDelayMs: number): NotificationRow {
  const { input, atMs } = notice
  const audience = input.audience
  return {
    id: makeId('ntf', atMs),
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
    createdAt: new Date(atMs),
    resolvedAt: notice.resolvedMs === null ? null : new Date(notice.resolvedMs),
    deliveredAt: new Date(atMs + deliveryDelayMs),
  }
}
