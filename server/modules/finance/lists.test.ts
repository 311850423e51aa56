// The finance lists as people work them (issue 20): products, needs and referrals newest first unless sorted, the
// bank's queue of referrals waiting for its answer oldest first, totals on every page, names instead of ids in the
// answers and their exports (amounts as yuan numbers), and the list's refusals kept for its exports.
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { useTestApp } from '../../testing/app'
import { expectRefusal, expectStatus, field, send, type Json } from '../../testing/requests'
import { listReader, sortedBy, workbookSheet, csvLines } from '../../testing/lists'

const testApp = useTestApp()
const mark = `lst${Date.now().toString(36).slice(-5)}`

interface Named {
  id: string
  nameZh: string
  nameEn: string
}
interface Listed {
  id: string
  createdAt: string
  status: string
  amountMaxFen?: number
  amountFen?: number
  requestedAmountFen?: number
  firm?: Named
  product?: Named
  institution?: Named
}

const { list, everyItem } = listReader<Listed>(testApp)

let bank = ''
let firm = ''
let bankId = ''
let firmId = ''
const productAmounts = [5_000_000_00, 9_000_000_00, 7_000_000_00]
const needAmounts = [2_000_000_00, 4_000_000_00, 3_000_000_00]
const productIds: string[] = []
const needIds: string[] = []
const referralIds: string[] = []

/** A sort of a list across small pages, both ways: each row once, in the key's order (the id breaks ties). */
async function expectSortedBothWays(path: string, cookie: string, key: keyof Listed) {
  const valueOf = (item: Listed) => Number(item[key])
  for (const descending of [true, false]) {
    const items = await everyItem(`${path}&sort=${descending ? '-' : ''}${key}&limit=2`, cookie)
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length)
    expect(items.map(valueOf)).toEqual(sortedBy(items, valueOf, descending).map(valueOf))
    expect((await list(`${path}&limit=1`, cookie)).total).toBe(items.length)
  }
}

beforeAll(async () => {
  bank = await testApp.signIn('bank.hz')
  firm = await testApp.signIn('firm.hf')
  bankId = field(expectStatus(await send(testApp, 'GET', '/api/me', bank), 200), 'organisationId')
  firmId = field(expectStatus(await send(testApp, 'GET', '/api/me', firm), 200), 'organisationId')
  for (const [index, amountMaxFen] of productAmounts.entries()) {
    const created = await send(testApp, 'POST', '/api/finance-products', bank, {
      productType: 'credit_loan',
      nameZh: `科创贷 ${mark} ${index}`,
      nameEn: `Credit loan ${mark} ${index}`,
      descriptionZh: '面向科技型中小企业的纯信用贷款',
      amountMinFen: 1_000_000_00,
      amountMaxFen,
      rateCapBps: 100,
      termMinMonths: 6,
      termMaxMonths: 36,
      citiesServed: ['HF', 'HZ'],
      industries: [],
      stages: [],
      minScoreTenths: 0,
      requiresHighTech: false,
      requiresTechSme: false,
      riskSharePercent: 20,
    })
    productIds.push(field(expectStatus(created, 201), 'id'))
  }
  for (const [index, amountFen] of needAmounts.entries()) {
    const created = await send(testApp, 'POST', '/api/financing-needs', firm, {
      productType: 'credit_loan',
      amountFen,
      termMonths: 24,
      purpose: `中试线 ${mark} ${index}`,
      urgency: 'normal',
    })
    const needId = field(expectStatus(created, 201), 'id')
    needIds.push(needId)
    const referral = await send(testApp, 'POST', '/api/referrals', firm, {
      needId,
      productId: productIds[index] ?? '',
      consent: true,
    })
    referralIds.push(field(expectStatus(referral, 201), 'id'))
  }
  // the bank answers the first referral: it leaves the queue
  expectStatus(
    await send(testApp, 'POST', `/api/referrals/${referralIds[0] ?? ''}/decision`, bank, {
      decision: 'declined',
      reason: '资料不全',
    }),
    200,
  )
})

describe('finance products', () => {
  it('lists them newest first with the total and the institution named, sorted both ways by amount', async () => {
    const path = `/api/finance-products?q=${mark}`
    const page = await list(path, undefined)
    expect(page.items.map((item) => item.id)).toEqual([...productIds].reverse())
    expect(page).toMatchObject({ total: 3, totalIsExact: true, nextCursor: null })
    expect(page.items[0]?.institution?.id).toBe(bankId)
    expect(page.items[0]?.institution?.nameZh).toMatch(/\S/)
    await expectSortedBothWays(path, bank, 'amountMaxFen')
    expectRefusal(
      await send(testApp, 'GET', '/api/finance-products?sort=nameZh', bank),
      400,
      'VALIDATION_FAILED',
    )
  })

  it('exports what the list shows: an Excel workbook with yuan numbers, the institution and cities by name', async () => {
    const response = await send(
      testApp,
      'GET',
      `/api/finance-products/export?q=${mark}&sort=-amountMaxFen&lang=en`,
      undefined,
    )
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-disposition']).toContain('finance-products.xlsx')
    expect(response.headers['x-export-truncated']).toBe('false')
    const sheet = await workbookSheet(response.rawPayload, 'products')
    expect(sheet.getRow(1).getCell(6).value).toBe('Largest amount (yuan)')
    const largest = [2, 3, 4].map((row) => sheet.getRow(row).getCell(6))
    expect(largest.map((cell) => cell.type)).toEqual(largest.map(() => ExcelJS.ValueType.Number))
    expect(largest.map((cell) => cell.value)).toEqual(
      sortedBy(productAmounts, (a) => a, true).map((a) => a / 100),
    )
    expect(String(sheet.getRow(2).getCell(4).value)).not.toMatch(/^inst_|^$/)
    expect(sheet.getRow(2).getCell(10).value).toBe('Hefei, Hangzhou')
    expect(sheet.getRow(5).getCell(1).value).toBeNull()
  })
})

