// Opening hours end to end: the week stored as merged minutes and refused when a period is bad; a booking accepted
// exactly inside the hours (from the opening instant, to the closing instant, across midnight when both days are open)
// and refused otherwise or on a public holiday, by instrument_booking_refusal() — the function the availability asks,
// so that the calendar greys exactly what the booking route refuses.
import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { queryRows } from '../../db/client'
import { errorCode, useTestApp } from '../../testing/app'
import { useVoucherActors } from '../../testing/actors'
import { expectStatus, field, send, type Json } from '../../testing/requests'
import { weeklyMinutesOf } from './opening-hours'

const testApp = useTestApp()
const actors = useVoucherActors(testApp)

const minuteMs = 60_000
const dayMs = 24 * 60 * minuteMs
const shanghaiOffsetMs = 8 * 60 * minuteMs

type Period = { opensAt: string; closesAt: string }
const officeHours: Period[] = [{ opensAt: '09:00', closesAt: '17:30' }]
const week = (days: Period[][]) => ({ weekly: days, closedOnHolidays: true })

async function instrument(openingHours?: Json): Promise<string> {
  const body = {
    nameZh: '高分辨质谱仪',
    nameEn: 'High-resolution mass spectrometer',
    model: 'Orbitrap Exploris 480',
    maker: 'Thermo Fisher',
    category: 'analytical',
    originalValueFen: 5_200_000_00,
    locationZh: '嘉兴南湖区亚太路 906 号',
    specificationsZh: '分辨率 480,000',
    specificationsEn: 'Resolution 480,000',
    servicesZh: '蛋白质组学',
    priceUnit: 'per_hour',
    internalPriceFen: 300_00,
    externalPriceFen: 500_00,
    contactName: '陈工',
    contactPhone: '0573-8000 1234',
    rules: {
      leadTimeHours: 0,
      minDurationMinutes: 30,
      maxDurationMinutes: 480,
      bufferMinutes: 0,
      requiresApproval: false,
      cancellationNoticeHours: 0,
      monthlyQuotaHours: 0,
    },
    ...(openingHours === undefined ? {} : { openingHours }),
  }
  return field(
    expectStatus(await send(testApp, 'POST', '/api/instruments', actors.providerSuzhou, body), 201),
    'id',
  )
}

/** The Shanghai day (YYYY-MM-DD) of the first ISO weekday `isoWeekday` at least `daysAhead` days from now. */
function dayAhead(daysAhead: number, isoWeekday: number): string {
  const local = new Date(Date.now() + daysAhead * dayMs + shanghaiOffsetMs)
  const weekday = local.getUTCDay() === 0 ? 7 : local.getUTCDay()
  const day = new Date(local.getTime() + ((isoWeekday - weekday + 7) % 7) * dayMs)
  return day.toISOString().slice(0, 10)
}

/** A Shanghai wall-clock time as an instant; "24:00" is the next day's midnight. */
function at(day: string, time: string): string {
  return new Date(Date.parse(`${day}T00:00:00+08:00`) + minutesOf(time) * minuteMs).toISOString()
}

function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number)
  return (hours ?? 0) * 60 + (minutes ?? 0)
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + dayMs).toISOString().slice(0, 10)
}

/** The working calendar's exception of a day, if any (the tests avoid real holidays except the one they add). */
async function calendarKindOf(day: string): Promise<string | null> {
  const rows = await queryRows<{ kind: string }>(
    testApp.database.db,
    sql`SELECT kind FROM calendar_days WHERE day = ${day}`,
  )
  return rows[0]?.kind ?? null
}

/** The first ISO weekday `isoWeekday` from `daysAhead` on whose day and next day the calendar leaves alone. */
async function plainDay(daysAhead: number, isoWeekday: number): Promise<string> {
  for (let weeks = 0; weeks < 10; weeks++) {
    const day = dayAhead(daysAhead + weeks * 7, isoWeekday)
    if ((await calendarKindOf(day)) === null && (await calendarKindOf(nextDay(day))) === null) return day
  }
  throw new Error('no plain day in ten weeks')
}

function book(id: string, startsAt: string, endsAt: string) {
  return send(testApp, 'POST', '/api/bookings', actors.firmHefei, {
    instrumentId: id,
    startsAt,
    endsAt,
    purpose: '蛋白样品',
  })
}

interface Interval {
  startsAt: string
  endsAt: string
  bookable: boolean
  reason: string | null
  code: string | null
}

