// Instruments and bookings through the API: the catalogue, the rules, the lifecycle with a voucher paying part,
// violations and the blacklist, statistics, the calendar feed, the Idempotency-Key written by the booking's own
// statement, the denials and bad input.
import { sql } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../../db/client'
import { requestHashOf } from '../../platform/idempotency/idempotency.plugin'
import { errorCode, useTestApp } from '../../testing/app'
import { countOf, idempotencyKeyRows } from '../../testing/database'
import { expectRefusal, expectStatus, field, send } from '../../testing/requests'
import { signedInNewUser, useVoucherActors } from '../../testing/actors'
import { activeProviderIn, fundedScheme, issuedVoucher, ledgerSnapshot } from '../../testing/factories'
import { alwaysOpen } from './opening-hours.test-support'

type Json = Record<string, unknown>

const testApp = useTestApp()
const actors = useVoucherActors(testApp)
/** the instrument of the lifecycle test: one completed, rated booking */
let completedInstrumentId: string
/** a user of another owner (a Hefei provider) */
let otherOwner: string

const hourMs = 60 * 60 * 1000
/** A whole hour some days ahead, so that lead times are met. */
function slot(daysAhead: number, hour: number, hours = 2) {
  const start = new Date(Date.now() + daysAhead * 24 * hourMs)
  start.setUTCHours(hour, 0, 0, 0)
  return { startsAt: start.toISOString(), endsAt: new Date(start.getTime() + hours * hourMs).toISOString() }
}

/** Two hours from the first whole hour at least an hour from now: inside a day's lead time at any time of day. */
function soonSlot() {
  const start = new Date(Math.ceil((Date.now() + hourMs) / hourMs) * hourMs)
  return { startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 2 * hourMs).toISOString() }
}

function instrumentInput(overrides: Json = {}, rules: Json = {}): Json {
  return {
    nameZh: '场发射扫描电子显微镜',
    nameEn: 'Field-emission scanning electron microscope',
    model: 'SU8220',
    maker: 'Hitachi',
    category: 'analytical',
    originalValueFen: 4_800_000_00,
    locationZh: '苏州工业园区仁爱路 1 号 B 楼 102',
    specificationsZh: '分辨率 0.8 nm（15 kV）',
    specificationsEn: 'Resolution 0.8 nm at 15 kV',
    servicesZh: '形貌观察、能谱分析',
    priceUnit: 'per_hour',
    internalPriceFen: 300_00,
    externalPriceFen: 600_00,
    contactName: '王工',
    contactPhone: '0512-6000 1234',
    // around the clock: the tests book at any hour (opening-hours.test.ts holds them to hours)
    openingHours: alwaysOpen,
    ...overrides,
    rules: {
      leadTimeHours: 24,
      minDurationMinutes: 60,
      maxDurationMinutes: 480,
      bufferMinutes: 30,
      requiresApproval: true,
      cancellationNoticeHours: 24,
      monthlyQuotaHours: 0,
      ...rules,
    },
  }
}

async function instrument(overrides: Json = {}, rules: Json = {}, cookie = actors.providerSuzhou) {
  return field(
    expectStatus(
      await send(testApp, 'POST', '/api/instruments', cookie, instrumentInput(overrides, rules)),
      201,
    ),
    'id',
  )
}

function book(body: Json, cookie = actors.firmHefei) {
  return send(testApp, 'POST', '/api/bookings', cookie, { purpose: '样品形貌观察', ...body })
}

async function booked(body: Json, cookie = actors.firmHefei): Promise<Json> {
  const result = expectStatus(await book(body, cookie), 201)
  const [first] = result.bookings as Json[]
  if (first === undefined) throw new Error('no booking was made')
  return first
}

async function bookingCount(): Promise<number> {
  return countOf(testApp.database.db, sql`SELECT count(*) AS count FROM instrument_bookings`)
}

beforeAll(async () => {
  const hefeiProvider = await activeProviderIn(testApp, 'HF', actors.providerSuzhouId)
  otherOwner = await signedInNewUser(testApp, actors.office, {
    username: 'owner.hf.test',
    password: 'another-owner-pass',
    displayNameZh: '合肥仪器管理员',
    displayNameEn: 'Hefei instrument owner',
    role: 'provider',
    cityCode: 'HF',
    organisationId: hefeiProvider,
  })
})