describe('financing needs', () => {
  it("lists a firm's needs newest first, its name in each, and sorts them by amount both ways", async () => {
    const page = await list('/api/financing-needs?limit=3', firm)
    expect(page.items.map((item) => item.id)).toEqual([...needIds].reverse())
    expect(page.items[0]?.firm).toMatchObject({ id: firmId, nameZh: expect.stringMatching(/\S/) })
    expect(page.totalIsExact).toBe(true)
    expect(page.total).toBe((await everyItem('/api/financing-needs?limit=20', firm)).length)
    await expectSortedBothWays('/api/financing-needs?status=referred', firm, 'amountFen')
    const one = expectStatus(
      await send(testApp, 'GET', `/api/financing-needs/${needIds[1] ?? ''}`, firm),
      200,
    )
    expect((one.firm as Json).nameEn).toMatch(/\S/)
  })

  it('exports them as CSV in Chinese with yuan and names, and only to whoever may list them', async () => {
    const response = await send(testApp, 'GET', '/api/financing-needs/export?sort=amountFen&format=csv', firm)
    expect(response.statusCode).toBe(200)
    const lines = csvLines(response.body)
    expect(lines[0]).toContain('金额（元）')
    const listed = await everyItem('/api/financing-needs?sort=amountFen&limit=100', firm)
    expect(lines).toHaveLength(listed.length + 1)
    const amounts = lines.slice(1).map((line) => Number(line.split(',')[4]))
    expect(amounts).toEqual(listed.map((need) => (need.amountFen ?? 0) / 100))
    expect(lines[1]).toContain('合肥')
    expect(lines[1]).not.toMatch(/,firm_/)
    expectRefusal(await send(testApp, 'GET', '/api/financing-needs/export', bank), 403, 'FORBIDDEN')
    expectRefusal(await send(testApp, 'GET', '/api/financing-needs/export', undefined), 401, 'AUTH_REQUIRED')
  })
})

describe('referrals', () => {
  it("opens the bank's queue on the referrals waiting for its answer, oldest first, across pages", async () => {
    const path = '/api/referrals?status=referred&sort=createdAt'
    const waiting = await everyItem(`${path}&limit=1`, bank)
    expect(waiting.every((item) => item.status === 'referred')).toBe(true)
    expect(new Set(waiting.map((item) => item.id)).size).toBe(waiting.length)
    expect(waiting).toEqual(sortedBy(waiting, (item) => `${item.createdAt}|${item.id}`, false))
    const ours = waiting.filter((item) => referralIds.includes(item.id)).map((item) => item.id)
    expect(ours).toEqual(referralIds.slice(1))
    expect((await list(`${path}&limit=1`, bank)).total).toBe(waiting.length)
    const history = await list('/api/referrals?limit=3', bank)
    expect(history.items.map((item) => item.id)).toEqual([...referralIds].reverse())
    await expectSortedBothWays('/api/referrals?status=referred', bank, 'requestedAmountFen')
  })

  it('names the firm, the product and the institution on the referral itself', async () => {
    const referral = expectStatus(
      await send(testApp, 'GET', `/api/referrals/${referralIds[2] ?? ''}`, bank),
      200,
    )
    expect(referral.firm).toMatchObject({ id: firmId, nameZh: expect.stringMatching(/\S/) })
    expect(referral.product).toEqual({
      id: productIds[2],
      nameZh: `科创贷 ${mark} 2`,
      nameEn: `Credit loan ${mark} 2`,
    })
    expect((referral.institution as Json).id).toBe(bankId)
  })

  it('exports the queue as it shows, with names and yuan numbers, and refuses a caller who may not list', async () => {
    const response = await send(
      testApp,
      'GET',
      '/api/referrals/export?status=referred&sort=-requestedAmountFen&lang=en',
      bank,
    )
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-disposition']).toContain('finance-referrals.xlsx')
    const sheet = await workbookSheet(response.rawPayload, 'referrals')
    expect(sheet.getRow(1).getCell(7).value).toBe('Requested (yuan)')
    const listed = await everyItem('/api/referrals?status=referred&sort=-requestedAmountFen&limit=100', bank)
    const requested = listed.map((_, index) => sheet.getRow(index + 2).getCell(7))
    expect(requested.map((cell) => cell.type)).toEqual(requested.map(() => ExcelJS.ValueType.Number))
    expect(requested.map((cell) => cell.value)).toEqual(
      listed.map((item) => (item.requestedAmountFen ?? 0) / 100),
    )
    const ours = sheet.getRow(listed.findIndex((item) => item.id === referralIds[1]) + 2)
    expect(ours.getCell(3).value).toBe('Hefei')
    expect(ours.getCell(4).value).toBe(`Credit loan ${mark} 1`)
    expect(ours.getCell(8).value).toBe('Awaiting decision')
    expect(String(ours.getCell(2).value)).not.toMatch(/^firm_|^$/)
    expectRefusal(await send(testApp, 'GET', '/api/referrals/export', undefined), 401, 'AUTH_REQUIRED')
  })
})
