// The working-day clocks of one-stop cases, watched by a recurring job: the deciding officers are warned one working
// day before a case falls due, and a case past its due day is escalated to the corridor office; a change of the
// calendar (a holiday added or corrected) moves the due day of every running clock it touches, with the reason.
import type { Database } from '../../db/client'
import { addWorkingDaysOn, shanghaiDateOf } from '../../platform/calendar'
import { assert } from '../../platform/errors'
import { newId } from '../../platform/ids'
import { notify } from '../../platform/notifications'
import type { CalendarChange, RecurringJob } from '../../platform/module'
import * as notices from './case-notices'
import * as repository from './cases.repository'

/** cases one run of the job warns or escalates at most (a full batch runs again at once) */
const clockBatchSize = 200
/** cases one calendar change re-dates at most, in pages */
const redatePageSize = 500
const redatePagesMax = 100

async function event(db: Database, caseId: string, kind: string, details: Record<string, unknown>) {
  await repository.insertEvent(db, { id: newId('scev'), caseId, kind, details })
}

/** One run: warnings for cases due by the next working day, escalations for overdue ones. */
export async function watchClocks(db: Database, now: Date = new Date()): Promise<number> {
  const today = shanghaiDateOf(now)
  const nextWorkingDay = await addWorkingDaysOn(db, today, 1)
  const dueSoon = await repository.lockDueSoon(db, nextWorkingDay, clockBatchSize)
  for (const found of dueSoon) {
    await repository.updateCase(db, found.id, { warnedAt: now })
    await event(db, found.id, 'due_soon_warned', { dueOn: found.dueOn })
    await notify(db, [notices.dueSoon(found)])
  }
  const overdue = await repository.lockOverdue(db, today, clockBatchSize)
  for (const found of overdue) {
    await repository.updateCase(db, found.id, { escalatedAt: now })
    await event(db, found.id, 'escalated', { dueOn: found.dueOn, today })
    await notify(db, [notices.overdue(found)])
  }
  return Math.max(dueSoon.length, overdue.length)
}

export const clockWatchJob: RecurringJob = {
  kind: 'services.watch_clocks',
  intervalMs: 60 * 60 * 1000,
  firstRunDelayMs: 90_000,
  run: async ({ db }) => ((await watchClocks(db)) < clockBatchSize ? 'later' : 'again'),
}

/**
 * In the transaction of a calendar change: each running clock is re-read from its anchor on the new calendar; a due
 * day that moves is recorded with the reason and its applicant told.
 */
export async function redateRunningClocks(transaction: Database, change: CalendarChange): Promise<number> {
  const firstDay = [...change.days].sort()[0]
  if (firstDay === undefined) return 0
  let moved = 0
  let afterId: string | null = null
  for (let page = 0; page < redatePagesMax; page++) {
    const running: repository.CaseRow[] = await repository.lockRunningFrom(
      transaction,
      firstDay,
      afterId,
      redatePageSize,
    )
    for (const found of running) {
      assert(
        found.clockAnchorOn !== null && found.clockWorkingDays !== null && found.dueOn !== null,
        'a running clock has its anchor',
      )
      const dueOn = await addWorkingDaysOn(transaction, found.clockAnchorOn, found.clockWorkingDays)
      if (dueOn === found.dueOn) continue
      const updated = await repository.updateCase(transaction, found.id, {
        dueOn,
        warnedAt: null,
        escalatedAt: null,
      })
      await event(transaction, found.id, 'due_date_changed', {
        from: found.dueOn,
        to: dueOn,
        reason: change.reason,
      })
      await notify(transaction, [notices.dueDateMoved(updated, found.dueOn, dueOn)])
      moved++
    }
    const last = running[running.length - 1]
    if (last === undefined || running.length < redatePageSize) break
    afterId = last.id
  }
  return moved
}