describe('the catalogue', () => {
  it('publishes an instrument with its tier and finds it in Chinese, English and free between two instants', async () => {
    const id = await instrument({
      nameZh: '透射电子显微镜 催化剂专用',
      nameEn: 'TEM for catalysts',
      originalValueFen: 12_000_000_00,
    })
    const shown = expectStatus(await send(testApp, 'GET', `/api/instruments/${id}`), 200)
    expect(shown).toMatchObject({
      valueTier: 'from_10m',
      cityCode: 'SZ',
      providerId: actors.providerSuzhouId,
    })
    for (const q of ['催化剂', 'catalysts']) {
      const page = expectStatus(
        await send(testApp, 'GET', `/api/instruments?q=${encodeURIComponent(q)}&city=SZ`),
        200,
      )
      expect((page.items as Json[]).map((item) => item.id)).toContain(id)
    }
    const window = slot(5, 2, 3)
    await booked({ instrumentId: id, ...slot(5, 3, 1) })
    const free = expectStatus(
      await send(
        testApp,
        'GET',
        `/api/instruments?q=${encodeURIComponent('催化剂')}&freeFrom=${encodeURIComponent(window.startsAt)}&freeTo=${encodeURIComponent(window.endsAt)}`,
      ),
      200,
    )
    expect((free.items as Json[]).map((item) => item.id)).not.toContain(id)
    const later = slot(6, 2, 3)
    const freeLater = expectStatus(
      await send(
        testApp,
        'GET',
        `/api/instruments?q=${encodeURIComponent('催化剂')}&freeFrom=${encodeURIComponent(later.startsAt)}&freeTo=${encodeURIComponent(later.endsAt)}`,
      ),
      200,
    )
    expect((freeLater.items as Json[]).map((item) => item.id)).toContain(id)
  })

  it('refuses an instrument below ¥300,000, inconsistent rules, and another owner publishing for this one', async () => {
    const low = await send(
      testApp,
      'POST',
      '/api/instruments',
      actors.providerSuzhou,
      instrumentInput({ originalValueFen: 299_999_99 }),
    )
    expect(errorCode(low)).toBe('INSTRUMENT_VALUE_TOO_LOW')
    const rules = await send(
      testApp,
      'POST',
      '/api/instruments',
      actors.providerSuzhou,
      instrumentInput({ internalPriceFen: 700_00, externalPriceFen: 600_00 }),
    )
    expect(errorCode(rules)).toBe('INSTRUMENT_RULES_INCONSISTENT')
    const other = await send(
      testApp,
      'POST',
      '/api/instruments',
      otherOwner,
      instrumentInput({ providerId: actors.providerSuzhouId }),
    )
    expect(errorCode(other)).toBe('FORBIDDEN')
  })
})

describe('booking rules', () => {
  let id: string
  beforeAll(async () => {
    id = await instrument(
      {},
      {
        leadTimeHours: 48,
        minDurationMinutes: 60,
        maxDurationMinutes: 240,
        bufferMinutes: 30,
        monthlyQuotaHours: 6,
      },
    )
  })

  it('refuses bad times with a 4xx and a stable code, storing nothing', async () => {
    const before = await bookingCount()
    const base = slot(5, 2)
    const cases: [Json, number, string][] = [
      [{ startsAt: base.endsAt, endsAt: base.startsAt }, 422, 'BOOKING_TIME_INVALID'],
      [{ startsAt: base.startsAt, endsAt: base.startsAt }, 422, 'BOOKING_TIME_INVALID'],
      [{ ...slot(-2, 2) }, 422, 'BOOKING_IN_PAST'],
      [{ ...slot(1, 2) }, 422, 'BOOKING_LEAD_TIME'],
      [{ ...slot(5, 2, 5) }, 422, 'BOOKING_DURATION_OUT_OF_RANGE'],
      [
        { startsAt: base.startsAt.replace('Z', ''), endsAt: base.endsAt.replace('Z', '') },
        400,
        'VALIDATION_FAILED',
      ],
      [{ startsAt: '2026-13-01T10:00:00+08:00', endsAt: base.endsAt }, 400, 'VALIDATION_FAILED'],
      [{ instrumentId: 'inst_unknown' }, 404, 'INSTRUMENT_NOT_FOUND'],
    ]
    for (const [overrides, status, code] of cases) {
      const response = await book({ instrumentId: id, ...base, ...overrides })
      expect({ overrides, status: response.statusCode, code: errorCode(response) }).toEqual({
        overrides,
        status,
        code,
      })
    }
    expect(await bookingCount()).toBe(before)
  })

  it('keeps the buffer after each booking and accepts back-to-back slots outside it', async () => {
    const first = await booked({ instrumentId: id, ...slot(10, 1, 2) })
    expect(first.status).toBe('requested')
    // 03:00–04:00 starts inside the 30-minute buffer after 01:00–03:00
    const inBuffer = await book({ instrumentId: id, ...slot(10, 3, 1) })
    expectRefusal(inBuffer, 409, 'BOOKING_SLOT_TAKEN')
    const start = new Date(String(first.endsAt)).getTime() + 30 * 60 * 1000
    const after = await book({
      instrumentId: id,
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + hourMs).toISOString(),
    })
    expect(after.statusCode).toBe(201)
  })

  it('holds an organisation to its monthly quota on the instrument', async () => {
    // 3 hours booked above; 6 allowed a month: 3 more fit, the next hour does not
    const base = new Date(Date.now() + 10 * 24 * hourMs)
    base.setUTCHours(8, 0, 0, 0)
    const within = await book({
      instrumentId: id,
      startsAt: base.toISOString(),
      endsAt: new Date(base.getTime() + 3 * hourMs).toISOString(),
    })
    const sameMonth = new Date(String(JSON.parse(within.body).bookings?.[0]?.startsAt ?? base.toISOString()))
    expect(within.statusCode).toBe(201)
    const over = await book({
      instrumentId: id,
      startsAt: new Date(sameMonth.getTime() + 5 * hourMs).toISOString(),
      endsAt: new Date(sameMonth.getTime() + 6 * hourMs).toISOString(),
    })
    expect(errorCode(over)).toBe('BOOKING_QUOTA_EXCEEDED')
  })

  it('repeats weekly, all or nothing or skipping conflicts', async () => {
    const weekly = await instrument({}, { leadTimeHours: 0, requiresApproval: false })
    const taken = slot(15, 6, 1)
    await booked({ instrumentId: weekly, ...taken }, actors.firmShanghai)
    const first = slot(8, 6, 1)
    const before = await bookingCount()
    const whole = await book({
      instrumentId: weekly,
      ...first,
      recurrence: { weeks: 3, mode: 'all_or_nothing' },
    })
    expectRefusal(whole, 409, 'BOOKING_RECURRENCE_CONFLICT')
    expect(await bookingCount()).toBe(before)
    const skipping = expectStatus(
      await book({ instrumentId: weekly, ...first, recurrence: { weeks: 3, mode: 'skip_conflicts' } }),
      201,
    )
    expect((skipping.bookings as Json[]).length).toBe(2)
    expect(skipping.skipped).toEqual([
      expect.objectContaining({ startsAt: taken.startsAt, code: 'BOOKING_SLOT_TAKEN' }),
    ])
  })
})

