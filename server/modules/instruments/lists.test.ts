// The instrument lists as people work them (issue 20): a firm's bookings newest first, an owner's desk with its
// waiting requests oldest first, sortable by dates, amounts and status with a total on every page, names instead of
// ids in every answer, and exports of the bookings and of the sharing statistics.
import { sql } from 'drizzle-orm'
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { useTestApp } from '../../testing/app'
import { useVoucherActors } from '../../testing/actors'
import { expectRefusal, expectStatus, field, send, type Json } from '../../testing/requests'
import { csvLines, listReader, sortedBy, workbookSheet } from '../../testing/lists'

const testApp = useTestApp()
const actors = useVoucherActors(testApp)

interface ListedBooking {
  id: string
  createdAt: string
  amountFen: number
  status: string
  instrument: { id: string; nameZh: string; nameEn: string }
  provider: { id: string; nameZh: string; nameEn: string }
  bookerOrganisation: { id: string; nameZh: string; nameEn: string }
}

const { list, everyItem } = listReader<ListedBooking>(testApp)

const hourMs = 60 * 60 * 1000
const dayMs = 24 * hourMs

/**
 * Weekday mornings in Shanghai (10:00, 02:00 UTC) from three days ahead, away from New Year's Day: inside any
 * instrument's lead time and opening hours, whatever day the test runs on.
 */
function weekdaySlots(count: number, hoursOf: (index: number) => number) {
  const slots: { startsAt: string; endsAt: string }[] = []
  for (let day = 3; slots.length < count; day += 1) {
    const start = new Date(Date.now() + day * dayMs)
    start.setUTCHours(2, 0, 0, 0)
    const weekday = start.getUTCDay()
    const newYear = start.getUTCMonth() === 0 && start.getUTCDate() <= 3
    if (weekday === 0 || weekday === 6 || newYear) continue
    const hours = hoursOf(slots.length)
    slots.push({
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + hours * hourMs).toISOString(),
    })
  }
  return slots
}

const instrumentNameEn = 'Confocal Raman spectrometer for list tests'
const hoursBooked = [2, 1, 3]
let instrumentId = ''
const bookingIds: string[] = []

function instrumentInput(nameEn: string, externalPriceFen: number): Json {
  return {
    nameZh: `共聚焦拉曼光谱仪 ${nameEn}`,
    nameEn,
    model: 'LabRAM HR Evolution',
    maker: 'Horiba',
    category: 'analytical',
    originalValueFen: 2_600_000_00,
    locationZh: '苏州工业园区星湖街 218 号 A4 楼',
    specificationsZh: '波长 532/633/785 nm',
    specificationsEn: 'Lasers at 532, 633 and 785 nm',
    servicesZh: '拉曼光谱分析',
    priceUnit: 'per_hour',
    internalPriceFen: 200_00,
    externalPriceFen,
    contactName: '李工',
    contactPhone: '0512-6000 5678',
    rules: {
      leadTimeHours: 24,
      minDurationMinutes: 60,
      maxDurationMinutes: 480,
      bufferMinutes: 0,
      requiresApproval: true,
      cancellationNoticeHours: 24,
      monthlyQuotaHours: 0,
    },
  }
}

async function newInstrument(nameEn: string, externalPriceFen: number) {
  const created = await send(
    testApp,
    'POST',
    '/api/instruments',
    actors.providerSuzhou,
    instrumentInput(nameEn, externalPriceFen),
  )
  return field(expectStatus(created, 201), 'id')
}

beforeAll(async () => {
  instrumentId = await newInstrument(instrumentNameEn, 500_00)
  // requested one after another, so that their order of request is their order of creation
  for (const slot of weekdaySlots(hoursBooked.length, (index) => hoursBooked[index] ?? 1)) {
    const result = expectStatus(
      await send(testApp, 'POST', '/api/bookings', actors.firmHefei, {
        instrumentId,
        purpose: '拉曼光谱测试',
        ...slot,
      }),
      201,
    )
    bookingIds.push(field((result.bookings as Json[])[0] ?? {}, 'id'))
  }
})

