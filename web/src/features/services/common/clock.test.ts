import { describe, expect, it } from 'vitest'
import {
  daysLeftAtPause,
  isWorkingDay,
  readClock,
  workingDaysAfter,
  yearsBetween,
  type CalendarExceptions,
} from './clock'
import type { CaseClock, TimelineEntry } from './services.types'

// 2026: the National Day holiday runs 1–8 October; Saturday 10 October is a make-up working day (调休)
const exceptions: CalendarExceptions = new Map([
  ...['01', '02', '03', '04', '05', '06', '07', '08'].map((day) => [`2026-10-${day}`, 'holiday'] as const),
  ['2026-10-10', 'workday'] as const,
])
const none: CalendarExceptions = new Map()

const running = (dueOn: string, isOverdue = false): CaseClock => ({
  state: 'running',
  dueOn,
  pausedOn: null,
  isOverdue,
})

describe('working days', () => {
  it('are Monday to Friday unless the calendar says otherwise', () => {
    expect(isWorkingDay('2026-09-30', exceptions)).toBe(true)
    expect(isWorkingDay('2026-10-05', exceptions)).toBe(false)
    expect(isWorkingDay('2026-10-10', exceptions)).toBe(true)
    expect(isWorkingDay('2026-10-11', exceptions)).toBe(false)
  })

  it('are counted after the first day up to and including the last', () => {
    // Friday 25 September to Friday 9 October: 28, 29, 30 September, 9 October
    expect(workingDaysAfter('2026-09-25', '2026-10-09', exceptions)).toBe(4)
    expect(workingDaysAfter('2026-09-25', '2026-10-09', none)).toBe(10)
    expect(workingDaysAfter('2026-10-09', '2026-10-12', exceptions)).toBe(2)
    expect(workingDaysAfter('2026-10-12', '2026-10-12', exceptions)).toBe(0)
    expect(workingDaysAfter('2026-10-12', '2026-10-01', exceptions)).toBe(0)
  })

  it('need the calendar of every year a count crosses', () => {
    expect(yearsBetween('2026-12-28', '2027-01-08')).toEqual([2026, 2027])
    expect(yearsBetween('2026-06-01', '2026-06-30')).toEqual([2026])
  })
})

describe('a case’s clock, read on a day', () => {
  it('has not started before the window accepts the case', () => {
    expect(
      readClock({ state: 'not_started', dueOn: null, pausedOn: null, isOverdue: false }, '2026-09-25', none),
    ).toEqual({ kind: 'not_started' })
  })

  it('runs towards its due day with the working days left, once the calendar is known', () => {
    expect(readClock(running('2026-10-09'), '2026-09-25', exceptions)).toEqual({
      kind: 'running',
      dueOn: '2026-10-09',
      workingDaysLeft: 4,
    })
    expect(readClock(running('2026-10-09'), '2026-09-25', null)).toEqual({
      kind: 'running',
      dueOn: '2026-10-09',
      workingDaysLeft: null,
    })
    expect(readClock(running('2026-10-09'), '2026-10-09', exceptions)).toEqual({
      kind: 'due_today',
      dueOn: '2026-10-09',
    })
  })

  it('is overdue past its due day, by the working days since', () => {
    expect(readClock(running('2026-09-30', true), '2026-10-12', exceptions)).toEqual({
      kind: 'overdue',
      dueOn: '2026-09-30',
      workingDaysLate: 3,
    })
    // the server's word counts even when this machine's clock lags
    expect(readClock(running('2026-09-30', true), '2026-09-30', exceptions).kind).toBe('overdue')
  })

  it('keeps what it had left while paused, and nothing once stopped', () => {
    const paused: CaseClock = { state: 'paused', dueOn: null, pausedOn: '2026-09-28', isOverdue: false }
    expect(readClock(paused, '2026-10-12', exceptions, 3)).toEqual({
      kind: 'paused',
      pausedOn: '2026-09-28',
      workingDaysLeft: 3,
    })
    expect(
      readClock(
        { state: 'stopped', dueOn: '2026-10-09', pausedOn: null, isOverdue: false },
        '2026-10-12',
        exceptions,
      ),
    ).toEqual({ kind: 'stopped', dueOn: '2026-10-09' })
  })

  it('reads what the last pause left from the timeline', () => {
    const entry = (kind: TimelineEntry['kind'], details: Record<string, unknown>): TimelineEntry => ({
      at: '2026-09-28T02:00:00.000Z',
      kind,
      action: null,
      fromState: null,
      toState: null,
      actorUserId: null,
      note: null,
      details,
    })
    expect(daysLeftAtPause([])).toBeNull()
    expect(
      daysLeftAtPause([
        entry('clock_paused', { pausedOn: '2026-09-21', workingDaysLeft: 5 }),
        entry('clock_resumed', { dueOn: '2026-10-12' }),
        entry('clock_paused', { pausedOn: '2026-09-28', workingDaysLeft: 3 }),
      ]),
    ).toBe(3)
  })
})
