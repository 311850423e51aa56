// What the demo accounts have already read in their inbox: most updates older than a few days and most tasks that
// are done, some older open tasks, few of the last days' notifications. Each account reads on its own (an
// audience's notification is read by each of its users apart), by the audience rules the inbox applies.
import type { notificationReads } from '../../platform/notifications/notifications.tables'
import type { Random } from '../random'
import { demoUserToken } from '../support/actors'
import { dayMs, minuteMs } from '../support/time'
import type { NotificationRow } from './notices'

export type NotificationReadRow = typeof notificationReads.$inferSelect

export interface InboxAccount {
  username: string
  role: string
  cityCode: string | null
  organisationId: string | null
}

/** The inbox's own rule (notifications.repository.ts visibleTo): the user, or an audience the account belongs to. */
export function reaches(notification: NotificationRow, account: InboxAccount): boolean {
  if (notification.audienceUserId !== null)
    return notification.audienceUserId === demoUserToken(account.username)
  return (
    notification.audienceRole === account.role &&
    (notification.audienceCityCode === null || notification.audienceCityCode === account.cityCode) &&
    (notification.audienceOrganisationId === null ||
      notification.audienceOrganisationId === account.organisationId)
  )
}

function readChance(notification: NotificationRow, ageMs: number): number {
  if (notification.kind === 'update') return ageMs > 3 * dayMs ? 0.8 : 0.25
  if (notification.resolvedAt !== null) return 0.85
  return ageMs > 2 * dayMs ? 0.35 : 0.1
}

export function generateReads(
  rows: readonly NotificationRow[],
  accounts: readonly InboxAccount[],
  endMs: number,
  random: Random,
): NotificationReadRow[] {
  const reads: NotificationReadRow[] = []
  for (const account of accounts) {
    for (const notification of rows) {
      if (!reaches(notification, account)) continue
      const createdMs = notification.createdAt.getTime()
      const ageMs = endMs - createdMs
      if (ageMs < 10 * minuteMs || !random.chance(readChance(notification, ageMs))) continue
      const readMs = createdMs + minuteMs + random.next() * Math.min(ageMs - 2 * minuteMs, 2 * dayMs)
      reads.push({
        notificationId: notification.id,
        userId: demoUserToken(account.username),
        readAt: new Date(Math.floor(readMs)),
      })
    }
  }
  return reads
}
