// The voucher lists as people work them (issue 20): histories newest first, the review queue's waiting claims oldest
// first, sortable by dates, amounts and status, a total on every page, and found by the numbers people quote.
import { sql } from 'drizzle-orm'
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { useTestApp } from '../../testing/app'
import { useVoucherActors } from '../../testing/actors'
import { fundedScheme, issuedVoucher } from '../../testing/factories'
import { expectRefusal, expectStatus, field, send, type Json } from '../../testing/requests'
import { queryRows } from '../../db/client'
import { formatRecordNumber } from './rules'
import { listReader, sortedBy, workbookSheet } from '../../testing/lists'

const testApp = useTestApp()
const actors = useVoucherActors(testApp)

interface Listed {
  id: string
  createdAt?: string
  issuedAt?: string
  requestedAmountFen?: number
  amountFen?: number
  status?: string
  number?: string
  voucherId?: string
  cityCode?: string
  periodStart?: string
  totalFen?: number
  contractNumber?: string
}

const { list, everyItem } = listReader<Listed>(testApp)

const amounts = [15_000_00, 5_000_00, 20_000_00, 10_000_00]
let schemeId = ''
const vouchers: Json[] = []

beforeAll(async () => {
  schemeId = field(await fundedScheme(testApp, actors.officerShanghai, 'SH-SJ'), 'id')
  // one firm holds one open claim per scheme, so each voucher is claimed and approved before the next
  for (const amountFen of amounts)
    vouchers.push(await issuedVoucher(testApp, actors.shanghai, schemeId, amountFen))
  // and one claim waits for its decision, under a scheme of its own
  const waitingScheme = field(await fundedScheme(testApp, actors.officerShanghai, 'SH-SJ'), 'id')
  expectStatus(
    await send(testApp, 'POST', '/api/voucher-claims', actors.firmShanghai, {
      schemeId: waitingScheme,
      requestedAmountFen: 5_000_00,
      purpose: 'Waiting for its decision',
    }),
    201,
  )
})

describe('voucher claims', () => {
  it('lists a firm its claims newest first, with the total', async () => {
    const page = await list(`/api/voucher-claims?scheme=${schemeId}`, actors.firmShanghai)
    expect(page.items.map((item) => item.requestedAmountFen)).toEqual([...amounts].reverse())
    expect(page).toMatchObject({ total: 4, totalIsExact: true, nextCursor: null })
  })

  it("gives the officer's queue its waiting claims oldest first, across pages without repeats", async () => {
    const waiting = await everyItem(
      '/api/voucher-claims?status=submitted&sort=createdAt&limit=1',
      actors.officerShanghai,
    )
    expect(waiting.length).toBeGreaterThan(0)
    expect(waiting.every((item) => item.status === 'submitted')).toBe(true)
    expect(new Set(waiting.map((item) => item.id)).size).toBe(waiting.length)
    expect(waiting).toEqual(sortedBy(waiting, (item) => `${item.createdAt ?? ''}|${item.id}`, false))
    const first = await list(
      '/api/voucher-claims?status=submitted&sort=createdAt&limit=1',
      actors.officerShanghai,
    )
    expect(first.total).toBe(waiting.length)
  })

  it('sorts by the amount asked for, both ways, page after page', async () => {
    const path = `/api/voucher-claims?scheme=${schemeId}&limit=3`
    const descending = await everyItem(`${path}&sort=-requestedAmountFen`, actors.firmShanghai)
    expect(descending.map((item) => item.requestedAmountFen)).toEqual(sortedBy(amounts, (a) => a, true))
    const ascending = await everyItem(`${path}&sort=requestedAmountFen`, actors.firmShanghai)
    expect(ascending.map((item) => item.requestedAmountFen)).toEqual(sortedBy(amounts, (a) => a, false))
  })

  it('finds a claim by the number of its voucher, and refuses a cursor of another order', async () => {
    const number = field(vouchers[2] ?? {}, 'number')
    const found = await list(`/api/voucher-claims?q=${number.toLowerCase()}`, actors.officerShanghai)
    expect(found.items.map((item) => item.id)).toEqual([field(vouchers[2] ?? {}, 'claimId')])
    expect(found.total).toBe(1)
    const page = await list(`/api/voucher-claims?scheme=${schemeId}&limit=1`, actors.firmShanghai)
    const mixed = await send(
      testApp,
      'GET',
      `/api/voucher-claims?scheme=${schemeId}&limit=1&sort=status&cursor=${page.nextCursor ?? ''}`,
      actors.firmShanghai,
    )
    expectRefusal(mixed, 400, 'CURSOR_INVALID')
    expectRefusal(
      await send(testApp, 'GET', '/api/voucher-claims?sort=purpose', actors.firmShanghai),
      400,
      'VALIDATION_FAILED',
    )
  })
})