async function availabilityOf(id: string, from: string, to: string, minutes = 60) {
  const query = new URLSearchParams({ from, to, minutes: String(minutes) }).toString()
  const shown = expectStatus(
    await send(testApp, 'GET', `/api/instruments/${id}/availability?${query}`, actors.firmHefei),
    200,
  )
  return shown as unknown as { firstBookableAt: string | null; intervals: Interval[] }
}

describe('the week of opening hours', () => {
  it('merges touching periods, sorts them and refuses a period closing before it opens or overlapping', () => {
    const touching = [
      { opensAt: '13:00', closesAt: '17:30' },
      { opensAt: '09:00', closesAt: '13:00' },
      { opensAt: '19:00', closesAt: '24:00' },
    ]
    const stored = weeklyMinutesOf(week([touching, [], [], [], [], [], []]))
    expect(stored[0]).toEqual([
      [540, 1050],
      [1140, 1440],
    ])
    const refusal = (periods: Period[]) => {
      try {
        weeklyMinutesOf(week([[], [], periods, [], [], [], []]))
        return null
      } catch (error) {
        return error
      }
    }
    expect(refusal([{ opensAt: '17:00', closesAt: '09:00' }])).toMatchObject({
      code: 'OPENING_HOURS_INVALID',
      details: { weekday: 3, problem: 'closes_before_opening' },
    })
    expect(refusal([{ opensAt: '09:00', closesAt: '09:00' }])).toMatchObject({
      details: { problem: 'closes_before_opening' },
    })
    expect(
      refusal([
        { opensAt: '09:00', closesAt: '12:00' },
        { opensAt: '11:30', closesAt: '14:00' },
      ]),
    ).toMatchObject({ details: { weekday: 3, opensAt: '11:30', problem: 'overlaps' } })
  })

  it('opens Monday to Friday 09:00–17:30 by default, takes a week through the API and refuses a bad one', async () => {
    const id = await instrument()
    const shown = expectStatus(await send(testApp, 'GET', `/api/instruments/${id}`), 200)
    expect(shown.openingHours).toEqual(
      week([officeHours, officeHours, officeHours, officeHours, officeHours, [], []]),
    )
    const path = `/api/instruments/${id}`
    const overlapping = week([
      [
        { opensAt: '08:00', closesAt: '12:00' },
        { opensAt: '10:00', closesAt: '14:00' },
      ],
      [],
      [],
      [],
      [],
      [],
      [],
    ])
    const refused = await send(testApp, 'PATCH', path, actors.providerSuzhou, { openingHours: overlapping })
    expect(refused.statusCode).toBe(422)
    expect(errorCode(refused)).toBe('OPENING_HOURS_INVALID')
    const backwards = week([[{ opensAt: '18:00', closesAt: '08:00' }], [], [], [], [], [], []])
    expect(
      errorCode(await send(testApp, 'PATCH', path, actors.providerSuzhou, { openingHours: backwards })),
    ).toBe('OPENING_HOURS_INVALID')
    // off the half hour, or not a week of seven days: the schema refuses it before the service sees it
    const offHalfHour = week([[{ opensAt: '09:15', closesAt: '12:00' }], [], [], [], [], [], []])
    expect(
      errorCode(await send(testApp, 'PATCH', path, actors.providerSuzhou, { openingHours: offHalfHour })),
    ).toBe('VALIDATION_FAILED')
    const sixDays = week([[], [], [], [], [], []])
    expect(
      errorCode(await send(testApp, 'PATCH', path, actors.providerSuzhou, { openingHours: sixDays })),
    ).toBe('VALIDATION_FAILED')
    const weekend = { ...week([[], [], [], [], [], [{ opensAt: '10:00', closesAt: '16:00' }], []]) }
    const changed = expectStatus(
      await send(testApp, 'PATCH', path, actors.providerSuzhou, {
        openingHours: { ...weekend, closedOnHolidays: false },
      }),
      200,
    )
    expect(changed.openingHours).toEqual({ ...weekend, closedOnHolidays: false })
  })
})

