// The licence lists as people work them (issue 20): newest first, sortable by when a licence ends both ways without
// repeats, a total on every page, found by the number of the case that issued it, and exported as the list shows.
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { useTestApp } from '../../testing/app'
import { expectRefusal, send } from '../../testing/requests'
import { listReader } from '../../testing/lists'

const testApp = useTestApp()

interface Listed {
  id: string
  caseNumber: string
  issuerCode: string
  validFrom: string
  validUntil: string
  status: string
}

const { list, everyItem } = listReader<Listed>(testApp)

const keyOf = (key: keyof Listed) => (item: Listed) => `${new Date(item[key]).toISOString()}|${item.id}`

describe('licence lists', () => {
  it('lists the newest licences first, with the total, page after page', async () => {
    const office = await testApp.signIn('office')
    const listed = await everyItem('/api/licences?limit=7', office)
    const first = await list('/api/licences?limit=7', office)
    expect(listed.length).toBeGreaterThan(7)
    expect(first).toMatchObject({ total: listed.length, totalIsExact: true })
    expect(new Set(listed.map((item) => item.id)).size).toBe(listed.length)
    const keys = listed.map(keyOf('validFrom'))
    expect(keys).toEqual([...keys].sort().reverse())
  })

  it("sorts a city's licences by when they end, both ways, without repeats", async () => {
    const officer = await testApp.signIn('officer.sh')
    const ascending = await everyItem('/api/licences?sort=validUntil&limit=3', officer)
    expect(ascending.length).toBeGreaterThan(3)
    expect(ascending.every((item) => item.issuerCode === 'SH-SJ')).toBe(true)
    const keys = ascending.map(keyOf('validUntil'))
    expect(keys).toEqual([...keys].sort())
    const descending = await everyItem('/api/licences?sort=-validUntil&limit=3', officer)
    expect(descending.map((item) => item.id)).toEqual(ascending.map((item) => item.id).reverse())
  })

  it('finds a licence by the number of its case, whole or its beginning', async () => {
    const office = await testApp.signIn('office')
    const sample = (await list('/api/licences?limit=1', office)).items[0]
    if (sample === undefined) throw new Error('no licences')
    const exact = await list(`/api/licences?q=${sample.caseNumber.toLowerCase()}`, office)
    expect(exact.items.map((item) => item.id)).toEqual([sample.id])
    expect(exact.total).toBe(1)
    const prefix = sample.caseNumber.slice(0, 7)
    const found = await everyItem(`/api/licences?q=${prefix}&limit=100`, office)
    expect(found.map((item) => item.id)).toContain(sample.id)
    expect(found.every((item) => item.caseNumber.startsWith(prefix))).toBe(true)
  })
})

describe('the export of the licences', () => {
  it('exports the list as it shows, an Excel workbook with names in English', async () => {
    const office = await testApp.signIn('office')
    const listed = await everyItem('/api/licences?sort=validUntil&limit=100', office)
    const response = await send(testApp, 'GET', '/api/licences/export?sort=validUntil&lang=en', office)
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-disposition']).toContain('licences.xlsx')
    expect(response.headers['x-export-truncated']).toBe('false')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(new Uint8Array(response.rawPayload).buffer)
    const sheet = workbook.getWorksheet('licences')
    if (sheet === undefined) throw new Error('no licences sheet')
    expect(sheet.getRow(1).getCell(2).value).toBe('Case number')
    const numbers = listed.map((_, index) => sheet.getRow(index + 2).getCell(2).value)
    expect(numbers).toEqual(listed.map((item) => item.caseNumber))
    const issuers = listed.map((_, index) => String(sheet.getRow(index + 2).getCell(5).value))
    expect(issuers).toContain('Shanghai (Songjiang)')
    // an instant is written as Shanghai's wall clock: a workbook's serial has no zone
    const shanghaiOffsetMs = 8 * 3_600_000
    expect(sheet.getRow(2).getCell(7).value).toEqual(
      new Date(new Date(listed[0]?.validUntil ?? '').getTime() + shanghaiOffsetMs),
    )
    expect(sheet.getRow(listed.length + 2).getCell(1).value).toBeNull()
  })

  it('writes CSV in Chinese for a firm, and refuses a caller who may not list licences', async () => {
    const firm = await testApp.signIn('firm.sh')
    const wallet = await everyItem('/api/licences?limit=100', firm)
    const response = await send(testApp, 'GET', '/api/licences/export?format=csv', firm)
    expect(response.statusCode).toBe(200)
    const lines = response.body
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n')
    expect(lines[0]).toContain('持证企业')
    expect(lines).toHaveLength(wallet.length + 1)
    const provider = await testApp.signIn('provider.sz')
    expectRefusal(await send(testApp, 'GET', '/api/licences/export', provider), 403, 'FORBIDDEN')
    expectRefusal(await send(testApp, 'GET', '/api/licences/export'), 401, 'AUTH_REQUIRED')
  })
})