describe('claim and order numbers', () => {
  it('numbers each claim and order as people quote them, and finds each by its own number', async () => {
    const claims = await everyItem(`/api/voucher-claims?scheme=${schemeId}`, actors.firmShanghai)
    const claimNumbers = claims.map((claim) => String(claim.number))
    expect(claimNumbers.every((number) => /^SQ-\d{4}-\d{6,}-[0-9A-Z]$/.test(number))).toBe(true)
    expect(new Set(claimNumbers).size).toBe(claims.length)
    const claim = claims[1] ?? { id: '' }
    const found = await list(
      `/api/voucher-claims?q=${String(claim.number).toLowerCase()}`,
      actors.officerShanghai,
    )
    expect(found.items.map((item) => item.id)).toEqual([claim.id])

    const orders = await list('/api/voucher-orders?limit=3', actors.firmShanghai)
    const order = orders.items[0] ?? { id: '' }
    expect(order.number).toMatch(/^DD-\d{4}-\d{6,}-[0-9A-Z]$/)
    const byNumber = await list(
      `/api/voucher-orders?q=${String(order.number).slice(0, -2)}`,
      actors.firmShanghai,
    )
    expect(byNumber.items.map((item) => item.id)).toContain(order.id)
  })

  it('makes numbers in the database exactly as the seed makes them in TypeScript', async () => {
    const cases = [
      { prefix: 'SQ', at: '2026-12-31T15:59:59Z', serial: 1 },
      // 16:00 UTC on 31 December is already the next year in Shanghai
      { prefix: 'DD', at: '2026-12-31T16:00:00Z', serial: 123 },
      { prefix: 'SQ', at: '2025-03-01T00:00:00Z', serial: 999_999 },
      { prefix: 'DD', at: '2026-06-30T08:00:00Z', serial: 123_456_789 },
      ...Array.from({ length: 40 }, (_, index) => ({
        prefix: index % 2 === 0 ? 'SQ' : 'DD',
        at: '2026-05-05T05:05:05Z',
        serial: index * 7919 + 1,
      })),
    ]
    for (const { prefix, at, serial } of cases) {
      const [row] = await queryRows<{ number: string }>(
        testApp.database.db,
        sql`SELECT platform_record_number(${prefix}, ${at}::timestamptz, ${serial}) AS number`,
      )
      expect(row?.number).toBe(formatRecordNumber(prefix, new Date(at), serial))
    }
  })
})

describe('vouchers and orders', () => {
  it('lists vouchers newest issued first, sorts by face value and finds one by its number', async () => {
    const path = `/api/vouchers?scheme=${schemeId}`
    const newest = await list(path, actors.firmShanghai)
    expect(newest.items.map((item) => item.amountFen)).toEqual([...amounts].reverse())
    expect(newest).toMatchObject({ total: 4, totalIsExact: true })
    const byValue = await everyItem(`${path}&sort=-amountFen&limit=2`, actors.firmShanghai)
    expect(byValue.map((item) => item.amountFen)).toEqual(sortedBy(amounts, (a) => a, true))
    const number = field(vouchers[1] ?? {}, 'number')
    const found = await list(`/api/vouchers?q=${number.slice(0, -2)}`, actors.officerShanghai)
    expect(found.items.map((item) => item.number)).toEqual([number])
  })

  it('counts orders and sorts them by their total', async () => {
    const page = await list('/api/voucher-orders?sort=-amountFen&limit=5', actors.office)
    expect(page.items).toEqual(sortedBy(page.items, (item) => item.amountFen ?? 0, true))
    expect(page.total).toBeGreaterThanOrEqual(page.items.length)
    expect(typeof page.totalIsExact).toBe('boolean')
  })
})