describe('the lifecycle, paid partly with a voucher', () => {
  it('books, approves, checks in, completes and rates, the voucher share reserved and the ledger balanced', () =>
    runLifecyclePaidWithVoucher())

  it('releases the voucher share when the booker cancels in time, and refuses a late cancellation', async () => {
    const id = await instrument({}, { leadTimeHours: 0, cancellationNoticeHours: 48 })
    const scheme = await fundedScheme(testApp, actors.officerHefei, 'HF')
    const voucher = await issuedVoucher(testApp, actors.hefei, field(scheme, 'id'), 5_000_00)
    const early = await booked({ instrumentId: id, ...slot(5, 2), voucher: { voucherId: voucher.id } })
    const cancelled = expectStatus(
      await send(testApp, 'POST', `/api/bookings/${field(early, 'id')}/cancel`, actors.firmHefei, {
        reason: '样品未就绪',
      }),
      200,
    )
    expect(cancelled.status).toBe('cancelled')
    expect(
      expectStatus(await send(testApp, 'GET', `/api/vouchers/${voucher.id}`, actors.firmHefei), 200),
    ).toMatchObject({ availableFen: 5_000_00, reservedFen: 0 })
    const late = await booked({ instrumentId: id, ...slot(1, 20) })
    const refused = await send(
      testApp,
      'POST',
      `/api/bookings/${field(late, 'id')}/cancel`,
      actors.firmHefei,
      {},
    )
    expect(errorCode(refused)).toBe('BOOKING_CANCELLATION_TOO_LATE')
    // the owner may still cancel, with a reason
    expect(
      errorCode(
        await send(testApp, 'POST', `/api/bookings/${field(late, 'id')}/cancel`, actors.providerSuzhou, {}),
      ),
    ).toBe('VALIDATION_FAILED')
    expect(
      expectStatus(
        await send(testApp, 'POST', `/api/bookings/${field(late, 'id')}/cancel`, actors.providerSuzhou, {
          reason: '设备故障',
        }),
        200,
      ).status,
    ).toBe('cancelled')
  })

  it('refuses a voucher from a provider user, and a firm spending another firm’s voucher', async () => {
    const id = await instrument({}, { leadTimeHours: 0 })
    const scheme = await fundedScheme(testApp, actors.officerShanghai, 'SH-SJ')
    const voucher = await issuedVoucher(testApp, actors.shanghai, field(scheme, 'id'), 5_000_00)
    const before = await bookingCount()
    expect(
      errorCode(
        await book({ instrumentId: id, ...slot(4, 2), voucher: { voucherId: voucher.id } }, otherOwner),
      ),
    ).toBe('BOOKING_VOUCHER_NOT_FOR_FIRM')
    expect(
      errorCode(
        await book({ instrumentId: id, ...slot(4, 2), voucher: { voucherId: voucher.id } }, actors.firmHefei),
      ),
    ).toBe('FORBIDDEN')
    expect(await bookingCount()).toBe(before)
  })
})

