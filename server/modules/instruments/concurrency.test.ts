// The slot race settled by the database, and retries racing under one Idempotency-Key: on PostgreSQL, where
// app.inject() requests use parallel connections. Single bookings requested at once in one process share one
// statement (the group commit), so the requests are spread over four server processes on the same database: their
// batches race on separate connections.
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../../db/client'
import { createTestApp, errorCode, type TestApp, type TestSibling } from '../../testing/app'
import { countOf, idempotencyKeyRows, runsOnPostgres } from '../../testing/database'
import { expectStatus, field, send } from '../../testing/requests'
import { signInActors, type VoucherActors } from '../../testing/actors'
import { alwaysOpen } from './opening-hours.test-support'

let testApp: TestApp
let siblings: TestSibling[] = []
let actors: VoucherActors
let instrumentId: string
const hourMs = 60 * 60 * 1000
const bufferMinutes = 30

/** An instrument booked without lead time, approval, notice or quota: only its slots and buffer are raced for. */
async function publishRacedInstrument(): Promise<string> {
  return field(
    expectStatus(
      await send(testApp, 'POST', '/api/instruments', actors.providerSuzhou, {
        nameZh: '高分辨质谱仪',
        nameEn: 'High-resolution mass spectrometer',
        model: 'Q Exactive',
        maker: 'Thermo Fisher',
        category: 'analytical',
        originalValueFen: 3_500_000_00,
        locationZh: '苏州',
        specificationsZh: '分辨率 140000',
        specificationsEn: 'Resolution 140,000',
        servicesZh: '小分子鉴定',
        priceUnit: 'per_hour',
        internalPriceFen: 400_00,
        externalPriceFen: 800_00,
        contactName: '李工',
        contactPhone: '0512-6000 2222',
        rules: {
          leadTimeHours: 0,
          minDurationMinutes: 30,
          maxDurationMinutes: 480,
          bufferMinutes,
          requiresApproval: false,
          cancellationNoticeHours: 0,
          monthlyQuotaHours: 0,
        },
        openingHours: alwaysOpen,
      }),
      201,
    ),
    'id',
  )
}

let requestCount = 0
/** The next of the four processes, in turn. */
const nextProcess = (): TestApp => {
  requestCount += 1
  const sibling = siblings[requestCount % (siblings.length + 1)]
  return sibling === undefined ? testApp : { ...testApp, app: sibling.app }
}

const book = (cookie: string, startsAt: Date, minutes: number) =>
  send(nextProcess(), 'POST', '/api/bookings', cookie, {
    instrumentId,
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + minutes * 60_000).toISOString(),
    purpose: 'race',
  })

const keyRowsOf = (key: string) => idempotencyKeyRows(testApp.database.db, key)

async function bookingsFrom(base: Date, hours: number) {
  return queryRows<{ id: string }>(
    testApp.database.db,
    sql`SELECT id FROM instrument_bookings WHERE instrument_id = ${instrumentId}
         AND starts_at >= ${base.toISOString()}::timestamptz
         AND starts_at < ${new Date(base.getTime() + hours * hourMs).toISOString()}::timestamptz`,
  )
}

const bookWithKey = (key: string, startsAt: Date, minutes: number) =>
  send(
    nextProcess(),
    'POST',
    '/api/bookings',
    actors.firmHefei,
    {
      instrumentId,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + minutes * 60_000).toISOString(),
      purpose: 'race',
    },
    { 'idempotency-key': key },
  )

