import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../../db/client'
import { createTestDatabase, type TestDatabase } from '../../testing/database'
import { AppError } from '../errors'
import { chinaCalendarDays } from './calendar.data'
import {
  addWorkingDays,
  countWorkingDaysBetween,
  exceptionsFrom,
  isWeekend,
  isWorkingDay,
  type CalendarExceptions,
} from './calendar.days'
import { createCalendarService, ensureCalendarData, type CalendarService } from './calendar.service'

const noExceptions: CalendarExceptions = new Map()
const china = exceptionsFrom(chinaCalendarDays)

function expectAppError(action: () => unknown, code: string) {
  try {
    action()
  } catch (error) {
    expect(error).toBeInstanceOf(AppError)
    expect(error).toMatchObject({ code })
    return
  }
  throw new Error(`expected AppError ${code}`)
}

describe('working-day rules (pure)', () => {
  it('takes Saturdays and Sundays off and works Monday to Friday', () => {
    expect(isWorkingDay('2026-03-06', noExceptions)).toBe(true) // Friday
    expect(isWorkingDay('2026-03-07', noExceptions)).toBe(false) // Saturday
    expect(isWorkingDay('2026-03-08', noExceptions)).toBe(false) // Sunday
    expect(isWorkingDay('2026-03-09', noExceptions)).toBe(true) // Monday
    expect(addWorkingDays('2026-03-06', 1, noExceptions)).toBe('2026-03-09')
    expect(addWorkingDays('2026-03-07', 1, noExceptions)).toBe('2026-03-09')
  })

  it('returns the start day or the next working day when adding zero', () => {
    expect(addWorkingDays('2026-03-09', 0, noExceptions)).toBe('2026-03-09')
    expect(addWorkingDays('2026-03-07', 0, noExceptions)).toBe('2026-03-09')
    expect(addWorkingDays('2026-10-01', 0, china)).toBe('2026-10-08')
  })

  it('skips the National Day 2026 block and counts the make-up Saturday after it', () => {
    expect(isWeekend('2026-10-01')).toBe(false) // a Thursday, off for National Day
    expect(isWorkingDay('2026-10-01', china)).toBe(false)
    expect(isWorkingDay('2026-10-07', china)).toBe(false)
    expect(addWorkingDays('2026-09-30', 1, china)).toBe('2026-10-08') // Thursday
    expect(addWorkingDays('2026-09-30', 2, china)).toBe('2026-10-09') // Friday
    expect(addWorkingDays('2026-09-30', 3, china)).toBe('2026-10-10') // make-up Saturday
    expect(addWorkingDays('2026-09-30', 4, china)).toBe('2026-10-12') // Sunday 11th is off
  })

  it('works on make-up Saturdays and Sundays', () => {
    for (const day of ['2026-02-14', '2026-02-28', '2026-05-09', '2026-01-04', '2025-01-26', '2025-10-11']) {
      expect(isWeekend(day)).toBe(true)
      expect(isWorkingDay(day, china)).toBe(true)
    }
    expect(addWorkingDays('2026-05-08', 1, china)).toBe('2026-05-09')
  })

  it('skips the nine-day Spring Festival 2026', () => {
    expect(addWorkingDays('2026-02-13', 1, china)).toBe('2026-02-14') // make-up Saturday
    expect(addWorkingDays('2026-02-14', 1, china)).toBe('2026-02-24') // 15th–23rd are off
    for (let date = 15; date <= 23; date++) expect(isWorkingDay(`2026-02-${date}`, china)).toBe(false)
  })

  it('counts working days in (from, to], negative backwards', () => {
    expect(countWorkingDaysBetween('2026-03-09', '2026-03-16', noExceptions)).toBe(5)
    expect(countWorkingDaysBetween('2026-03-16', '2026-03-09', noExceptions)).toBe(-5)
    expect(countWorkingDaysBetween('2026-03-09', '2026-03-09', noExceptions)).toBe(0)
    // 14th (make-up Saturday), 24th–27th, 28th (make-up Saturday)
    expect(countWorkingDaysBetween('2026-02-13', '2026-02-28', china)).toBe(6)
    expect(countWorkingDaysBetween('2026-09-30', '2026-10-10', china)).toBe(3)
    // 261 weekdays - 18 weekday holidays + 5 make-up days in 2025; 261 - 19 + 6 in 2026
    expect(countWorkingDaysBetween('2024-12-31', '2025-12-31', china)).toBe(248)
    expect(countWorkingDaysBetween('2025-12-31', '2026-12-31', china)).toBe(248)
  })

  it('agrees with itself: counting up to the day reached by adding n gives n', () => {
    for (const startDay of ['2025-01-20', '2025-09-26', '2026-02-10', '2026-09-18', '2026-12-25']) {
      for (const workingDays of [1, 2, 5, 10, 20, 60]) {
        const reached = addWorkingDays(startDay, workingDays, china)
        expect(countWorkingDaysBetween(startDay, reached, china)).toBe(workingDays)
        expect(isWorkingDay(reached, china)).toBe(true)
      }
    }
  })

  it('refuses bad days and out-of-bound requests with coded errors', () => {
    expectAppError(() => addWorkingDays('2026-03-09', 1001, noExceptions), 'CALENDAR_RANGE_INVALID')
    expectAppError(() => addWorkingDays('2026-03-09', -1, noExceptions), 'CALENDAR_RANGE_INVALID')
    expectAppError(() => addWorkingDays('2026-03-09', 1.5, noExceptions), 'CALENDAR_RANGE_INVALID')
    expectAppError(
      () => countWorkingDaysBetween('2020-01-01', '2030-12-31', noExceptions),
      'CALENDAR_RANGE_INVALID',
    )
    expectAppError(() => isWorkingDay('2026-02-30', noExceptions), 'CALENDAR_DAY_INVALID')
    expectAppError(() => isWorkingDay('2026-2-3', noExceptions), 'CALENDAR_DAY_INVALID')
    expectAppError(() => addWorkingDays('tomorrow', 1, noExceptions), 'CALENDAR_DAY_INVALID')
    const allHolidays = new Map(
      Array.from({ length: 4000 }, (_, offset) => [dayAfter('2026-01-01', offset), 'holiday' as const]),
    )
    expectAppError(() => addWorkingDays('2026-01-01', 1, allHolidays), 'CALENDAR_RANGE_INVALID')
    expect(addWorkingDays('2026-01-05', 1000, noExceptions)).toBe('2029-11-05')
  })
})