describe("a firm's bookings", () => {
  it('are a history: newest first, counted, with the instrument, owner and booker named', async () => {
    const page = await list(`/api/bookings?instrument=${instrumentId}`, actors.firmHefei)
    expect(page.items.map((booking) => booking.id)).toEqual([...bookingIds].reverse())
    expect(page).toMatchObject({ total: 3, totalIsExact: true, nextCursor: null })
    const [newest] = page.items
    expect(newest?.instrument).toEqual({
      id: instrumentId,
      nameZh: `共聚焦拉曼光谱仪 ${instrumentNameEn}`,
      nameEn: instrumentNameEn,
    })
    expect(newest?.provider.id).toBe(actors.providerSuzhouId)
    expect(newest?.provider.nameZh).not.toBe('')
    expect(newest?.bookerOrganisation.id).toBe(actors.firmHefeiId)
    expect(newest?.bookerOrganisation.nameEn).not.toBe('')
  })

  it('sort by the amount both ways, page after page, without repeats', async () => {
    const path = `/api/bookings?instrument=${instrumentId}&limit=1`
    const amounts = hoursBooked.map((hours) => hours * 500_00)
    const descending = await everyItem(`${path}&sort=-amountFen`, actors.firmHefei)
    expect(descending.map((booking) => booking.amountFen)).toEqual(sortedBy(amounts, (a) => a, true))
    const ascending = await everyItem(`${path}&sort=amountFen`, actors.firmHefei)
    expect(ascending.map((booking) => booking.amountFen)).toEqual(sortedBy(amounts, (a) => a, false))
    expect(new Set(ascending.map((booking) => booking.id)).size).toBe(3)
  })

  it('refuse a cursor of another order and a key that is not sortable', async () => {
    const page = await list(`/api/bookings?instrument=${instrumentId}&limit=1`, actors.firmHefei)
    const mixed = await send(
      testApp,
      'GET',
      `/api/bookings?instrument=${instrumentId}&limit=1&sort=status&cursor=${page.nextCursor ?? ''}`,
      actors.firmHefei,
    )
    expectRefusal(mixed, 400, 'CURSOR_INVALID')
    expectRefusal(
      await send(testApp, 'GET', '/api/bookings?sort=purpose', actors.firmHefei),
      400,
      'VALIDATION_FAILED',
    )
  })
})

describe("an owner's booking desk", () => {
  it('holds the waiting requests oldest first, across pages, with the total', async () => {
    const path = `/api/bookings?provider=${actors.providerSuzhouId}&status=requested&sort=createdAt&limit=7`
    const waiting = await everyItem(path, actors.providerSuzhou)
    expect(waiting.every((booking) => booking.status === 'requested')).toBe(true)
    expect(new Set(waiting.map((booking) => booking.id)).size).toBe(waiting.length)
    expect(waiting).toEqual(sortedBy(waiting, (booking) => `${booking.createdAt}|${booking.id}`, false))
    expect(waiting.map((booking) => booking.id)).toEqual(expect.arrayContaining(bookingIds))
    expect((await list(path, actors.providerSuzhou)).total).toBe(waiting.length)
    // an approved request leaves the queue
    const [first] = bookingIds
    expectStatus(
      await send(testApp, 'POST', `/api/bookings/${first ?? ''}/approve`, actors.providerSuzhou),
      200,
    )
    const after = await everyItem(path, actors.providerSuzhou)
    expect(after.map((booking) => booking.id)).not.toContain(first)
    expect(after).toHaveLength(waiting.length - 1)
  })
})