describe('bookings and the opening hours', () => {
  it('accepts a booking from the opening instant and to the closing instant, and refuses one past either', async () => {
    const id = await instrument()
    const monday = await plainDay(14, 1)
    const early = await book(id, at(monday, '08:30'), at(monday, '09:30'))
    expect(early.statusCode).toBe(422)
    expect(errorCode(early)).toBe('BOOKING_OUTSIDE_OPENING_HOURS')
    const late = await book(id, at(monday, '17:00'), at(monday, '18:00'))
    expect(errorCode(late)).toBe('BOOKING_OUTSIDE_OPENING_HOURS')
    expect(late.json()).toMatchObject({ error: { details: { day: monday, weekday: 1 } } })
    expectStatus(await book(id, at(monday, '09:00'), at(monday, '10:00')), 201)
    expectStatus(await book(id, at(monday, '16:30'), at(monday, '17:30')), 201)
    const saturday = nextDay(nextDay(nextDay(nextDay(nextDay(monday)))))
    expect(errorCode(await book(id, at(saturday, '10:00'), at(saturday, '11:00')))).toBe(
      'BOOKING_OUTSIDE_OPENING_HOURS',
    )
  })

  it('carries a booking across midnight only when the evening runs to 24:00 and the next day opens at 00:00', async () => {
    const lateFriday = [{ opensAt: '18:00', closesAt: '24:00' }]
    const earlySaturday = [{ opensAt: '00:00', closesAt: '02:00' }]
    const open = await instrument(week([[], [], [], [], lateFriday, earlySaturday, []]))
    const closedSaturday = await instrument(week([[], [], [], [], lateFriday, [], []]))
    const friday = await plainDay(14, 5)
    const saturday = nextDay(friday)
    expect(errorCode(await book(closedSaturday, at(friday, '23:00'), at(saturday, '01:00')))).toBe(
      'BOOKING_OUTSIDE_OPENING_HOURS',
    )
    expectStatus(await book(closedSaturday, at(friday, '23:00'), at(friday, '24:00')), 201)
    expectStatus(await book(open, at(friday, '23:00'), at(saturday, '01:00')), 201)
    expect(errorCode(await book(open, at(saturday, '01:30'), at(saturday, '02:30')))).toBe(
      'BOOKING_OUTSIDE_OPENING_HOURS',
    )
  })

  it('closes an instrument on a public holiday of the working calendar unless it opens on holidays', async () => {
    const closing = await instrument()
    const everyDay = Array.from({ length: 7 }, () => officeHours)
    const opening = await instrument({ weekly: everyDay, closedOnHolidays: false })
    const wednesday = await plainDay(21, 3)
    await testApp.database.db.execute(
      sql`INSERT INTO calendar_days (day, kind, name_zh, name_en)
          VALUES (${wednesday}, 'holiday', '测试假日', 'Test holiday')`,
    )
    const refused = await book(closing, at(wednesday, '10:00'), at(wednesday, '11:00'))
    expect(refused.json()).toMatchObject({
      error: {
        code: 'BOOKING_OUTSIDE_OPENING_HOURS',
        details: { day: wednesday, holidayNameZh: '测试假日', holidayNameEn: 'Test holiday' },
      },
    })
    expectStatus(await book(opening, at(wednesday, '10:00'), at(wednesday, '11:00')), 201)
    const shown = await availabilityOf(closing, at(wednesday, '00:00'), at(wednesday, '24:00'))
    expect(shown.intervals).toEqual([expect.objectContaining({ bookable: false, reason: 'outside_hours' })])
    expect(shown.firstBookableAt).toBeNull()
  })

  it('greys the closed hours in the availability, and the booking route agrees at the start of every interval', async () => {
    const id = await instrument()
    const tuesday = await plainDay(14, 2)
    const shown = await availabilityOf(id, at(tuesday, '00:00'), at(tuesday, '24:00'))
    // an hour fits from 09:00 to a start at 16:30; before and after, it would not lie inside the hours
    expect(shown.intervals.map((interval) => [interval.startsAt, interval.endsAt, interval.reason])).toEqual([
      [at(tuesday, '00:00'), at(tuesday, '09:00'), 'outside_hours'],
      [at(tuesday, '09:00'), at(tuesday, '17:00'), null],
      [at(tuesday, '17:00'), at(tuesday, '24:00'), 'outside_hours'],
    ])
    expect(shown.firstBookableAt).toBe(at(tuesday, '09:00'))
    for (const interval of shown.intervals) {
      const lastStart = new Date(Date.parse(interval.endsAt) - 30 * minuteMs).toISOString()
      for (const startsAt of [interval.startsAt, lastStart]) {
        const endsAt = new Date(Date.parse(startsAt) + 60 * minuteMs).toISOString()
        const answer = await book(id, startsAt, endsAt)
        if (interval.bookable) expectStatus(answer, 201)
        else expect(errorCode(answer)).toBe(interval.code)
      }
    }
  })
})