async function runLifecyclePaidWithVoucher() {
  const id = await instrument({}, { leadTimeHours: 0, minDurationMinutes: 30, cancellationNoticeHours: 0 })
  completedInstrumentId = id
  const scheme = await fundedScheme(testApp, actors.officerHefei, 'HF', { voucherShareMaxPercent: 50 })
  const voucher = await issuedVoucher(testApp, actors.hefei, field(scheme, 'id'), 10_000_00)
  const startsAt = new Date(Date.now() + 10 * 60 * 1000)
  startsAt.setUTCSeconds(0, 0)
  const times = {
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 90 * 60 * 1000).toISOString(),
  }
  const quote = expectStatus(
    await send(
      testApp,
      'GET',
      `/api/instruments/${id}/quote?startsAt=${encodeURIComponent(times.startsAt)}&endsAt=${encodeURIComponent(times.endsAt)}`,
      actors.firmHefei,
    ),
    200,
  )
  expect(quote).toMatchObject({
    userClass: 'external',
    unitPriceFen: 600_00,
    minutes: 90,
    amountFen: 900_00,
  })
  const booking = await booked({ instrumentId: id, ...times, voucher: { voucherId: voucher.id } })
  expect(booking).toMatchObject({
    status: 'requested',
    amountFen: 900_00,
    voucherShareFen: 450_00,
    bookerCityCode: 'HF',
    cityCode: 'SZ',
  })
  const orderUrl = `/api/voucher-orders/${field(booking, 'voucherOrderId')}`
  const order = expectStatus(await send(testApp, 'GET', orderUrl, actors.firmHefei), 200)
  expect(order).toMatchObject({
    category: 'instrument_time',
    productId: null,
    source: { kind: 'instrument_booking', id: booking.id },
    voucherShareFen: 450_00,
  })
  // the booking's order goes with the booking: cancelling it alone is refused, and changes nothing
  const cancelAlone = await send(testApp, 'POST', `${orderUrl}/cancel`, actors.firmHefei, {
    reason: 'plan changed',
  })
  expectRefusal(cancelAlone, 409, 'ORDER_PAYS_FOR_SOURCE')
  expect(expectStatus(await send(testApp, 'GET', orderUrl, actors.firmHefei), 200).status).toBe('reserved')
  const bookingId = field(booking, 'id')
  const run = (verb: string, cookie: string, body: Json = {}) =>
    send(testApp, 'POST', `/api/bookings/${bookingId}/${verb}`, cookie, body)
  // the denials: a firm approving, another owner approving
  expect(errorCode(await run('approve', actors.firmHefei))).toBe('FORBIDDEN')
  expect(errorCode(await run('approve', otherOwner))).toBe('FORBIDDEN')
  expect(expectStatus(await run('approve', actors.providerSuzhou), 200).status).toBe('approved')
  expect(errorCode(await run('check-in', actors.firmHefei))).toBe('FORBIDDEN')
  expect(expectStatus(await run('check-in', actors.providerSuzhou), 200).status).toBe('checked_in')
  expect(errorCode(await run('rate', actors.firmHefei, { rating: 5 }))).toBe('BOOKING_TRANSITION_INVALID')
  const completed = expectStatus(await run('complete', actors.providerSuzhou, { usedMinutes: 80 }), 200)
  expect(completed).toMatchObject({ status: 'completed', usedMinutes: 80 })
  expect(errorCode(await run('rate', actors.firmShanghai, { rating: 5 }))).toBe('FORBIDDEN')
  expect(
    expectStatus(await run('rate', actors.firmHefei, { rating: 5, comment: '操作规范' }), 200).rating,
  ).toBe(5)
  const verification = expectStatus(
    await send(testApp, 'GET', '/api/voucher-ledger/verification', actors.office),
    200,
  )
  expect(verification.firstViolation).toBe(null)
  const voucherNow = expectStatus(
    await send(testApp, 'GET', `/api/vouchers/${voucher.id}`, actors.firmHefei),
    200,
  )
  expect(voucherNow).toMatchObject({ availableFen: 10_000_00 - 450_00, reservedFen: 450_00 })
}

describe('violations and the blacklist', () => {
  it('marks a no-show, counts overbooking, and bars a booker with more than the owner allows', async () => {
    const id = await instrument({}, { leadTimeHours: 0, requiresApproval: false })
    const noShow = await booked({ instrumentId: id, ...slot(3, 2) }, actors.firmShanghai)
    await testApp.database.db.execute(
      sql`UPDATE instrument_bookings SET starts_at = now() - interval '3 hours', ends_at = now() - interval '1 hour',
          held_during = tstzrange(now() - interval '3 hours', now() - interval '30 minutes', '[)')
          WHERE id = ${field(noShow, 'id')}`,
    )
    const marked = await testApp.context.modules.instruments.bookings.markNoShows(testApp.database.db)
    expect(marked).toBe(1)
    expect(
      expectStatus(
        await send(testApp, 'GET', `/api/bookings/${field(noShow, 'id')}`, actors.firmShanghai),
        200,
      ).status,
    ).toBe('no_show')
    const record = expectStatus(
      await send(testApp, 'GET', '/api/bookings/violations', actors.firmShanghai),
      200,
    )
    expect(record).toMatchObject({
      countLast12Months: 1,
      violations: [expect.objectContaining({ kind: 'no_show' })],
    })

    expectStatus(
      await send(
        testApp,
        'PUT',
        `/api/providers/${actors.providerSuzhouId}/instrument-policy`,
        actors.providerSuzhou,
        {
          violationLimit: 1,
          violationWindowMonths: 12,
        },
      ),
      200,
    )
    const userId = field(expectStatus(await send(testApp, 'GET', '/api/me', actors.firmShanghai), 200), 'id')
    await testApp.database.db.execute(
      sql`INSERT INTO instrument_violations (id, booking_id, user_id, organisation_id, instrument_id, provider_id, kind, occurred_at)
          SELECT 'ivio_extra', booking_id, user_id, organisation_id, instrument_id, provider_id, 'overbooked', now()
            FROM instrument_violations WHERE user_id = ${userId} LIMIT 1`,
    )
    const barred = await book({ instrumentId: id, ...slot(4, 2) }, actors.firmShanghai)
    expectRefusal(barred, 403, 'BOOKER_BLACKLISTED')
    expect(
      errorCode(
        await send(
          testApp,
          'PUT',
          `/api/providers/${actors.providerSuzhouId}/instrument-policy`,
          otherOwner,
          { violationLimit: 9, violationWindowMonths: 12 },
        ),
      ),
    ).toBe('FORBIDDEN')
  })
})