describe('the service catalogue', () => {
  it('lists published products newest first, sorts by price both ways, counts them and names providers', async () => {
    const newest = await list('/api/service-products?limit=5', actors.firmShanghai)
    expect(newest.total).toBeGreaterThan(5)
    const created = newest.items.map((product) => String(product.createdAt))
    expect(created).toEqual(sortedBy(created, (at) => at, true))
    const named = newest.items as unknown as { provider: { nameZh: string; nameEn: string } }[]
    expect(named.every((product) => product.provider.nameZh !== '' && product.provider.nameEn !== '')).toBe(
      true,
    )
    for (const descending of [false, true]) {
      const byPrice = await everyItem(
        `/api/service-products?sort=${descending ? '-' : ''}priceFen&limit=40`,
        actors.firmShanghai,
      )
      expect(byPrice).toHaveLength(newest.total)
      expect(new Set(byPrice.map((product) => product.id)).size).toBe(byPrice.length)
      const prices = byPrice.map((product) => Number((product as { priceFen?: number }).priceFen))
      expect(prices).toEqual(sortedBy(prices, (price) => price, descending))
    }
    expectRefusal(
      await send(testApp, 'GET', '/api/service-products?sort=nameZh', actors.firmShanghai),
      400,
      'VALIDATION_FAILED',
    )
  })
})

describe('exports of the lists', () => {
  it('exports the claims as the list shows them: an Excel workbook with yuan numbers and names', async () => {
    const response = await send(
      testApp,
      'GET',
      `/api/voucher-claims/export?scheme=${schemeId}&sort=-requestedAmountFen&format=xlsx&lang=en`,
      actors.officerShanghai,
    )
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-disposition']).toContain('voucher-claims.xlsx')
    expect(response.headers['x-export-truncated']).toBe('false')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(new Uint8Array(response.rawPayload).buffer)
    const sheet = workbook.getWorksheet('claims')
    if (sheet === undefined) throw new Error('no claims sheet')
    expect(sheet.getRow(1).getCell(1).value).toBe('Claim number')
    expect(String(sheet.getRow(2).getCell(1).value)).toMatch(/^SQ-\d{4}-\d{6}-[0-9A-Z]$/)
    expect(sheet.getRow(1).getCell(6).value).toBe('Requested (yuan)')
    const requested = [2, 3, 4, 5].map((row) => sheet.getRow(row).getCell(6))
    expect(requested.map((cell) => cell.type)).toEqual(requested.map(() => ExcelJS.ValueType.Number))
    expect(requested.map((cell) => cell.value)).toEqual(
      sortedBy(amounts, (a) => a / 100, true).map((a) => a / 100),
    )
    expect(sheet.getRow(2).getCell(5).value).toBe('Shanghai (Songjiang)')
    expect(String(sheet.getRow(2).getCell(3).value)).not.toMatch(/^firm_/)
    expect(sheet.getRow(6).getCell(1).value).toBeNull()
  })

  it('writes CSV in Chinese, and refuses a caller who may not list the claims', async () => {
    const response = await send(
      testApp,
      'GET',
      `/api/voucher-claims/export?scheme=${schemeId}&format=csv`,
      actors.firmShanghai,
    )
    expect(response.statusCode).toBe(200)
    const lines = response.body
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n')
    expect(lines[0]).toContain('申请金额（元）')
    expect(lines).toHaveLength(amounts.length + 1)
    expect(lines[1]).toContain('10000.00')
    expectRefusal(await send(testApp, 'GET', '/api/voucher-claims/export', undefined), 401, 'AUTH_REQUIRED')
  })
})

