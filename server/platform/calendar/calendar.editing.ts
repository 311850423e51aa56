// The operators' calendar: the corridor office replaces a year's holidays and make-up working days (when the State
// Council publishes a year, or corrects one), audited; in the same transaction every module that counts working days
// re-reads what the change touches (a one-stop case's due day moves, with the reason).
import type { Database } from '../../db/client'
import { recordAudit } from '../audit'
import { authorize, type Principal } from '../authorization'
import { AppError } from '../errors'
import type { CalendarChange } from '../module'
import type { CalendarDay, CalendarYear } from './calendar.data'
import { isWorkingDay, parseDay } from './calendar.days'
import { listCalendarDays, lockYear, replaceYearDays, upsertYear } from './calendar.repository'

const officePolicy = { corridor_admin: 'any' } as const

function isWeekend(day: string): boolean {
  const weekday = new Date(parseDay(day)).getUTCDay()
  return weekday === 0 || weekday === 6
}

/** Every day in its year, each once; a make-up working day is a weekend day (a weekday is worked anyway). */
function checkYear(input: CalendarYear): CalendarDay[] {
  const seen = new Set<string>()
  const problems: { path: string; rule: string }[] = []
  input.days.forEach((entry, index) => {
    parseDay(entry.day)
    if (!entry.day.startsWith(`${input.year}-`))
      problems.push({ path: `/days/${index}/day`, rule: `in ${input.year}` })
    if (seen.has(entry.day)) problems.push({ path: `/days/${index}/day`, rule: 'each day once' })
    seen.add(entry.day)
    if (entry.kind === 'workday' && !isWeekend(entry.day)) {
      problems.push({ path: `/days/${index}/kind`, rule: 'a make-up working day falls on a weekend' })
    }
  })
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', { problems })
  return [...input.days].sort((left, right) => left.day.localeCompare(right.day))
}

/** The days whose working-day status differs between two sets of exceptions. */
function changedDays(before: readonly CalendarDay[], after: readonly CalendarDay[]): string[] {
  const exceptionsBefore = new Map(before.map((entry) => [entry.day, entry.kind]))
  const exceptionsAfter = new Map(after.map((entry) => [entry.day, entry.kind]))
  const days = new Set([...exceptionsBefore.keys(), ...exceptionsAfter.keys()])
  return [...days]
    .filter((day) => isWorkingDay(day, exceptionsBefore) !== isWorkingDay(day, exceptionsAfter))
    .sort()
}

export function createCalendarEditing(
  db: Database,
  onChange: (transaction: Database, change: CalendarChange) => Promise<void>,
) {
  async function replaceYear(principal: Principal | null, input: CalendarYear) {
    const actor = authorize(principal, officePolicy)
    const days = checkYear(input)
    return db.transaction(async (transaction) => {
      await lockYear(transaction, input.year)
      const before = await listCalendarDays(transaction, `${input.year}-01-01`, `${input.year}-12-31`)
      await replaceYearDays(transaction, input.year, days)
      await upsertYear(transaction, {
        year: input.year,
        source: input.source,
        isProvisional: input.provisional === true,
        updatedByUserId: actor.userId,
      })
      const changed = changedDays(before, days)
      const reason = {
        zh: `${input.year}年节假日安排调整（${input.source}）`,
        en: `The ${input.year} holiday calendar was changed (${input.source})`,
      }
      if (changed.length > 0) await onChange(transaction, { days: changed, reason })
      await recordAudit(transaction, {
        actorUserId: actor.userId,
        action: 'calendar.year_replace',
        entityType: 'calendar_year',
        entityId: String(input.year),
        details: {
          source: input.source,
          provisional: input.provisional === true,
          days: days.length,
          changedDays: changed,
        },
      })
      return { year: input.year, days, changedDays: changed }
    })
  }

  return { replaceYear }
}

export type CalendarEditing = ReturnType<typeof createCalendarEditing>