describe('statistics and the calendar', () => {
  it('counts effective, external and cross-city hours, income, ratings and the grade', async () => {
    // through tomorrow in Shanghai: the lifecycle's booking starts 10 minutes after it ran, which is tomorrow there
    // from 23:50 on (a test run then failed on a period ending today)
    const periodEnd = new Date(Date.now() + (8 + 24) * hourMs).toISOString().slice(0, 10)
    // the demo data holds a year of bookings: the lifecycle test's instrument has exactly one, completed
    const byInstrument = expectStatus(
      await send(
        testApp,
        'GET',
        `/api/instruments/stats?periodStart=2026-01-01&periodEnd=${periodEnd}&groupBy=instrument&provider=${actors.providerSuzhouId}&limit=100`,
        actors.office,
      ),
      200,
    )
    expect((byInstrument.rows as Json[]).find((row) => row.key === completedInstrumentId)).toMatchObject({
      cityCode: 'SZ',
      bookings: 1,
      effectiveHours: 1.3,
      externalHours: 1.3,
      sharingRatePercent: 100,
      crossCityHours: 1.3,
      incomeFen: 900_00,
      averageRating: 5,
      grade: null,
    })
    const byOwner = expectStatus(
      await send(
        testApp,
        'GET',
        `/api/instruments/stats?periodStart=2026-01-01&periodEnd=${periodEnd}&groupBy=owner&limit=100`,
        actors.office,
      ),
      200,
    )
    const suzhou = (byOwner.rows as Json[]).find((row) => row.key === actors.providerSuzhouId)
    expect(['A', 'B', 'C', 'D']).toContain(suzhou?.grade)
    const flow = (byOwner.hoursByUserCity as Json[]).find(
      (item) => item.ownerCityCode === 'SZ' && item.userCityCode === 'HF',
    )
    expect(Number(flow?.hours)).toBeGreaterThanOrEqual(1.3)
    // a provider sees its own statistics only, whatever it asks for
    const own = expectStatus(
      await send(
        testApp,
        'GET',
        `/api/instruments/stats?periodStart=2026-01-01&periodEnd=${periodEnd}&groupBy=owner&limit=100`,
        actors.providerSuzhou,
      ),
      200,
    )
    expect((own.rows as Json[]).map((row) => row.key)).toEqual([actors.providerSuzhouId])
    expect(
      errorCode(
        await send(
          testApp,
          'GET',
          `/api/instruments/stats?periodStart=2026-01-01&periodEnd=${periodEnd}&groupBy=owner`,
          actors.firmHefei,
        ),
      ),
    ).toBe('FORBIDDEN')
    expect(
      errorCode(
        await send(
          testApp,
          'GET',
          `/api/instruments/stats?periodStart=2026-05-01&periodEnd=2026-01-01&groupBy=city`,
          actors.office,
        ),
      ),
    ).toBe('STATS_PERIOD_INVALID')
  })

  it('shows held slots, naming only the caller’s own, and serves an ICS feed', async () => {
    const id = await instrument({}, { leadTimeHours: 0, bufferMinutes: 15 })
    const mine = await booked({ instrumentId: id, ...slot(2, 1) })
    await booked({ instrumentId: id, ...slot(2, 5) }, otherOwner)
    const window = { from: slot(2, 0).startsAt, to: slot(3, 0).startsAt }
    const calendar = expectStatus(
      await send(
        testApp,
        'GET',
        `/api/instruments/${id}/calendar?from=${encodeURIComponent(window.from)}&to=${encodeURIComponent(window.to)}`,
        actors.firmHefei,
      ),
      200,
    )
    const slots = calendar.slots as Json[]
    expect(slots).toHaveLength(2)
    expect(slots[0]).toMatchObject({ bookingId: mine.id })
    expect(slots[1]).toMatchObject({ bookingId: null })
    expect(
      new Date(String(slots[0]?.heldUntil)).getTime() - new Date(String(slots[0]?.endsAt)).getTime(),
    ).toBe(15 * 60 * 1000)
    const ics = await send(testApp, 'GET', `/api/instruments/${id}/calendar.ics`)
    expect(ics.statusCode).toBe(200)
    expect(ics.headers['content-type']).toContain('text/calendar')
    expect(ics.body.match(/BEGIN:VEVENT/g)).toHaveLength(2)
  })
})

