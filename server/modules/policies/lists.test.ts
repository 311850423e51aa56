// The policy award lists as people work them (issue 20): newest first, sortable by amount both ways without
// repeats, a total on every page, found by the code of the item people quote, and exported as the list shows.
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { useTestApp } from '../../testing/app'
import { expectRefusal, send } from '../../testing/requests'
import { listReader, sortedBy } from '../../testing/lists'

const testApp = useTestApp()

interface Listed {
  id: string
  itemCode: string
  firmId: string
  firmNameEn: string
  issuerCode: string
  amountFen: number
  status: string
  createdAt: string
}

const { list, everyItem } = listReader<Listed>(testApp)

describe('policy award lists', () => {
  it("lists a city's awards newest first, with the total, page after page", async () => {
    const officer = await testApp.signIn('officer.sh')
    const listed = await everyItem('/api/policy-awards?limit=50', officer)
    expect(listed.length).toBeGreaterThan(3)
    expect((await list('/api/policy-awards?limit=5', officer)).total).toBe(listed.length)
    expect(new Set(listed.map((item) => item.id)).size).toBe(listed.length)
    const keys = listed.map((item) => `${item.createdAt}|${item.id}`)
    expect(keys).toEqual([...keys].sort().reverse())
    expect(listed.every((item) => item.issuerCode === 'SH-SJ')).toBe(true)
    expect(listed.every((item) => item.firmNameEn !== '')).toBe(true)
  })

  it('sorts by the amount both ways, page after page, without repeats', async () => {
    const office = await testApp.signIn('office')
    const descending = await everyItem('/api/policy-awards?sort=-amountFen&limit=100', office)
    const amounts = descending.map((item) => item.amountFen)
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a))
    expect(new Set(descending.map((item) => item.id)).size).toBe(descending.length)
    const ascending = await everyItem('/api/policy-awards?sort=amountFen&limit=100', office)
    expect(ascending.map((item) => item.id)).toEqual(descending.map((item) => item.id).reverse())
  })

  it('finds awards by the code of their item, whole or its beginning', async () => {
    const office = await testApp.signIn('office')
    const sample = (await list('/api/policy-awards?limit=1', office)).items[0]
    if (sample === undefined) throw new Error('no awards')
    const found = await everyItem(`/api/policy-awards?q=${sample.itemCode.toLowerCase()}&limit=100`, office)
    expect(found.map((item) => item.id)).toContain(sample.id)
    expect(found.every((item) => item.itemCode === sample.itemCode)).toBe(true)
    const prefix = sample.itemCode.slice(0, 4)
    const beginning = await list(`/api/policy-awards?q=${prefix}&limit=100`, office)
    expect(beginning.total).toBeGreaterThanOrEqual(found.length)
    expect(beginning.items.every((item) => item.itemCode.startsWith(prefix))).toBe(true)
  })
})

describe('the export of the awards', () => {
  it('exports the list as it shows, an Excel workbook with yuan numbers and names', async () => {
    const officer = await testApp.signIn('officer.sh')
    const listed = await everyItem('/api/policy-awards?sort=-amountFen&limit=100', officer)
    const response = await send(testApp, 'GET', '/api/policy-awards/export?sort=-amountFen&lang=en', officer)
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-disposition']).toContain('policy-awards.xlsx')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(new Uint8Array(response.rawPayload).buffer)
    const sheet = workbook.getWorksheet('awards')
    if (sheet === undefined) throw new Error('no awards sheet')
    expect(sheet.getRow(1).getCell(7).value).toBe('Amount (yuan)')
    const amounts = listed.map((_, index) => sheet.getRow(index + 2).getCell(7))
    expect(amounts.map((cell) => cell.type)).toEqual(amounts.map(() => ExcelJS.ValueType.Number))
    expect(amounts.map((cell) => cell.value)).toEqual(listed.map((item) => item.amountFen / 100))
    expect(sheet.getRow(2).getCell(4).value).toBe(listed[0]?.firmNameEn)
    expect(sheet.getRow(2).getCell(6).value).toBe('Shanghai (Songjiang)')
    expect(sheet.getRow(listed.length + 2).getCell(1).value).toBeNull()
  })

  it('writes CSV in Chinese, and refuses a caller who may not list awards', async () => {
    const office = await testApp.signIn('office')
    const response = await send(testApp, 'GET', '/api/policy-awards/export?format=csv&limit=5', office)
    expect(response.statusCode).toBe(200)
    const lines = response.body
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n')
    expect(lines[0]).toContain('金额（元）')
    expect(lines[1]).not.toMatch(/,firm_/)
    const provider = await testApp.signIn('provider.sz')
    expectRefusal(await send(testApp, 'GET', '/api/policy-awards/export', provider), 403, 'FORBIDDEN')
    expectRefusal(await send(testApp, 'GET', '/api/policy-awards/export'), 401, 'AUTH_REQUIRED')
  })
})

interface ListedPolicy {
  id: string
  code: string
  issuerCode: string
  documentNumber: string
  titleZh: string
  publishedOn: string
  items: { code: string }[]
}

interface ListedAwardList {
  id: string
  itemCode: string
  issuerCode: string
  status: string
  createdAt: string
}

