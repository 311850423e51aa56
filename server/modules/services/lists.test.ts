// The case lists as people work them (issue 20): an applicant's history newest first, a window's waiting cases
// oldest first, sortable by due day (cases not yet accepted have none) both ways without repeats, a total on every
// page, found by the case number people quote, and exported as the list shows them.
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { useTestApp } from '../../testing/app'
import { expectRefusal, expectStatus, field, send, type Json } from '../../testing/requests'
import { fileProxyCase } from './cases.test-support'
import { listReader } from '../../testing/lists'

const testApp = useTestApp()

interface Listed {
  id: string
  number: string
  status: string
  submittedAt: string
  clock: { dueOn: string | null }
  competentCity: { code: string }
}

const { list, everyItem } = listReader<Listed>(testApp)

const byKey = (key: (item: Listed) => string) => (a: Listed, b: Listed) =>
  key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0

let firm = ''
let officerHefei = ''
let officerShanghai = ''
const filed: Json[] = []

beforeAll(async () => {
  firm = await testApp.signIn('firm.hf')
  officerHefei = await testApp.signIn('officer.hf')
  officerShanghai = await testApp.signIn('officer.sh')
  for (let index = 0; index < 3; index += 1) filed.push(await fileProxyCase(testApp, firm))
})

describe('service case lists', () => {
  it('gives the applicant its cases newest first, with the total', async () => {
    const everything = await everyItem('/api/service-cases?view=mine&limit=4', firm)
    const first = await list('/api/service-cases?view=mine&limit=4', firm)
    expect(first).toMatchObject({ total: everything.length, totalIsExact: true })
    expect(new Set(everything.map((item) => item.id)).size).toBe(everything.length)
    const newestFirst = [...everything].sort(byKey((item) => `${item.submittedAt}|${item.id}`)).reverse()
    expect(everything.map((item) => item.id)).toEqual(newestFirst.map((item) => item.id))
    expect(first.items.slice(0, 3).map((item) => item.id)).toEqual(
      [...filed].reverse().map((found) => field(found, 'id')),
    )
  })

  it('gives a window its waiting cases oldest first, across pages without repeats', async () => {
    const waiting = await everyItem('/api/service-cases?view=intake&sort=submittedAt&limit=2', officerHefei)
    expect(waiting.every((item) => item.status === 'submitted')).toBe(true)
    expect(new Set(waiting.map((item) => item.id)).size).toBe(waiting.length)
    const oldestFirst = [...waiting].sort(byKey((item) => `${item.submittedAt}|${item.id}`))
    expect(waiting.map((item) => item.id)).toEqual(oldestFirst.map((item) => item.id))
    expect(waiting.slice(-3).map((item) => item.id)).toEqual(filed.map((found) => field(found, 'id')))
    const first = await list('/api/service-cases?view=intake&sort=submittedAt&limit=2', officerHefei)
    expect(first.total).toBe(waiting.length)
  })

  it('sorts a city history by due day both ways, page after page, cases without one included', async () => {
    const path = '/api/service-cases?view=city&limit=100'
    const ascending = await everyItem(`${path}&sort=dueOn`, officerShanghai)
    const { total } = await list(path, officerShanghai)
    expect(ascending).toHaveLength(total)
    expect(new Set(ascending.map((item) => item.id)).size).toBe(total)
    const due = ascending.map((item) => item.clock.dueOn)
    expect(due.some((day) => day === null)).toBe(true)
    expect(due.some((day) => day !== null)).toBe(true)
    // a due day sorts before none, as PostgreSQL places nulls ascending
    const days = (items: Listed[]) => items.map((item) => item.clock.dueOn ?? '~')
    expect(days(ascending)).toEqual([...days(ascending)].sort())
    const descending = await everyItem(`${path}&sort=-dueOn`, officerShanghai)
    expect(descending.map((item) => item.id)).toEqual(ascending.map((item) => item.id).reverse())
    expect(ascending.every((item) => item.competentCity.code === 'SH-SJ')).toBe(true)
  })

  it('finds a case by its number or its beginning, and refuses a cursor of another order', async () => {
    const number = field(filed[1] ?? {}, 'number')
    const exact = await list(`/api/service-cases?view=city&q=${number.toLowerCase()}`, officerShanghai)
    expect(exact.items.map((item) => item.id)).toEqual([field(filed[1] ?? {}, 'id')])
    expect(exact.total).toBe(1)
    const beginning = await list(`/api/service-cases?view=mine&q=${number.slice(0, -4)}&limit=100`, firm)
    expect(beginning.items.map((item) => item.number)).toContain(number)
    expect(beginning.items.every((item) => item.number.startsWith(number.slice(0, -4)))).toBe(true)
    const page = await list('/api/service-cases?view=mine&limit=1', firm)
    expectRefusal(
      await send(
        testApp,
        'GET',
        `/api/service-cases?view=mine&limit=1&sort=status&cursor=${page.nextCursor ?? ''}`,
        firm,
      ),
      400,
      'CURSOR_INVALID',
    )
  })
})