const bookWithKey = (key: string, body: Json, cookie = actors.firmHefei) =>
  send(
    testApp,
    'POST',
    '/api/bookings',
    cookie,
    { purpose: '样品形貌观察', ...body },
    { 'idempotency-key': key },
  )

const keyRows = (key: string) => idempotencyKeyRows(testApp.database.db, key)

async function bookingsOf(instrumentId: string) {
  return queryRows<{ id: string; status: string }>(
    testApp.database.db,
    sql`SELECT id, status FROM instrument_bookings WHERE instrument_id = ${instrumentId} ORDER BY id`,
  )
}

async function auditCountOf(bookingId: string) {
  return countOf(
    testApp.database.db,
    sql`SELECT count(*) AS count FROM audit_log WHERE entity_id = ${bookingId}`,
  )
}

describe('Idempotency-Key on bookings: a single booking writes its own key', () => {
  let id: string
  beforeAll(async () => {
    id = await instrument({}, { leadTimeHours: 0, requiresApproval: false, bufferMinutes: 0 })
  })

  it('replays a retried booking with the identical answer, one booking made, the key written with it', async () => {
    const body = { instrumentId: id, ...slot(6, 1) }
    const before = await bookingsOf(id)
    const first = await bookWithKey('booking-retry-1', body)
    expect(first.statusCode, first.body).toBe(201)
    expect(first.headers['idempotent-replayed']).toBeUndefined()
    const [made] = first.json().bookings as Json[]
    const bookingId = field(made ?? {}, 'id')
    // one statement wrote the booking and its key: completed at once, pointing at the booking, no body stored
    expect(await keyRows('booking-retry-1')).toEqual([
      { state: 'completed', response_status: 201, response_body: null, resource_id: bookingId },
    ])
    const retry = await bookWithKey('booking-retry-1', body)
    expect(retry.statusCode).toBe(201)
    expect(retry.headers['idempotent-replayed']).toBe('true')
    expect(retry.body).toBe(first.body)
    expect(await bookingsOf(id)).toEqual([...before, { id: bookingId, status: 'approved' }])
    expect(await auditCountOf(bookingId)).toBe(1)
  })

  it('refuses the key for another booking and changes nothing', async () => {
    const body = { instrumentId: id, ...slot(6, 5) }
    const first = expectStatus(await bookWithKey('booking-reuse-1', body), 201)
    const [made] = first.bookings as Json[]
    const stored = await keyRows('booking-reuse-1')
    const before = await bookingsOf(id)
    for (const other of [
      { ...body, ...slot(6, 9) },
      { ...body, purpose: '另一个用途' },
      { ...body, recurrence: { weeks: 2, mode: 'skip_conflicts' } },
    ]) {
      const refused = await bookWithKey('booking-reuse-1', other)
      expect({ status: refused.statusCode, code: errorCode(refused) }).toEqual({
        status: 422,
        code: 'IDEMPOTENCY_KEY_REUSED',
      })
      expect(refused.headers['idempotent-replayed']).toBeUndefined()
    }
    expect(await bookingsOf(id)).toEqual(before)
    expect(await keyRows('booking-reuse-1')).toEqual(stored)
    expect(stored).toEqual([expect.objectContaining({ resource_id: made?.id })])
  })

  it('stores a refused booking with its key and answers a retry with the same refusal, even once the slot is free', () =>
    replayRefusalUnderKey(id))

  it('answers a retry with the booking when the first answer was lost after the commit', () =>
    replayLostAnswer(id))

  it('takes over a key abandoned while pending, and refuses one still pending', () =>
    takeOverAbandonedKey(id))

  it('writes the key of a booking paid with a voucher in the transaction of the booking and its voucher order', () =>
    bookWithVoucherUnderKey(id))

  it('keys a repeat by the generic claim and completion: one series, its stored answer replayed', async () => {
    const body = { instrumentId: id, ...slot(10, 1, 1), recurrence: { weeks: 3, mode: 'all_or_nothing' } }
    const before = await bookingsOf(id)
    const first = await bookWithKey('booking-series-1', body)
    expect(first.statusCode, first.body).toBe(201)
    const series = first.json().bookings as Json[]
    expect(series).toHaveLength(3)
    // the answer as it was sent, stored under the key after the series committed
    expect(await keyRows('booking-series-1')).toEqual([
      { state: 'completed', response_status: 201, response_body: first.body, resource_id: null },
    ])
    const retry = await bookWithKey('booking-series-1', body)
    expect(retry.statusCode).toBe(201)
    expect(retry.headers['idempotent-replayed']).toBe('true')
    expect(retry.body).toBe(first.body)
    expect((await bookingsOf(id)).length).toBe(before.length + 3)

    const skipping = { ...body, ...slot(10, 5, 1), recurrence: { weeks: 2, mode: 'skip_conflicts' } }
    const skippedFirst = await bookWithKey('booking-series-2', skipping)
    expect(skippedFirst.statusCode, skippedFirst.body).toBe(201)
    const skippedRetry = await bookWithKey('booking-series-2', skipping)
    expect(skippedRetry.headers['idempotent-replayed']).toBe('true')
    expect(skippedRetry.body).toBe(skippedFirst.body)
    expect((await bookingsOf(id)).length).toBe(before.length + 5)
  })

  it('books without a key as before, writing no key', async () => {
    const countKeys = () => countOf(testApp.database.db, sql`SELECT count(*) AS count FROM idempotency_keys`)
    const keysBefore = await countKeys()
    const made = await booked({ instrumentId: id, ...slot(11, 1) })
    expect(made.status).toBe('approved')
    expect(await countKeys()).toBe(keysBefore)
  })
})