function dayAfter(day: string, offsetDays: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + offsetDays * 86_400_000).toISOString().slice(0, 10)
}

describe('the built-in State Council schedule', () => {
  it('lists each day once, make-up days on weekends only, with names in both languages', () => {
    const days = chinaCalendarDays.map((entry) => entry.day)
    expect(new Set(days).size).toBe(days.length)
    for (const entry of chinaCalendarDays) {
      if (entry.kind === 'workday') expect(isWeekend(entry.day)).toBe(true)
      expect(entry.nameZh.length).toBeGreaterThan(0)
      expect(entry.nameEn.length).toBeGreaterThan(0)
    }
    const workdaysIn = (year: string) =>
      chinaCalendarDays.filter((entry) => entry.kind === 'workday' && entry.day.startsWith(year)).length
    // as the State Council's notices for 2025 and 2026 publish them
    expect([workdaysIn('2025'), workdaysIn('2026')]).toEqual([5, 6])
  })
})

describe('the calendar service', () => {
  let database: TestDatabase
  let calendar: CalendarService

  beforeAll(async () => {
    database = await createTestDatabase()
    await ensureCalendarData(database.db)
    calendar = createCalendarService(database.db)
  })
  afterAll(async () => database.close())

  it('inserts the built-in data once however often it is ensured, and keeps operator corrections', async () => {
    await database.db.execute(
      sql`UPDATE calendar_days SET name_en = 'National Day (corrected)' WHERE day = '2026-10-01'`,
    )
    expect(await ensureCalendarData(database.db)).toBe(0)
    expect(await ensureCalendarData(database.db)).toBe(0)
    const rows = await queryRows<{ count: number | string }>(
      database.db,
      sql`SELECT count(*) AS count FROM calendar_days`,
    )
    expect(Number(rows[0]?.count)).toBe(chinaCalendarDays.length)
    const [corrected] = (await calendar.listDays(2026)).filter((entry) => entry.day === '2026-10-01')
    expect(corrected?.nameEn).toBe('National Day (corrected)')
  })

  it('adds working days across National Day 2026 from the table', async () => {
    expect(await calendar.addWorkingDays('2026-09-30', 1)).toBe('2026-10-08')
    expect(await calendar.addWorkingDays('2026-09-30', 5)).toBe('2026-10-13')
    expect(await calendar.addWorkingDays('2026-02-13', 2)).toBe('2026-02-24')
    expect(await calendar.addWorkingDays('2025-12-31', 248)).toBe('2026-12-31')
  })

  it('counts working days between two days from the table', async () => {
    expect(await calendar.workingDaysBetween('2026-02-13', '2026-02-28')).toBe(6)
    expect(await calendar.workingDaysBetween('2026-02-28', '2026-02-13')).toBe(-6)
    expect(await calendar.workingDaysBetween('2025-12-31', '2026-12-31')).toBe(248)
  })

  it("lists a year's exceptions in day order", async () => {
    const days = await calendar.listDays(2026)
    expect(days.length).toBe(chinaCalendarDays.filter((entry) => entry.day.startsWith('2026-')).length)
    expect(days.every((entry) => entry.day.startsWith('2026-'))).toBe(true)
    expect(days[0]).toMatchObject({ day: '2026-01-01', kind: 'holiday', nameZh: '元旦' })
    expect(days.find((entry) => entry.day === '2026-10-10')).toMatchObject({ kind: 'workday' })
    expect(await calendar.listDays(2030)).toEqual([])
  })

  it('refuses out-of-bound requests with coded errors before querying', async () => {
    await expect(calendar.addWorkingDays('2026-09-30', 1001)).rejects.toMatchObject({
      code: 'CALENDAR_RANGE_INVALID',
    })
    await expect(calendar.addWorkingDays('2026-09-31', 1)).rejects.toMatchObject({
      code: 'CALENDAR_DAY_INVALID',
    })
    await expect(calendar.workingDaysBetween('2000-01-01', '2026-01-01')).rejects.toMatchObject({
      code: 'CALENDAR_RANGE_INVALID',
    })
    await expect(calendar.listDays(1800)).rejects.toMatchObject({ code: 'CALENDAR_RANGE_INVALID' })
  })
})