describe('exports', () => {
  it('write the bookings as the list shows them: yuan numbers, names and cities, not ids', async () => {
    const response = await send(
      testApp,
      'GET',
      `/api/bookings/export?instrument=${instrumentId}&sort=-amountFen&lang=en`,
      actors.firmHefei,
    )
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-disposition']).toContain('instrument-bookings.xlsx')
    expect(response.headers['x-export-truncated']).toBe('false')
    const sheet = await workbookSheet(response.rawPayload, 'bookings')
    expect(sheet.getRow(1).getCell(10).value).toBe('Amount (yuan)')
    const amounts = [2, 3, 4].map((row) => sheet.getRow(row).getCell(10))
    expect(amounts.map((cell) => cell.type)).toEqual(amounts.map(() => ExcelJS.ValueType.Number))
    expect(amounts.map((cell) => cell.value)).toEqual([1500, 1000, 500])
    expect(sheet.getRow(2).getCell(4).value).toBe(instrumentNameEn)
    expect(sheet.getRow(2).getCell(6).value).toBe('Suzhou')
    expect(sheet.getRow(2).getCell(8).value).toBe('Hefei')
    expect(String(sheet.getRow(2).getCell(5).value)).not.toMatch(/^prov_/)
    expect(String(sheet.getRow(2).getCell(7).value)).not.toMatch(/^firm_/)
    expect(sheet.getRow(5).getCell(1).value).toBeNull()
  })

  it('refuse the bookings to a caller who may not list them', async () => {
    expectRefusal(await send(testApp, 'GET', '/api/bookings/export', undefined), 401, 'AUTH_REQUIRED')
    expectRefusal(await send(testApp, 'GET', '/api/bookings/export', actors.bank), 403, 'FORBIDDEN')
  })

  it('write the sharing statistics the page shows, named in the language asked for, income in yuan', async () => {
    const periodEnd = new Date(Date.now() + (8 + 24) * hourMs).toISOString().slice(0, 10)
    const query = `periodStart=2026-01-01&periodEnd=${periodEnd}&groupBy=owner&limit=100`
    const stats = expectStatus(
      await send(testApp, 'GET', `/api/instruments/stats?${query}`, actors.office),
      200,
    )
    const rows = stats.rows as { nameZh: string; nameEn: string; incomeFen: number; key: string }[]
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.every((row) => row.nameEn !== '' && row.nameEn !== row.key)).toBe(true)
    const response = await send(
      testApp,
      'GET',
      `/api/instruments/stats/export?${query}&lang=en`,
      actors.office,
    )
    expect(response.statusCode).toBe(200)
    const sheet = await workbookSheet(response.rawPayload, 'statistics')
    expect(sheet.getRow(1).getCell(8).value).toBe('Income (yuan)')
    expect(sheet.getRow(2).getCell(1).value).toBe(rows[0]?.nameEn)
    expect(sheet.getRow(2).getCell(8).type).toBe(ExcelJS.ValueType.Number)
    expect(sheet.getRow(2).getCell(8).value).toBe((rows[0]?.incomeFen ?? 0) / 100)
    expect(sheet.rowCount).toBe(rows.length + 1)
    const chinese = await send(
      testApp,
      'GET',
      `/api/instruments/stats/export?${query}&format=csv`,
      actors.office,
    )
    expect(chinese.body).toContain('服务收入（元）')
    expect(chinese.body).toContain(rows[0]?.nameZh ?? '?')
    expectRefusal(
      await send(testApp, 'GET', `/api/instruments/stats/export?${query}`, actors.firmHefei),
      403,
      'FORBIDDEN',
    )
  })
})