async function replayLostAnswer(id: string) {
  // the body as bookWithKey sends it, in its order: the key stands for the request's hash
  const body = { purpose: '样品形貌观察', instrumentId: id, ...slot(8, 1) }
  const firm = await testApp.context.identity.principalOfUsername('firm.hf')
  // What a server that crashed after the booking's commit leaves: the booking and its completed key, no answer.
  const made = await testApp.context.modules.instruments.bookings.createBooking(firm, body, {
    principalKey: firm.userId,
    key: 'booking-lost-1',
    method: 'POST',
    path: '/api/bookings',
    requestHash: requestHashOf('POST', '/api/bookings', body),
  })
  if (made.kind !== 'done') throw new Error(`the booking was not made: ${made.kind}`)
  const [booking] = made.entity.bookings
  const before = await bookingsOf(id)
  const retry = await bookWithKey('booking-lost-1', body)
  expect(retry.statusCode, retry.body).toBe(201)
  expect(retry.headers['idempotent-replayed']).toBe('true')
  expect(retry.json()).toEqual({
    bookings: [
      expectStatus(await send(testApp, 'GET', `/api/bookings/${booking?.id}`, actors.firmHefei), 200),
    ],
    skipped: [],
  })
  expect(await bookingsOf(id)).toEqual(before)
}

async function takeOverAbandonedKey(id: string) {
  // the body as bookWithKey sends it, in its order: the key stands for the request's hash
  const body = { purpose: '样品形貌观察', instrumentId: id, ...slot(8, 5) }
  const firm = await testApp.context.identity.principalOfUsername('firm.hf')
  const requestHash = requestHashOf('POST', '/api/bookings', body)
  await testApp.database.db.execute(
    sql`INSERT INTO idempotency_keys (principal_key, key, method, path, request_hash, state, created_at)
        VALUES (${firm.userId}, 'booking-pending-old', 'POST', '/api/bookings', ${requestHash}, 'pending',
                now() - interval '2 minutes'),
               (${firm.userId}, 'booking-pending-new', 'POST', '/api/bookings', ${requestHash}, 'pending', now())`,
  )
  const takenOver = await bookWithKey('booking-pending-old', body)
  expect(takenOver.statusCode, takenOver.body).toBe(201)
  expect(takenOver.headers['idempotent-replayed']).toBeUndefined()
  expect(await keyRows('booking-pending-old')).toEqual([
    expect.objectContaining({ state: 'completed', resource_id: takenOver.json().bookings[0].id }),
  ])
  const before = await bookingsOf(id)
  const pending = await bookWithKey('booking-pending-new', body)
  expect({ status: pending.statusCode, code: errorCode(pending) }).toEqual({
    status: 409,
    code: 'IDEMPOTENCY_IN_PROGRESS',
  })
  expect(await keyRows('booking-pending-new')).toEqual([
    { state: 'pending', response_status: null, response_body: null, resource_id: null },
  ])
  expect(await bookingsOf(id)).toEqual(before)
}

async function replayRefusalUnderKey(id: string) {
  const taken = expectStatus(await book({ instrumentId: id, ...slot(7, 2) }), 201)
  const [blocking] = taken.bookings as Json[]
  const body = { instrumentId: id, ...slot(7, 3, 1) }
  const before = await bookingsOf(id)
  const first = await bookWithKey('booking-refused-1', body)
  expect({ status: first.statusCode, code: errorCode(first) }).toEqual({
    status: 409,
    code: 'BOOKING_SLOT_TAKEN',
  })
  expect(await keyRows('booking-refused-1')).toEqual([
    { state: 'completed', response_status: 409, response_body: first.body, resource_id: null },
  ])
  // the slot is freed: a second run would book it, the stored answer does not
  expectStatus(
    await send(testApp, 'POST', `/api/bookings/${field(blocking ?? {}, 'id')}/cancel`, actors.firmHefei, {}),
    200,
  )
  const retry = await bookWithKey('booking-refused-1', body)
  expect(retry.statusCode).toBe(409)
  expect(retry.headers['idempotent-replayed']).toBe('true')
  expect(retry.body).toBe(first.body)
  expect((await bookingsOf(id)).filter((row) => row.status === 'approved')).toEqual(
    before.filter((row) => row.status === 'approved' && row.id !== blocking?.id),
  )
}