describe('the export of the case lists', () => {
  it('exports the queue as it shows, an Excel workbook with names in English', async () => {
    const listed = await everyItem('/api/service-cases?view=intake&sort=submittedAt&limit=100', officerHefei)
    const response = await send(
      testApp,
      'GET',
      '/api/service-cases/export?view=intake&sort=submittedAt&lang=en',
      officerHefei,
    )
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-disposition']).toContain('service-cases.xlsx')
    expect(response.headers['x-export-truncated']).toBe('false')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(new Uint8Array(response.rawPayload).buffer)
    const sheet = workbook.getWorksheet('cases')
    if (sheet === undefined) throw new Error('no cases sheet')
    expect(sheet.getRow(1).getCell(1).value).toBe('Case number')
    const numbers = listed.map((_, index) => sheet.getRow(index + 2).getCell(1).value)
    expect(numbers).toEqual(listed.map((item) => item.number))
    const last = sheet.getRow(listed.length + 1)
    expect(last.getCell(5).value).toBe('Hefei')
    expect(last.getCell(6).value).toBe('Shanghai (Songjiang)')
    expect(last.getCell(8).value).toBe('Awaiting pre-review')
    expect(String(last.getCell(4).value)).not.toMatch(/^firm_/)
    expect(sheet.getRow(listed.length + 2).getCell(1).value).toBeNull()
  })

  it('writes CSV in Chinese, and refuses a caller who may not list cases', async () => {
    const response = await send(testApp, 'GET', '/api/service-cases/export?view=mine&format=csv', firm)
    expect(response.statusCode).toBe(200)
    const lines = response.body
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n')
    expect(lines[0]).toContain('办件编号')
    expect(lines[1]).toContain(field(filed[2] ?? {}, 'number'))
    expect(lines[1]).toContain('待预审')
    const provider = await testApp.signIn('provider.sz')
    expectRefusal(
      await send(testApp, 'GET', '/api/service-cases/export?view=mine', provider),
      403,
      'FORBIDDEN',
    )
    expectRefusal(await send(testApp, 'GET', '/api/service-cases/export?view=mine'), 401, 'AUTH_REQUIRED')
  })
})

describe('the service catalogue as a list', () => {
  interface Item {
    code: string
    feeFen: number
  }

  async function everyCatalogueItem(query: string): Promise<Item[]> {
    const items: Item[] = []
    let cursor: string | null = null
    for (let pageIndex = 0; pageIndex < 20; pageIndex += 1) {
      const suffix: string = cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`
      const page = expectStatus(await send(testApp, 'GET', `/api/service-items?${query}${suffix}`), 200)
      expect(page).toMatchObject({ total: 150, totalIsExact: true })
      items.push(...(page.items as unknown as Item[]))
      cursor = page.nextCursor as string | null
      if (cursor === null) return items
    }
    throw new Error('the catalogue pages on past 20 pages')
  }

  it('reads by item code, and sorts by fee both ways across pages without repeats', async () => {
    const byCode = await everyCatalogueItem('limit=40')
    expect(byCode.map((item) => item.code)).toEqual(byCode.map((item) => item.code).sort())
    const dearest = await everyCatalogueItem('sort=-feeFen&limit=40')
    expect(new Set(dearest.map((item) => item.code)).size).toBe(150)
    const fees = dearest.map((item) => item.feeFen)
    expect(fees).toEqual([...fees].sort((a, b) => b - a))
    const cheapest = await everyCatalogueItem('sort=feeFen&limit=40')
    expect(cheapest.map((item) => item.code)).toEqual(dearest.map((item) => item.code).reverse())
  })

  it('exports the catalogue as filtered, fees as yuan numbers and cities by name', async () => {
    const listed = expectStatus(
      await send(testApp, 'GET', '/api/service-items?city=HF&sort=-feeFen&limit=100'),
      200,
    )
    const items = listed.items as unknown as Item[]
    const response = await send(testApp, 'GET', '/api/service-items/export?city=HF&sort=-feeFen&lang=en')
    expect(response.statusCode).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(new Uint8Array(response.rawPayload).buffer)
    const sheet = workbook.getWorksheet('items')
    if (sheet === undefined) throw new Error('no items sheet')
    expect(sheet.getRow(1).getCell(8).value).toBe('Fee (yuan)')
    const fees = items.map((_, index) => sheet.getRow(index + 2).getCell(8))
    expect(fees.map((cell) => cell.type)).toEqual(fees.map(() => ExcelJS.ValueType.Number))
    expect(fees.map((cell) => cell.value)).toEqual(items.map((item) => item.feeFen / 100))
    expect(items.map((_, index) => sheet.getRow(index + 2).getCell(3).value)).toEqual(
      items.map(() => 'Hefei'),
    )
    expect(sheet.getRow(items.length + 2).getCell(1).value).toBeNull()
  })
})