describe('the catalogue and the violations record', () => {
  it('sorts the catalogue by price both ways across pages, counts it and names each owner', async () => {
    const name = 'Sorted catalogue probe'
    const prices = [800_00, 300_00, 1_200_00]
    for (const [index, price] of prices.entries()) await newInstrument(`${name} ${index}`, price)
    const path = `/api/instruments?q=${encodeURIComponent(name)}&limit=1`
    const descending = await everyItem(`${path}&sort=-externalPriceFen`, undefined)
    expect(descending.map((item) => (item as unknown as Json).externalPriceFen)).toEqual([
      1_200_00, 800_00, 300_00,
    ])
    const ascending = await everyItem(`${path}&sort=externalPriceFen`, undefined)
    expect(ascending.map((item) => (item as unknown as Json).externalPriceFen)).toEqual([
      300_00, 800_00, 1_200_00,
    ])
    const first = await list(path, undefined)
    expect(first).toMatchObject({ total: 3, totalIsExact: true })
    expect(first.items[0]?.provider.id).toBe(actors.providerSuzhouId)
    expect(first.items[0]?.provider.nameZh).not.toBe('')
  })

  it('writes the search as it shows: its filters and order, owners and cities named, prices in yuan', async () => {
    const name = 'Exported catalogue probe'
    const prices = [800_00, 300_00, 1_200_00]
    for (const [index, price] of prices.entries()) await newInstrument(`${name} ${index}`, price)
    const filters = `q=${encodeURIComponent(name)}&priceMaxFen=${1_000_00}&sort=-externalPriceFen`
    const listed = await everyItem(`/api/instruments?${filters}&limit=1`, undefined)
    expect(listed.map((item) => (item as unknown as Json).externalPriceFen)).toEqual([800_00, 300_00])
    const response = await send(testApp, 'GET', `/api/instruments/export?${filters}&lang=en`, undefined)
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-disposition']).toContain('instruments.xlsx')
    const sheet = await workbookSheet(response.rawPayload, 'instruments')
    expect(sheet.rowCount).toBe(listed.length + 1)
    const headers = (sheet.getRow(1).values as unknown[]).slice(1)
    const column = (header: string) => headers.indexOf(header) + 1
    expect(sheet.getRow(2).getCell(column('Instrument')).value).toBe(`${name} 0`)
    expect(sheet.getRow(2).getCell(column('Owner')).value).toBe(listed[0]?.provider.nameEn)
    expect(sheet.getRow(2).getCell(column('City')).value).toBe('Suzhou')
    const prices800 = sheet.getRow(2).getCell(column('External price (yuan)'))
    expect(prices800.type).toBe(ExcelJS.ValueType.Number)
    expect(prices800.value).toBe(800)
    expect(sheet.getRow(3).getCell(column('External price (yuan)')).value).toBe(300)
    expect(sheet.getRow(3).getCell(column('Category')).value).toBe('Analytical instruments')
    const csv = await send(testApp, 'GET', `/api/instruments/export?${filters}&format=csv`, undefined)
    const lines = csvLines(csv.body)
    expect(lines[0]).toContain('对外价格（元）')
    expect(lines).toHaveLength(listed.length + 1)
    expect(lines[1]).toContain('苏州')
    expect(lines[1]).toContain(String(listed[0]?.provider.nameZh))
  })

  it("names the instrument and its owner in a booker's violations", async () => {
    const [booking] = (await list(`/api/bookings?instrument=${instrumentId}&limit=1`, actors.firmHefei)).items
    if (booking === undefined) throw new Error('no booking to record a violation against')
    const bookerUserId = String((booking as unknown as Json).bookerUserId)
    // a no-show as the no-show job records it, without waiting for the booking's start
    await testApp.database.db.execute(
      sql`INSERT INTO instrument_violations (id, booking_id, user_id, organisation_id, instrument_id, provider_id,
            kind, occurred_at)
          VALUES ('ivio_list_test', ${booking.id}, ${bookerUserId}, ${actors.firmHefeiId}, ${instrumentId},
            ${actors.providerSuzhouId}, 'no_show', now())`,
    )
    const record = expectStatus(await send(testApp, 'GET', '/api/bookings/violations', actors.firmHefei), 200)
    const recorded = (record.violations as Json[]).find((violation) => violation.id === 'ivio_list_test')
    expect(recorded?.instrument).toEqual({
      id: instrumentId,
      nameZh: `共聚焦拉曼光谱仪 ${instrumentNameEn}`,
      nameEn: instrumentNameEn,
    })
    expect(recorded?.provider).toMatchObject({ id: actors.providerSuzhouId })
    expect((recorded?.provider as Json).nameZh).not.toBe('')
  })
})
