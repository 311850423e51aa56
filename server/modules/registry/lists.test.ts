// The registry's lists as people use them (issue 20): directories by name unless a header sorts them otherwise,
// a total on every page, firms and providers found by the beginning of their credit code, the names of what a row
// refers to in the row itself, and exports of firms, institutions and providers with names instead of codes.
import { sql, type SQL } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { queryRows } from '../../db/client'
import { useTestApp } from '../../testing/app'
import { expectRefusal, expectStatus, send } from '../../testing/requests'
import { listReader, workbookSheet, csvLines } from '../../testing/lists'

const testApp = useTestApp()

interface Listed {
  id: string
  memberId?: string
  nameZh: string
  nameEn: string
  creditCode?: string
  cityCode?: string
  foundedOn?: string
  joinedOn?: string
  admissionUpdatedOn?: string
  industry?: { code: string; nameZh: string; nameEn: string }
  park?: { id: string; nameZh: string; nameEn: string } | null
  parkId?: string | null
  mainIndustryCode?: string | null
  mainIndustry?: { code: string; nameZh: string; nameEn: string } | null
}

const { list, everyItem } = listReader<Listed>(testApp)

/** The order the database gives (key, then id), as the list must keep across pages. */
function inOrder(items: Listed[], key: (item: Listed) => string, descending: boolean) {
  const keyOf = (item: Listed) => [key(item), item.id] as const
  return [...items].sort((a, b) => {
    const [x, y] = [keyOf(a), keyOf(b)]
    const order = x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0
    return descending ? -order : order
  })
}

/** Ids in the database's own order of names (its collation decides, as it does for the list). */
async function idsInOrder(query: SQL): Promise<string[]> {
  return (await queryRows<{ id: string }>(testApp.database.db, query)).map((row) => row.id)
}

