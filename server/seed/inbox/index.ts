// The demo accounts' inbox: the notifications the running platform would have written over the weeks before the
// seeding moment, with the modules' own texts, read from the demo data the modules' seeds made. Every record still
// waiting has its open task (service cases at the window or in review, materials asked for, voucher claims and
// redemptions, booking requests, finance referrals), the clock watcher's due-soon and overdue tasks stand for the
// cases concerned, tasks of records no longer waiting are resolved when the work was done, and decisions of the last
// weeks are updates, some already read by the demo accounts. The seeder enqueues no delivery jobs: every
// notification is written as delivered. A pure function of the demo data.
import type { FinanceDemoData } from '../../modules/finance/seed'
import type { InstrumentDemoData } from '../../modules/instruments/seed'
import type { ServiceDemoData } from '../../modules/services/seed'
import type { VoucherDemoData } from '../../modules/vouchers/seed'
import type { Random } from '../random'
import { createIdMaker } from '../support/ids'
import { dayMs } from '../support/time'
import { referralNotices } from './finance'
import { bookingNotices } from './instruments'
import { rowOf, type Notice, type NotificationRow } from './notices'
import { generateReads, type InboxAccount, type NotificationReadRow } from './reads'
import { serviceCaseNotices } from './service-cases'
import { voucherNotices } from './vouchers'

export { insertInbox, type InboxSeedSummary } from './insert'
export type { NotificationReadRow, NotificationRow }

/** how far back the inbox goes: tasks done and updates written before are housekept away */
export const inboxHorizonDays = 28

export interface InboxDemoData {
  notifications: NotificationRow[]
  reads: NotificationReadRow[]
}

export interface InboxSources {
  random: Random
  activityEndsAt: Date
  accounts: readonly InboxAccount[]
  services: ServiceDemoData
  vouchers: VoucherDemoData
  instruments: InstrumentDemoData
  finance: FinanceDemoData
}

/** Open tasks always; a task done, or an update, when it happened within the horizon. */
function stillShown(notice: Notice, horizonMs: number, endMs: number): boolean {
  if (notice.atMs >= endMs) return false
  if (notice.input.kind === 'task' && notice.resolvedMs === null) return true
  return (notice.resolvedMs ?? notice.atMs) >= horizonMs
}

export function generateInbox(sources: InboxSources): InboxDemoData {
  const endMs = sources.activityEndsAt.getTime()
  const horizonMs = endMs - inboxHorizonDays * dayMs
  const notices = [
    ...serviceCaseNotices(sources.services),
    ...voucherNotices(sources.vouchers),
    ...bookingNotices(sources.instruments),
    ...referralNotices(sources.finance),
  ].filter((notice) => stillShown(notice, horizonMs, endMs))
  notices.sort((a, b) => a.atMs - b.atMs)
  const makeId = createIdMaker(sources.random.fork('ids'))
  const delivery = sources.random.fork('delivery')
  const notifications = notices
    .map((notice) => rowOf(notice, makeId, 1000 + delivery.integer(0, 20_000)))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const reads = generateReads(notifications, sources.accounts, endMs, sources.random.fork('reads'))
  return { notifications, reads }
}