describe('exports of vouchers and orders', () => {
  it('exports the vouchers in the order of the list, face values as yuan numbers, names not ids', async () => {
    const response = await send(
      testApp,
      'GET',
      `/api/vouchers/export?scheme=${schemeId}&sort=amountFen&lang=en`,
      actors.officerShanghai,
    )
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-disposition']).toContain('vouchers.xlsx')
    const sheet = await workbookSheet(response.rawPayload, 'vouchers')
    expect(sheet.getRow(1).getCell(6).value).toBe('Face value (yuan)')
    const faceValues = [2, 3, 4, 5].map((row) => sheet.getRow(row).getCell(6))
    expect(faceValues.map((cell) => cell.type)).toEqual(faceValues.map(() => ExcelJS.ValueType.Number))
    expect(faceValues.map((cell) => cell.value)).toEqual(
      sortedBy(amounts, (a) => a, false).map((a) => a / 100),
    )
    expect(sheet.getRow(2).getCell(5).value).toBe('Shanghai (Songjiang)')
    expect(String(sheet.getRow(2).getCell(4).value)).not.toMatch(/^vsch_/)
    expect(sheet.getRow(2).getCell(9).value).toBe('Active')
    expect(sheet.getRow(6).getCell(1).value).toBeNull()
  })

  it('exports the orders as the list shows them, in Chinese CSV, and only to whoever may list them', async () => {
    const listed = await list('/api/voucher-orders?sort=-amountFen&limit=100', actors.office)
    const response = await send(
      testApp,
      'GET',
      '/api/voucher-orders/export?sort=-amountFen&limit=100&format=csv',
      actors.office,
    )
    expect(response.statusCode).toBe(200)
    const lines = response.body
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n')
    expect(lines[0]).toContain('订单金额（元）')
    expect(lines.length - 1).toBe(Math.min(listed.total, 10_000))
    expect(lines[1]).toMatch(/^DD-\d{4}-\d{6}-[0-9A-Z],/)
    const totals = lines.slice(1, 6).map((line) => Number(line.split(',')[10]))
    expect(totals).toEqual(listed.items.slice(0, 5).map((order) => (order.amountFen ?? 0) / 100))
    expect(lines[1]).not.toMatch(/,(firm|prov|sprod)_/)
    expectRefusal(await send(testApp, 'GET', '/api/voucher-orders/export', undefined), 401, 'AUTH_REQUIRED')
  })

  it('finds the orders that spend a voucher by its number', async () => {
    const number = field(vouchers[0] ?? {}, 'number')
    const found = await list(`/api/voucher-orders?q=${number.toLowerCase()}`, actors.firmShanghai)
    expect(found.total).toBe(found.items.length)
    expect(found.items.every((order) => order.voucherId === field(vouchers[0] ?? {}, 'id'))).toBe(true)
  })
})

describe('settlement runs', () => {
  it('open on the newest period, count them, sort by the amount paid, and export what they show', async () => {
    const runs = await everyItem('/api/settlements?limit=7', actors.office)
    expect(runs.length).toBeGreaterThan(1)
    const periods = runs.map((run) => `${String(run.periodStart)}|${run.id}`)
    expect(periods).toEqual(sortedBy(periods, (period) => period, true))
    expect((await list('/api/settlements?limit=1', actors.office)).total).toBe(runs.length)
    const byTotal = await everyItem('/api/settlements?limit=7&sort=totalFen', actors.office)
    expect(byTotal.map((run) => run.totalFen)).toEqual(
      sortedBy(runs, (run) => Number(run.totalFen), false).map((run) => run.totalFen),
    )
    const ownCity = await everyItem('/api/settlements?limit=20', actors.officerShanghai)
    expect(ownCity.every((run) => run.cityCode === 'SH-SJ')).toBe(true)
    const response = await send(testApp, 'GET', '/api/settlements/export?lang=en', actors.office)
    expect(response.statusCode).toBe(200)
    const sheet = await workbookSheet(response.rawPayload, 'settlements')
    expect(sheet.getRow(2).getCell(2).value).toEqual(new Date(`${runs[0]?.periodStart ?? ''}T00:00:00Z`))
    expect(sheet.getRow(2).getCell(6).type).toBe(ExcelJS.ValueType.Number)
    expectRefusal(
      await send(testApp, 'GET', '/api/settlements/export', actors.firmShanghai),
      403,
      'FORBIDDEN',
    )
  })
})

describe('redemption claims', () => {
  it("gives the officer's queue the claims awaiting a decision, oldest first, with the total", async () => {
    const path = '/api/redemptions?status=submitted&sort=createdAt&limit=3'
    const waiting = await everyItem(path, actors.office)
    expect(waiting.every((item) => item.status === 'submitted')).toBe(true)
    expect(new Set(waiting.map((item) => item.id)).size).toBe(waiting.length)
    expect(waiting).toEqual(sortedBy(waiting, (item) => `${item.createdAt ?? ''}|${item.id}`, false))
    expect((await list(path, actors.office)).total).toBe(waiting.length)
  })

  it('lists the history newest first and finds a claim by its contract number', async () => {
    const history = await list('/api/redemptions?limit=20', actors.office)
    expect(history.items.length).toBeGreaterThan(0)
    expect(history.items).toEqual(
      sortedBy(history.items, (item) => `${item.createdAt ?? ''}|${item.id}`, true),
    )
    const sample = history.items[0]
    if (sample === undefined) throw new Error('no redemption claims')
    const contract = String(sample.contractNumber)
    const found = await everyItem(
      `/api/redemptions?q=${encodeURIComponent(contract.toLowerCase())}&limit=50`,
      actors.office,
    )
    expect(found.map((item) => item.id)).toContain(sample.id)
    expect(
      found.every((item) => String(item.contractNumber).toUpperCase().startsWith(contract.toUpperCase())),
    ).toBe(true)
  })
})
