// Writes the demo inbox: the notifications, then what the demo accounts have read, their placeholders replaced by
// their user ids. No delivery job is enqueued: every notification is written as delivered.
import type { Database } from '../../db/client'
import { notificationReads, notifications } from '../../platform/notifications/notifications.tables'
import { insertInBatches, type SeedProgress } from '../batches'
import { withUserIds } from '../support/actors'
import type { InboxDemoData } from './index'

export interface InboxSeedSummary {
  notifications: number
  notificationReads: number
}

export async function insertInbox(
  db: Database,
  generated: InboxDemoData,
  userIdByUsername: ReadonlyMap<string, string>,
  onProgress?: SeedProgress,
): Promise<InboxSeedSummary> {
  const rows = withUserIds(generated.notifications, userIdByUsername)
  await insertInBatches(db, notifications, rows, 'notifications', onProgress)
  const reads = withUserIds(generated.reads, userIdByUsername)
  await insertInBatches(db, notificationReads, reads, 'notification reads', onProgress)
  return { notifications: generated.notifications.length, notificationReads: generated.reads.length }
}