describe('firms', () => {
  it('lists a city’s firms by founding day both ways, page after page, without repeats, with the total', async () => {
    const newest = await everyItem('/api/firms?city=SZ&sort=-foundedOn&limit=40')
    const first = await list('/api/firms?city=SZ&sort=-foundedOn&limit=40')
    expect(first).toMatchObject({ total: newest.length, totalIsExact: true })
    expect(new Set(newest.map((firm) => firm.id)).size).toBe(newest.length)
    expect(newest.every((firm) => firm.cityCode === 'SZ')).toBe(true)
    const foundedOn = (firm: Listed) => firm.foundedOn ?? ''
    expect(newest.map((firm) => foundedOn(firm))).toEqual(
      inOrder(newest, foundedOn, true).map((firm) => foundedOn(firm)),
    )
    const oldest = await everyItem('/api/firms?city=SZ&sort=foundedOn&limit=40')
    expect(oldest.map((firm) => firm.id)).toEqual([...newest].reverse().map((firm) => firm.id))
  })

  it('runs by name by default and names each firm’s industry and park in the row', async () => {
    const page = await list('/api/firms?limit=30')
    expect(page.total).toBeGreaterThan(30)
    expect(page.items.map((firm) => firm.id)).toEqual(
      await idsInOrder(sql`SELECT id FROM firms ORDER BY name_zh, id LIMIT 30`),
    )
    for (const firm of page.items) {
      expect(firm.industry?.nameZh).not.toBe('')
      expect(firm.industry?.nameEn).not.toBe('')
      if (firm.parkId === null) expect(firm.park).toBeNull()
      else expect(firm.park).toMatchObject({ id: firm.parkId, nameZh: expect.any(String) })
    }
  })

  it('finds a firm by the beginning of its credit code, and still by part of its name', async () => {
    const [firm] = (await list('/api/firms?city=HF&limit=1')).items
    if (firm?.creditCode === undefined) throw new Error('no Hefei firm seeded')
    const byCode = await list(`/api/firms?q=${firm.creditCode.slice(0, 12).toLowerCase()}&limit=100`)
    expect(byCode.items.map((item) => item.id)).toContain(firm.id)
    expect(
      byCode.items.every((item) => item.creditCode?.startsWith(firm.creditCode?.slice(0, 12) ?? '-')),
    ).toBe(true)
    expect(byCode.total).toBe(byCode.items.length)
    const exact = await list(`/api/firms?q=${firm.creditCode}`)
    expect(exact).toMatchObject({ total: 1, items: [{ id: firm.id }] })
    const byName = await list(`/api/firms?q=${encodeURIComponent(firm.nameZh.slice(2, 6))}&city=HF&limit=100`)
    expect(byName.items.map((item) => item.id)).toContain(firm.id)
  })

  it('refuses an order it does not offer and a cursor made under another order', async () => {
    expectRefusal(
      await send(testApp, 'GET', '/api/firms?sort=revenueFen', undefined),
      400,
      'VALIDATION_FAILED',
    )
    const page = await list('/api/firms?city=HF&limit=2')
    const mixed = await send(
      testApp,
      'GET',
      `/api/firms?city=HF&limit=2&sort=-foundedOn&cursor=${page.nextCursor ?? ''}`,
      undefined,
    )
    expectRefusal(mixed, 400, 'CURSOR_INVALID')
  })

  it('exports the firms as the list shows them: an Excel workbook with names, in the list’s order', async () => {
    const listed = await everyItem('/api/firms?city=HF&sort=-foundedOn&limit=100')
    const response = await send(
      testApp,
      'GET',
      '/api/firms/export?city=HF&sort=-foundedOn&lang=en',
      undefined,
    )
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-disposition']).toContain('firms.xlsx')
    expect(response.headers['x-export-truncated']).toBe('false')
    const sheet = await workbookSheet(response.rawPayload, 'firms')
    expect(sheet.getRow(1).getCell(1).value).toBe('Credit code')
    expect(sheet.getRow(1).getCell(4).value).toBe('Industry')
    expect(sheet.rowCount).toBe(listed.length + 1)
    const codes = listed.slice(0, 5).map((_, index) => sheet.getRow(index + 2).getCell(1).value)
    expect(codes).toEqual(listed.slice(0, 5).map((firm) => firm.creditCode))
    expect(sheet.getRow(2).getCell(2).value).toBe(listed[0]?.nameEn)
    expect(sheet.getRow(2).getCell(3).value).toBe('Hefei')
    expect(sheet.getRow(2).getCell(4).value).toBe(listed[0]?.industry?.nameEn)
  })

  it('writes the firms as CSV in Chinese', async () => {
    const response = await send(
      testApp,
      'GET',
      '/api/firms/export?city=HF&highTech=true&format=csv',
      undefined,
    )
    expect(response.statusCode).toBe(200)
    const lines = csvLines(response.body)
    expect(lines[0]).toContain('统一社会信用代码')
    expect(lines[1]).toContain('合肥')
    expect(lines[1]).not.toMatch(/,(firm|park)_/)
    const listed = await list('/api/firms?city=HF&highTech=true&limit=1')
    expect(lines).toHaveLength(listed.total + 1)
  })
})