async function bookWithVoucherUnderKey(id: string) {
  const scheme = await fundedScheme(testApp, actors.officerHefei, 'HF', { voucherShareMaxPercent: 50 })
  const voucher = await issuedVoucher(testApp, actors.hefei, field(scheme, 'id'), 5_000_00)
  const voucherId = field(voucher, 'id')
  const voucherNow = async () =>
    expectStatus(await send(testApp, 'GET', `/api/vouchers/${voucherId}`, actors.firmHefei), 200)

  // 2 hours at ¥600: ¥1,200, of which the voucher may pay half; asking all of it is refused after the booking's
  // statement ran, and the booking and the key roll back with the voucher order
  const refusedBody = { instrumentId: id, ...slot(9, 1), voucher: { voucherId, voucherShareFen: 1_200_00 } }
  const bookingsBefore = await bookingsOf(id)
  const ledgerBefore = await ledgerSnapshot(testApp)
  const refused = await bookWithKey('booking-voucher-refused-1', refusedBody)
  expect({ status: refused.statusCode, code: errorCode(refused) }).toEqual({
    status: 422,
    code: 'VOUCHER_SHARE_OVER_LIMIT',
  })
  expect(await bookingsOf(id)).toEqual(bookingsBefore)
  expect(await ledgerSnapshot(testApp)).toBe(ledgerBefore)
  expect(await keyRows('booking-voucher-refused-1')).toEqual([
    { state: 'completed', response_status: 422, response_body: refused.body, resource_id: null },
  ])
  const refusedAgain = await bookWithKey('booking-voucher-refused-1', refusedBody)
  expect(refusedAgain.headers['idempotent-replayed']).toBe('true')
  expect(refusedAgain.body).toBe(refused.body)

  const body = { instrumentId: id, ...slot(9, 1), voucher: { voucherId } }
  const first = await bookWithKey('booking-voucher-1', body)
  expect(first.statusCode, first.body).toBe(201)
  const [made] = first.json().bookings as Json[]
  expect(made).toMatchObject({ amountFen: 1_200_00, voucherShareFen: 600_00 })
  expect(await keyRows('booking-voucher-1')).toEqual([
    { state: 'completed', response_status: 201, response_body: null, resource_id: made?.id },
  ])
  const ledgerAfter = await ledgerSnapshot(testApp)
  const retry = await bookWithKey('booking-voucher-1', body)
  expect(retry.statusCode).toBe(201)
  expect(retry.headers['idempotent-replayed']).toBe('true')
  expect(retry.body).toBe(first.body)
  expect(await ledgerSnapshot(testApp)).toBe(ledgerAfter)
  expect(await voucherNow()).toMatchObject({ availableFen: 5_000_00 - 600_00, reservedFen: 600_00 })
}

describe('single bookings requested at the same moment share one statement (group commit)', () => {
  it('answers each booking of a batch on its own: made, slot taken, too soon, quota, or replayed', async () => {
    const id = await instrument({}, { leadTimeHours: 24, requiresApproval: false, monthlyQuotaHours: 4 })
    const batchesBefore = testApp.context.modules.instruments.bookings.requestStatus()
    const auditBefore = await countOf(
      testApp.database.db,
      sql`SELECT count(*) AS count FROM audit_log WHERE action = 'instrument_booking.request'`,
    )
    const twin = { instrumentId: id, ...slot(12, 6) }
    const twinRequest = () =>
      send(
        testApp,
        'POST',
        '/api/bookings',
        actors.firmHefei,
        { purpose: '样品形貌观察', ...twin },
        {
          'idempotency-key': 'batch-booking-twins',
        },
      )
    const responses = await Promise.all([
      book({ instrumentId: id, ...slot(12, 1) }),
      // overlaps the first (buffer included): whichever of the two comes first in the batch is made
      book({ instrumentId: id, ...slot(12, 2) }),
      // inside the 24-hour lead time
      book({ instrumentId: id, ...soonSlot() }),
      twinRequest(),
      twinRequest(),
      // the Hefei firm has 4 hours a month here: the slots above take them
      book({ instrumentId: id, ...slot(12, 12) }),
    ])
    const answers = responses.map((response) => `${response.statusCode} ${errorCode(response) ?? ''}`.trim())
    expect(answers.slice(0, 2).sort()).toEqual(['201', '409 BOOKING_SLOT_TAKEN'])
    expect(answers[2]).toBe('422 BOOKING_LEAD_TIME')
    expect(answers.slice(3, 5)).toEqual(['201', '201'])
    expect(responses[3]?.body).toBe(responses[4]?.body)
    expect(
      responses.slice(3, 5).filter((response) => response.headers['idempotent-replayed'] === 'true'),
    ).toHaveLength(1)
    expect(answers[5]).toBe('422 BOOKING_QUOTA_EXCEEDED')
    const batchesAfter = testApp.context.modules.instruments.bookings.requestStatus()
    expect(batchesAfter.items - batchesBefore.items).toBe(6)
    expect(batchesAfter.batches - batchesBefore.batches).toBeLessThan(6)
    const auditAfter = await countOf(
      testApp.database.db,
      sql`SELECT count(*) AS count FROM audit_log WHERE action = 'instrument_booking.request'`,
    )
    expect(auditAfter).toBe(auditBefore + 2)
  })
})
