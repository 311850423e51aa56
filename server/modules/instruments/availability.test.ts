// The availability of an instrument's calendar through the API: each reason a slot cannot be booked (lead time,
// closed, quota, taken, blacklisted), and for each that the booking route agrees — a slot called bookable is booked,
// a refused one is refused with the code the availability named. Denials and an over-long window too.
import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { errorCode, useTestApp } from '../../testing/app'
import { useVoucherActors } from '../../testing/actors'
import { expectStatus, field, send, type Json } from '../../testing/requests'
import { alwaysOpen } from './opening-hours.test-support'

const testApp = useTestApp()
const actors = useVoucherActors(testApp)

const hourMs = 60 * 60 * 1000
const dayMs = 24 * hourMs

interface Interval {
  startsAt: string
  endsAt: string
  bookable: boolean
  reason: string | null
  code: string | null
}

interface Availability {
  minutes: number
  firstBookableAt: string | null
  intervals: Interval[]
}

async function instrument(rules: Json = {}): Promise<string> {
  const body = {
    nameZh: '激光共聚焦显微镜',
    nameEn: 'Confocal laser scanning microscope',
    model: 'LSM 980',
    maker: 'Zeiss',
    category: 'analytical',
    originalValueFen: 3_500_000_00,
    locationZh: '苏州工业园区星湖街 218 号',
    specificationsZh: '四激光通道',
    specificationsEn: 'Four laser lines',
    servicesZh: '活细胞成像',
    priceUnit: 'per_hour',
    internalPriceFen: 200_00,
    externalPriceFen: 400_00,
    contactName: '李工',
    contactPhone: '0512-6000 5678',
    rules: {
      leadTimeHours: 48,
      minDurationMinutes: 60,
      maxDurationMinutes: 240,
      bufferMinutes: 30,
      requiresApproval: false,
      cancellationNoticeHours: 24,
      monthlyQuotaHours: 0,
      ...rules,
    },
    // around the clock: these tests are about the other rules, at any hour
    openingHours: alwaysOpen,
  }
  return field(
    expectStatus(await send(testApp, 'POST', '/api/instruments', actors.providerSuzhou, body), 201),
    'id',
  )
}

/** A window of `days` from the whole hour (UTC) `daysAhead` days from now. */
function windowOf(daysAhead: number, days: number) {
  const from = new Date(Date.now() + daysAhead * dayMs)
  from.setUTCMinutes(0, 0, 0)
  return { from: from.toISOString(), to: new Date(from.getTime() + days * dayMs).toISOString() }
}

async function availabilityOf(id: string, window: { from: string; to: string }, cookie = actors.firmHefei) {
  const query = new URLSearchParams(window).toString()
  return expectStatus(
    await send(testApp, 'GET', `/api/instruments/${id}/availability?${query}`, cookie),
    200,
  ) as unknown as Availability
}

/** The interval holding a start, and the start itself. */
function intervalAt(availability: Availability, startsAt: string): Interval {
  const ms = Date.parse(startsAt)
  const found = availability.intervals.find(
    (interval) => Date.parse(interval.startsAt) <= ms && ms < Date.parse(interval.endsAt),
  )
  if (found === undefined) throw new Error(`no interval holds ${startsAt}`)
  return found
}

function book(id: string, startsAt: string, minutes: number, cookie = actors.firmHefei) {
  const endsAt = new Date(Date.parse(startsAt) + minutes * 60_000).toISOString()
  return send(testApp, 'POST', '/api/bookings', cookie, {
    instrumentId: id,
    startsAt,
    endsAt,
    purpose: '成像',
  })
}