describe.runIf(runsOnPostgres())('booking races on PostgreSQL with parallel connections', () => {
  beforeAll(async () => {
    testApp = await createTestApp()
    actors = await signInActors(testApp)
    instrumentId = await publishRacedInstrument()
    siblings = await Promise.all(Array.from({ length: 3 }, () => testApp.openSibling()))
  })
  afterAll(async () => {
    for (const sibling of siblings) await sibling.close()
    await testApp.close()
  })

  it('leaves exactly one active booking from 64 concurrent requests for overlapping slots', async () => {
    const base = new Date(Date.now() + 3 * 24 * hourMs)
    base.setUTCHours(1, 0, 0, 0)
    const responses = await Promise.all(
      Array.from({ length: 64 }, (_, index) =>
        book(
          index % 2 === 0 ? actors.firmShanghai : actors.firmHefei,
          new Date(base.getTime() + (index % 8) * 10 * 60_000),
          60,
        ),
      ),
    )
    expect(responses.filter((response) => response.statusCode === 201)).toHaveLength(1)
    expect(new Set(responses.filter((response) => response.statusCode !== 201).map(errorCode))).toEqual(
      new Set(['BOOKING_SLOT_TAKEN']),
    )
    const rows = await countOf(
      testApp.database.db,
      sql`SELECT count(*) AS count FROM instrument_bookings WHERE instrument_id = ${instrumentId}
           AND status IN ('requested', 'approved', 'checked_in')
           AND starts_at >= ${base.toISOString()}::timestamptz AND starts_at < ${new Date(base.getTime() + 3 * hourMs).toISOString()}::timestamptz`,
    )
    expect(rows).toBe(1)
  })

  it('makes one booking from 16 concurrent retries with one key, every one answered with it', async () => {
    const base = new Date(Date.now() + 7 * 24 * hourMs)
    base.setUTCHours(2, 0, 0, 0)
    const attempts = 16
    const responses = await Promise.all(
      Array.from({ length: attempts }, () => bookWithKey('concurrent-booking-1', base, 60)),
    )
    expect(responses.map((response) => response.statusCode)).toEqual(Array(attempts).fill(201))
    expect(responses.filter((response) => response.headers['idempotent-replayed'] === 'true')).toHaveLength(
      attempts - 1,
    )
    expect(new Set(responses.map((response) => response.body)).size).toBe(1)
    const stored = await bookingsFrom(base, 1)
    expect(stored).toHaveLength(1)
    expect(responses[0]?.json().bookings.map((booking: { id: string }) => booking.id)).toEqual([
      stored[0]?.id,
    ])
    expect(await keyRowsOf('concurrent-booking-1')).toEqual([
      { state: 'completed', response_status: 201, response_body: null, resource_id: stored[0]?.id },
    ])
  })

  it('gives concurrent requests with one key for two different slots one booking, refusing the other request', async () => {
    const base = new Date(Date.now() + 8 * 24 * hourMs)
    base.setUTCHours(2, 0, 0, 0)
    const starts = [base, new Date(base.getTime() + 3 * hourMs)]
    const responses = await Promise.all(
      Array.from({ length: 12 }, (_, position) =>
        bookWithKey('concurrent-booking-2', starts[position % 2] ?? base, 60),
      ),
    )
    const stored = await bookingsFrom(base, 6)
    expect(stored).toHaveLength(1)
    // whichever request wrote the key first made the booking; its twins replay it, the other request is refused
    const winner = responses.findIndex((response) => response.statusCode === 201)
    expect(winner).toBeGreaterThanOrEqual(0)
    responses.forEach((response, position) => {
      if (position % 2 === winner % 2) {
        expect(response.statusCode).toBe(201)
        expect(response.json().bookings[0].id).toBe(stored[0]?.id)
      } else {
        expect({ status: response.statusCode, code: errorCode(response) }).toEqual({
          status: 422,
          code: 'IDEMPOTENCY_KEY_REUSED',
        })
      }
    })
  })

  it('gives concurrent refused bookings with one key no effect and stores one refusal', async () => {
    const base = new Date(Date.now() + 9 * 24 * hourMs)
    base.setUTCHours(2, 0, 0, 0)
    expectStatus(await book(actors.firmShanghai, base, 120), 201)
    const responses = await Promise.all(
      Array.from({ length: 8 }, () =>
        bookWithKey('concurrent-booking-refused-1', new Date(base.getTime() + hourMs), 60),
      ),
    )
    expect(new Set(responses.map((response) => `${response.statusCode} ${errorCode(response)}`))).toEqual(
      new Set(['409 BOOKING_SLOT_TAKEN']),
    )
    expect(await bookingsFrom(base, 3)).toHaveLength(1)
    expect(await keyRowsOf('concurrent-booking-refused-1')).toEqual([
      expect.objectContaining({ state: 'completed', response_status: 409, resource_id: null }),
    ])
  })

  it('accepts every back-to-back slot that keeps the buffer, requested at once', async () => {
    const base = new Date(Date.now() + 5 * 24 * hourMs)
    base.setUTCHours(0, 0, 0, 0)
    const slotMinutes = 60
    const responses = await Promise.all(
      Array.from({ length: 16 }, (_, index) =>
        book(
          actors.firmHefei,
          new Date(base.getTime() + index * (slotMinutes + bufferMinutes) * 60_000),
          slotMinutes,
        ),
      ),
    )
    expect(responses.map((response) => response.statusCode)).toEqual(Array(16).fill(201))
  })
})
