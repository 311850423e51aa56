// How a case's working-day clock reads (pure rules, tested): the due day and the working days left while it runs,
// how far past its due day an overdue case is, what was left when it was paused. Working days are Monday to Friday
// unless the calendar lists the day (a public holiday off, a make-up working day 调休 worked), as on the server.
import type { CaseClock, TimelineEntry } from './services.types'

export type DayKind = 'holiday' | 'workday'
/** The calendar's exceptions to the Monday–Friday week, by 'YYYY-MM-DD'. */
export type CalendarExceptions = ReadonlyMap<string, DayKind>

const dayMs = 86_400_000
/** A year and a half: no clock runs longer, and the count stays instant. */
const countedDaysMax = 550

const timeOf = (day: string) => Date.parse(`${day}T00:00:00Z`)
const dayAt = (timeMs: number) => new Date(timeMs).toISOString().slice(0, 10)

export function isWorkingDay(day: string, exceptions: CalendarExceptions): boolean {
  const listed = exceptions.get(day)
  if (listed !== undefined) return listed === 'workday'
  const weekday = new Date(timeOf(day)).getUTCDay()
  return weekday !== 0 && weekday !== 6
}

/** The working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysAfter(from: string, to: string, exceptions: CalendarExceptions): number {
  let count = 0
  const end = timeOf(to)
  for (let time = timeOf(from) + dayMs, steps = 0; time <= end && steps < countedDaysMax; time += dayMs) {
    if (isWorkingDay(dayAt(time), exceptions)) count++
    steps++
  }
  return count
}

/** The years a count from `from` to `to` crosses, whose calendars it needs. */
export function yearsBetween(from: string, to: string): number[] {
  const [first, last] = [Number(from.slice(0, 4)), Number(to.slice(0, 4))].sort((a, b) => a - b)
  if (first === undefined || last === undefined || Number.isNaN(first) || Number.isNaN(last)) return []
  return Array.from({ length: Math.min(last - first, 2) + 1 }, (_, index) => first + index)
}

export type ClockReading =
  /** not yet accepted at the window: the clock starts with acceptance */
  | { kind: 'not_started' }
  /** running, due on `dueOn`; `workingDaysLeft` null until the calendar is known */
  | { kind: 'running'; dueOn: string; workingDaysLeft: number | null }
  /** running and due today */
  | { kind: 'due_today'; dueOn: string }
  /** past its due day by `workingDaysLate` working days (null until the calendar is known) */
  | { kind: 'overdue'; dueOn: string; workingDaysLate: number | null }
  /** stopped while materials are awaited, with the working days it had left */
  | { kind: 'paused'; pausedOn: string; workingDaysLeft: number | null }
  /** stopped for good: the case was decided, not accepted or withdrawn */
  | { kind: 'stopped'; dueOn: string | null }

/**
 * What the clock says today (Shanghai's date). `exceptions` is null while the calendar loads; `pausedWithDaysLeft`
 * is what the last pause recorded (see daysLeftAtPause).
 */
export function readClock(
  clock: CaseClock,
  today: string,
  exceptions: CalendarExceptions | null,
  pausedWithDaysLeft: number | null = null,
): ClockReading {
  switch (clock.state) {
    case 'not_started':
      return { kind: 'not_started' }
    case 'paused':
      return { kind: 'paused', pausedOn: clock.pausedOn ?? today, workingDaysLeft: pausedWithDaysLeft }
    case 'stopped':
      return { kind: 'stopped', dueOn: clock.dueOn }
    case 'running': {
      if (clock.dueOn === null) return { kind: 'not_started' }
      const { dueOn } = clock
      if (clock.isOverdue || dueOn < today) {
        return {
          kind: 'overdue',
          dueOn,
          workingDaysLate: exceptions === null ? null : workingDaysAfter(dueOn, today, exceptions),
        }
      }
      if (dueOn === today) return { kind: 'due_today', dueOn }
      return {
        kind: 'running',
        dueOn,
        workingDaysLeft: exceptions === null ? null : workingDaysAfter(today, dueOn, exceptions),
      }
    }
  }
}

/** The working days the clock had left when it was last paused, as the timeline recorded them. */
export function daysLeftAtPause(timeline: readonly TimelineEntry[]): number | null {
  const pause = [...timeline].reverse().find((entry) => entry.kind === 'clock_paused')
  const left = pause?.details.workingDaysLeft
  return typeof left === 'number' ? left : null
}

/** Whether a row is shown as late (in red): running past its due day. */
export const isLate = (reading: ClockReading) => reading.kind === 'overdue'