describe('the availability of an instrument', () => {
  it('greys the lead time, and its first bookable start is accepted by the booking route', async () => {
    const id = await instrument()
    const shown = await availabilityOf(id, windowOf(0, 7))
    expect(shown.minutes).toBe(60)
    // the hour already begun is past; from there to 48 hours ahead, the lead time: both greyed as lead time
    expect(shown.intervals[0]).toMatchObject({
      bookable: false,
      reason: 'lead_time',
      code: 'BOOKING_IN_PAST',
    })
    const first = shown.intervals.find((interval) => interval.code === 'BOOKING_LEAD_TIME')
    expect(first).toMatchObject({ bookable: false, reason: 'lead_time' })
    const firstBookableAt = shown.firstBookableAt ?? ''
    expect(Date.parse(firstBookableAt)).toBeGreaterThanOrEqual(Date.now() + 47 * hourMs)
    expect(Date.parse(firstBookableAt)).toBeLessThanOrEqual(Date.now() + 49 * hourMs)
    // a start inside the lead time, as the calendar would offer it: refused with the same code
    const inside = new Date(Date.parse(first?.startsAt ?? '') + 24 * hourMs).toISOString()
    expect(intervalAt(shown, inside).code).toBe('BOOKING_LEAD_TIME')
    expect(errorCode(await book(id, inside, shown.minutes))).toBe('BOOKING_LEAD_TIME')
    expectStatus(await book(id, firstBookableAt, shown.minutes), 201)
  })

  it('greys the time another booking holds (its buffer included), and the booking route refuses it as taken', async () => {
    const id = await instrument()
    const window = windowOf(4, 1)
    expectStatus(await book(id, window.from, 120, actors.firmShanghai), 201)
    const shown = await availabilityOf(id, window)
    // held [from, from + 2 h 30): an hour starting before its end collides; from 2 h 30 on it is free
    const held = intervalAt(shown, new Date(Date.parse(window.from) + 2 * hourMs).toISOString())
    expect(held).toMatchObject({ bookable: false, reason: 'taken', code: 'BOOKING_SLOT_TAKEN' })
    expect(errorCode(await book(id, held.startsAt, 60))).toBe('BOOKING_SLOT_TAKEN')
    const free = intervalAt(shown, new Date(Date.parse(window.from) + 2.5 * hourMs).toISOString())
    expect(free.bookable).toBe(true)
    expectStatus(await book(id, free.startsAt, 60), 201)
  })

  it("greys what would exceed the organisation's monthly quota, as the booking route does", async () => {
    const id = await instrument({ monthlyQuotaHours: 2 })
    const window = windowOf(4, 1)
    const before = await availabilityOf(id, window)
    expect(intervalAt(before, window.from).bookable).toBe(true)
    expectStatus(await book(id, window.from, 120), 201)
    const later = new Date(Date.parse(window.from) + 4 * hourMs).toISOString()
    const after = await availabilityOf(id, window)
    expect(intervalAt(after, later)).toMatchObject({ reason: 'quota', code: 'BOOKING_QUOTA_EXCEEDED' })
    expect(errorCode(await book(id, later, 60))).toBe('BOOKING_QUOTA_EXCEEDED')
    // the quota is the organisation's: another firm still may
    expect(intervalAt(await availabilityOf(id, window, actors.firmShanghai), later).bookable).toBe(true)
  })

  it('greys every slot of an instrument under maintenance as closed', async () => {
    const id = await instrument()
    expectStatus(
      await send(testApp, 'PATCH', `/api/instruments/${id}`, actors.providerSuzhou, {
        status: 'maintenance',
      }),
      200,
    )
    const window = windowOf(4, 2)
    const shown = await availabilityOf(id, window)
    expect(shown.intervals).toHaveLength(1)
    expect(shown.intervals[0]).toMatchObject({
      bookable: false,
      reason: 'closed',
      code: 'INSTRUMENT_UNAVAILABLE',
    })
    expect(shown.firstBookableAt).toBeNull()
    expect(errorCode(await book(id, window.from, 60))).toBe('INSTRUMENT_UNAVAILABLE')
  })

  it('refuses callers who cannot book, and a window over 14 days', async () => {
    const id = await instrument()
    const query = new URLSearchParams(windowOf(3, 1)).toString()
    const path = `/api/instruments/${id}/availability?${query}`
    expect((await send(testApp, 'GET', path)).statusCode).toBe(401)
    expect(errorCode(await send(testApp, 'GET', path, actors.office))).toBe('FORBIDDEN')
    expect(errorCode(await send(testApp, 'GET', path, actors.officerShanghai))).toBe('FORBIDDEN')
    const long = new URLSearchParams(windowOf(3, 15)).toString()
    const tooLong = await send(
      testApp,
      'GET',
      `/api/instruments/${id}/availability?${long}`,
      actors.firmHefei,
    )
    expect(errorCode(tooLong)).toBe('BOOKING_TIME_INVALID')
  })

  it("greys everything for a booker on the owner's blacklist, as the booking route refuses them", async () => {
    const id = await instrument()
    const window = windowOf(5, 1)
    const booking = (
      expectStatus(await book(id, window.from, 60, actors.firmShanghai), 201).bookings as Json[]
    )[0]
    const userId = field(expectStatus(await send(testApp, 'GET', '/api/me', actors.firmShanghai), 200), 'id')
    await testApp.database.db.execute(
      sql`INSERT INTO instrument_violations (id, booking_id, user_id, organisation_id, instrument_id, provider_id,
            kind, occurred_at)
          VALUES ('ivio_availability', ${String(booking?.id)}, ${userId}, ${actors.firmShanghaiId}, ${id},
            ${actors.providerSuzhouId}, 'no_show', now())`,
    )
    const policy = `/api/providers/${actors.providerSuzhouId}/instrument-policy`
    const limit = { violationLimit: 0, violationWindowMonths: 12 }
    expectStatus(await send(testApp, 'PUT', policy, actors.providerSuzhou, limit), 200)
    const later = new Date(Date.parse(window.from) + 4 * hourMs).toISOString()
    const barred = await availabilityOf(id, window, actors.firmShanghai)
    expect(intervalAt(barred, later)).toMatchObject({ reason: 'blacklisted', code: 'BOOKER_BLACKLISTED' })
    expect(errorCode(await book(id, later, 60, actors.firmShanghai))).toBe('BOOKER_BLACKLISTED')
    // another booker is not on the list
    expect(intervalAt(await availabilityOf(id, window), later).bookable).toBe(true)
  })
})