describe('institutions, providers, parks and alliance members', () => {
  it('lists institutions by name, sorts them by the day they joined both ways, and exports them', async () => {
    const byName = await list('/api/institutions?limit=100')
    expect(byName.items.map((item) => item.id)).toEqual(
      await idsInOrder(sql`SELECT id FROM institutions ORDER BY name_zh, id LIMIT 100`),
    )
    const joined = await everyItem('/api/institutions?sort=-joinedOn&limit=7')
    expect(joined).toHaveLength(byName.total)
    expect(new Set(joined.map((item) => item.id)).size).toBe(joined.length)
    const joinedOn = (item: Listed) => item.joinedOn ?? ''
    expect(joined.map(joinedOn)).toEqual(inOrder(joined, joinedOn, true).map(joinedOn))
    const earliest = await everyItem('/api/institutions?sort=joinedOn&limit=7')
    expect(earliest.map((item) => item.id)).toEqual([...joined].reverse().map((item) => item.id))
    const response = await send(testApp, 'GET', '/api/institutions/export?sort=-joinedOn&lang=en', undefined)
    const sheet = await workbookSheet(response.rawPayload, 'institutions')
    expect(sheet.getRow(1).getCell(2).value).toBe('Kind')
    expect(sheet.getRow(2).getCell(1).value).toBe(joined[0]?.nameEn)
    expect(sheet.rowCount).toBe(joined.length + 1)
  })

  it('finds providers by the beginning of their credit code, sorts them by status day, and exports them', async () => {
    const page = await list('/api/providers?limit=100')
    const [provider] = page.items
    if (provider?.creditCode === undefined) throw new Error('no provider seeded')
    const found = await list(`/api/providers?q=${provider.creditCode.slice(0, 10)}`)
    expect(found.items.map((item) => item.id)).toContain(provider.id)
    expect(found.total).toBe(found.items.length)
    const updated = await everyItem('/api/providers?sort=-admissionUpdatedOn&limit=6')
    expect(updated).toHaveLength(page.total)
    const day = (item: Listed) => item.admissionUpdatedOn ?? ''
    expect(updated.map(day)).toEqual(inOrder(updated, day, true).map(day))
    const response = await send(
      testApp,
      'GET',
      '/api/providers/export?sort=-admissionUpdatedOn&format=csv',
      undefined,
    )
    const lines = csvLines(response.body)
    expect(lines[0]).toContain('准入状态')
    expect(lines).toHaveLength(updated.length + 1)
    expect(lines[1]).toContain(updated[0]?.creditCode ?? '-')
  })

  it('lists parks by name with their main industry named, counted, and exports them', async () => {
    const parks = await everyItem('/api/parks?sort=-nameEn&limit=9')
    const first = await list('/api/parks?sort=-nameEn&limit=9')
    expect(first.total).toBe(parks.length)
    expect(parks.map((park) => park.id)).toEqual(
      await idsInOrder(sql`SELECT id FROM parks ORDER BY name_en DESC, id DESC`),
    )
    for (const park of parks) expect(park.mainIndustry?.code ?? null).toBe(park.mainIndustryCode ?? null)
    const response = await send(testApp, 'GET', '/api/parks/export?sort=-nameEn&lang=en', undefined)
    const sheet = await workbookSheet(response.rawPayload, 'parks')
    expect(sheet.getRow(1).getCell(4).value).toBe('Main industry')
    expect(sheet.rowCount).toBe(parks.length + 1)
    expect(sheet.getRow(2).getCell(1).value).toBe(parks[0]?.nameEn)
    expect(sheet.getRow(2).getCell(4).value).toBe(parks[0]?.mainIndustry?.nameEn ?? null)
  })

  it('lists an alliance’s members newest joined first, counted, without repeats across pages', async () => {
    const tree = expectStatus(await send(testApp, 'GET', '/api/alliances', undefined), 200)
    const rootId = (tree.roots as { id: string }[])[0]?.id ?? ''
    const members = await everyItem(`/api/alliances/${rootId}/members?limit=8`)
    const first = await list(`/api/alliances/${rootId}/members?limit=8`)
    expect(first.total).toBe(members.length)
    expect(new Set(members.map((member) => member.memberId)).size).toBe(members.length)
    const joinedOn = members.map((member) => member.joinedOn ?? '')
    expect(joinedOn).toEqual([...joinedOn].sort().reverse())
  })

  it('exports an alliance’s members as the list shows them, kinds and cities named', async () => {
    const tree = expectStatus(await send(testApp, 'GET', '/api/alliances', undefined), 200)
    const rootId = (tree.roots as { id: string }[])[0]?.id ?? ''
    const parks = await everyItem(`/api/alliances/${rootId}/members?kind=park&sort=joinedOn&limit=20`)
    expect(parks.length).toBeGreaterThan(1)
    const path = `/api/alliances/${rootId}/members/export?kind=park&sort=joinedOn`
    const response = await send(testApp, 'GET', `${path}&lang=en`, undefined)
    expect(response.headers['content-disposition']).toContain('alliance-members.xlsx')
    const sheet = await workbookSheet(response.rawPayload, 'members')
    expect(sheet.rowCount).toBe(parks.length + 1)
    const names = parks.map((_, index) => sheet.getRow(index + 2).getCell(1).value)
    expect(names).toEqual(parks.map((park) => park.nameEn))
    expect(sheet.getRow(2).getCell(2).value).toBe('Park')
    expect(sheet.getRow(2).getCell(3).value).not.toBe(parks[0]?.cityCode)
    const lines = csvLines((await send(testApp, 'GET', `${path}&format=csv`, undefined)).body)
    expect(lines[0]).toBe('成员,成员类型,城市,加入日期')
    expect(lines).toHaveLength(parks.length + 1)
    expect(lines[1]).toContain(`${parks[0]?.nameZh},园区,`)
    expectRefusal(
      await send(testApp, 'GET', '/api/alliances/alli_none/members/export', undefined),
      404,
      'ALLIANCE_NOT_FOUND',
    )
  })
})
