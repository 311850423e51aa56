// The slot race settled by the database: on PostgreSQL, where app.inject() requests use parallel connections.
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../../db/client'
import { createTestApp, errorCode, type TestApp } from '../../testing/app'
import { runsOnPostgres } from '../../testing/database'
import { expectStatus, field, send, signInActors, type VoucherActors } from '../vouchers/vouchers.factories'

describe.runIf(runsOnPostgres())('booking races on PostgreSQL with parallel connections', () => {
  let testApp: TestApp
  let actors: VoucherActors
  let instrumentId: string
  const hourMs = 60 * 60 * 1000
  const bufferMinutes = 30

  beforeAll(async () => {
    testApp = await createTestApp()
    actors = await signInActors(testApp)
    instrumentId = field(
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
        }),
        201,
      ),
      'id',
    )
  })
  afterAll(async () => testApp.close())

  const book = (cookie: string, startsAt: Date, minutes: number) =>
    send(testApp, 'POST', '/api/bookings', cookie, {
      instrumentId,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + minutes * 60_000).toISOString(),
      purpose: 'race',
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
    const rows = await queryRows<{ count: string | number }>(
      testApp.database.db,
      sql`SELECT count(*) AS count FROM instrument_bookings WHERE instrument_id = ${instrumentId}
           AND status IN ('requested', 'approved', 'checked_in')
           AND starts_at >= ${base.toISOString()}::timestamptz AND starts_at < ${new Date(base.getTime() + 3 * hourMs).toISOString()}::timestamptz`,
    )
    expect(Number(rows[0]?.count)).toBe(1)
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