const library = listReader<ListedPolicy>(testApp)
const awardLists = listReader<ListedAwardList>(testApp)

describe('the policy library', () => {
  it('opens on the policies published last, counted, page after page without repeats', async () => {
    const policies = await library.everyItem('/api/policies?limit=7')
    expect(policies.length).toBeGreaterThan(7)
    const first = await library.list('/api/policies?limit=7')
    expect(first).toMatchObject({ total: policies.length, totalIsExact: true })
    expect(new Set(policies.map((policy) => policy.id)).size).toBe(policies.length)
    const keys = policies.map((policy) => `${policy.publishedOn}|${policy.id}`)
    expect(keys).toEqual([...keys].sort().reverse())
    expect(policies.every((policy) => policy.items.length > 0)).toBe(true)
  })

  it('sorts by code both ways and keeps an issuer’s policies apart', async () => {
    const byCode = await library.everyItem('/api/policies?sort=code&limit=9')
    expect(byCode.map((policy) => policy.code)).toEqual(
      sortedBy(byCode, (policy) => policy.code, false).map((policy) => policy.code),
    )
    const backwards = await library.everyItem('/api/policies?sort=-code&limit=9')
    expect(backwards.map((policy) => policy.id)).toEqual(byCode.map((policy) => policy.id).reverse())
    const hefei = await library.everyItem('/api/policies?issuer=HF&sort=code&limit=2')
    expect(hefei.length).toBeGreaterThan(2)
    expect(hefei.every((policy) => policy.issuerCode === 'HF')).toBe(true)
    expect((await library.list('/api/policies?issuer=HF&limit=2')).total).toBe(hefei.length)
  })

  it('finds a policy by its code or document number, whole or their beginning, and by a title', async () => {
    const sample = (await library.list('/api/policies?sort=code&limit=1')).items[0]
    if (sample === undefined) throw new Error('no policies')
    const byCode = await library.list(`/api/policies?q=${sample.code.toLowerCase()}`)
    expect(byCode.items.map((policy) => policy.id)).toContain(sample.id)
    const byNumber = await library.list(`/api/policies?q=${encodeURIComponent(sample.documentNumber)}`)
    expect(byNumber.items.map((policy) => policy.id)).toEqual([sample.id])
    expect(byNumber.total).toBe(1)
    const prefix = sample.code.slice(0, 3)
    const beginning = await library.everyItem(`/api/policies?q=${prefix}&limit=50`)
    expect(beginning.map((policy) => policy.id)).toContain(sample.id)
    const byTitle = await library.list(`/api/policies?q=${encodeURIComponent(sample.titleZh.slice(2, 8))}`)
    expect(byTitle.items.map((policy) => policy.id)).toContain(sample.id)
  })

  it('refuses an order it does not offer and a cursor made under another order', async () => {
    expectRefusal(await send(testApp, 'GET', '/api/policies?sort=titleZh'), 400, 'VALIDATION_FAILED')
    const first = await library.list('/api/policies?limit=2')
    const cursor = encodeURIComponent(first.nextCursor ?? '')
    expectRefusal(
      await send(testApp, 'GET', `/api/policies?sort=code&cursor=${cursor}`),
      400,
      'CURSOR_INVALID',
    )
  })
})

describe('the award-list index', () => {
  it('opens on the newest lists, counted, both ways without repeats, found by the code of their item', async () => {
    const office = await testApp.signIn('office')
    const newest = await awardLists.everyItem('/api/policy-award-lists?limit=3', office)
    expect(newest.length).toBeGreaterThan(3)
    expect((await awardLists.list('/api/policy-award-lists?limit=3', office)).total).toBe(newest.length)
    expect(new Set(newest.map((found) => found.id)).size).toBe(newest.length)
    const keys = newest.map((found) => `${found.createdAt}|${found.id}`)
    expect(keys).toEqual([...keys].sort().reverse())
    const oldest = await awardLists.everyItem('/api/policy-award-lists?sort=createdAt&limit=3', office)
    expect(oldest.map((found) => found.id)).toEqual(newest.map((found) => found.id).reverse())
    const sample = newest[0]
    if (sample === undefined) throw new Error('no award lists')
    const byCode = await awardLists.everyItem(
      `/api/policy-award-lists?q=${sample.itemCode.toLowerCase()}&limit=3`,
      office,
    )
    expect(byCode.map((found) => found.id)).toContain(sample.id)
    expect(byCode.every((found) => found.itemCode === sample.itemCode)).toBe(true)
  })

  it("keeps an officer to the city's lists, with its own total and status filter", async () => {
    const officer = await testApp.signIn('officer.sh')
    const own = await awardLists.everyItem('/api/policy-award-lists?limit=2', officer)
    expect(own.length).toBeGreaterThan(0)
    expect(own.every((found) => found.issuerCode === 'SH-SJ')).toBe(true)
    const open = await awardLists.list('/api/policy-award-lists?status=open&limit=100', officer)
    expect(open.total).toBe(own.filter((found) => found.status === 'open').length)
    expectRefusal(await send(testApp, 'GET', '/api/policy-award-lists', undefined), 401, 'AUTH_REQUIRED')
  })
})
