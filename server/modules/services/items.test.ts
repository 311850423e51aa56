// The service catalogue: searched by anyone in Chinese or English and filtered, paged with a cursor; edited by the
// corridor office alone, each edit audited and a new version, while a case keeps the version it was filed under.
import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { queryRows } from '../../db/client'
import { useTestApp } from '../../testing/app'
import { expectRefusal, expectStatus, send, type Json } from '../../testing/requests'
import { fileProxyCase, proxyItem } from './cases.test-support'
import { catalogueItems } from './services.reference'

const testApp = useTestApp()

async function page(query: string): Promise<Json[]> {
  const body = expectStatus(await send(testApp, 'GET', `/api/service-items?${query}`), 200)
  return body.items as Json[]
}

const codes = (items: Json[]) => items.map((item) => item.code)

function editOf<Changes extends Json>(code: string, changes: Changes) {
  const item = catalogueItems.find((candidate) => candidate.code === code)
  if (item === undefined) throw new Error(`${code} is not in the catalogue`)
  return { ...Object.fromEntries(Object.entries(item).filter(([field]) => field !== 'code')), ...changes }
}

describe('the service catalogue', () => {
  it('finds items by a Chinese or an English word, and filters by city, mode, department and licence', async () => {
    const zh = await page(`q=${encodeURIComponent('变更登记')}&limit=50`)
    expect(zh.length).toBeGreaterThan(0)
    expect(
      zh.every((item) => String(item.nameZh).includes('变更') || String(item.descriptionZh).includes('变更')),
    ).toBe(true)
    expect(codes(zh)).toContain(proxyItem)
    const en = await page('q=change%20registration&limit=50')
    expect(codes(en)).toContain(proxyItem)

    const hefei = await page('city=HF&limit=100')
    expect(hefei.length).toBeGreaterThan(0)
    expect(hefei.every((item) => (item.competentCity as Json).code === 'HF')).toBe(true)
    const proxy = await page('mode=proxy&department=amr&limit=100')
    expect(proxy.every((item) => item.mode === 'proxy' && (item.department as Json).code === 'amr')).toBe(
      true,
    )
    expect(codes(proxy)).toContain(proxyItem)
    const licences = await page('licence=true&limit=100')
    const noLicence = await page('licence=false&limit=100')
    expect(licences.every((item) => item.licence !== null)).toBe(true)
    expect(noLicence.every((item) => item.licence === null)).toBe(true)
    expect(await page(`q=${encodeURIComponent('不存在的事项名')}`)).toEqual([])
  })

  it('pages the 150 items with a cursor, every item once, and bounds the page size', async () => {
    const seen: unknown[] = []
    let cursor: string | null = null
    for (let pageNumber = 0; pageNumber < 20; pageNumber++) {
      const query: string = `limit=40${cursor !== null ? `&cursor=${encodeURIComponent(cursor)}` : ''}`
      const body = expectStatus(await send(testApp, 'GET', `/api/service-items?${query}`), 200)
      seen.push(...codes(body.items as Json[]))
      cursor = body.nextCursor as string | null
      if (cursor === null) break
    }
    expect(seen).toHaveLength(150)
    expect(new Set(seen).size).toBe(150)
    expectRefusal(await send(testApp, 'GET', '/api/service-items?limit=1000'), 400, 'VALIDATION_FAILED')
    expectRefusal(await send(testApp, 'GET', '/api/service-items?licence=yes'), 400, 'VALIDATION_FAILED')
    expectRefusal(
      await send(testApp, 'GET', '/api/service-items/G60-XX-NONE-999'),
      404,
      'SERVICE_ITEM_NOT_FOUND',
    )
  })

  it('lets the office alone edit an item: a new version, audited, seen at once; a filed case keeps its version', async () => {
    const office = await testApp.signIn('office')
    const officer = await testApp.signIn('officer.sh')
    const firm = await testApp.signIn('firm.hf')
    const before = await fileProxyCase(testApp, firm)
    expect(before.item).toMatchObject({ code: proxyItem, version: 1 })

    const edit = editOf(proxyItem, { promisedDays: 1, changeNote: '承诺时限由2个工作日压缩为1个' })
    expectRefusal(
      await send(testApp, 'PUT', `/api/service-items/${proxyItem}`, officer, edit),
      403,
      'FORBIDDEN',
    )
    expectRefusal(
      await send(testApp, 'PUT', `/api/service-items/${proxyItem}`, undefined, edit),
      401,
      'AUTH_REQUIRED',
    )
    expectRefusal(
      await send(testApp, 'PUT', `/api/service-items/${proxyItem}`, office, { ...edit, promisedDays: '1' }),
      400,
      'VALIDATION_FAILED',
    )
    // the page is read once before the edit, so that a cached page would show the old version afterwards
    const listed = async () =>
      (await page(`q=${encodeURIComponent('内资有限公司变更登记')}&city=SH-SJ`)).find(
        (item) => item.code === proxyItem,
      )
    expect(await listed()).toMatchObject({ version: 1 })

    const edited = expectStatus(
      await send(testApp, 'PUT', `/api/service-items/${proxyItem}`, office, edit),
      200,
    )
    expect(edited).toMatchObject({ code: proxyItem, version: 2, promisedDays: 1 })
    expect(await listed()).toMatchObject({ version: 2, promisedDays: 1 })
    const versions = expectStatus(await send(testApp, 'GET', `/api/service-items/${proxyItem}/versions`), 200)
    expect((versions.items as Json[]).map((version) => [version.version, version.changeNote])).toEqual([
      [2, edit.changeNote],
      [1, expect.any(String)],
    ])
    const audits = await queryRows<{ details: Json }>(
      testApp.database.db,
      sql`SELECT details FROM audit_log WHERE action = 'service_item.update' AND entity_id = ${proxyItem}`,
    )
    expect(audits.map((audit) => audit.details)).toEqual([
      { version: 2, previousVersion: 1, changeNote: edit.changeNote },
    ])

    const kept = expectStatus(
      await send(testApp, 'GET', `/api/service-cases/${String(before.id)}`, firm),
      200,
    )
    expect(kept.item).toMatchObject({ version: 1 })
    const after = await fileProxyCase(testApp, firm)
    expect(after.item).toMatchObject({ version: 2 })
  })
})

describe('withdrawing an item (停办)', () => {
  it('lets the office stop an item taking applications (停办) and restore it; filings refused meanwhile', async () => {
    const office = await testApp.signIn('office')
    const officer = await testApp.signIn('officer.sh')
    const firm = await testApp.signIn('firm.hf')
    const url = `/api/service-items/${proxyItem}/active`
    expectRefusal(
      await send(testApp, 'PUT', url, officer, { active: false, reason: '政策调整' }),
      403,
      'FORBIDDEN',
    )
    expectRefusal(await send(testApp, 'PUT', url, office, { active: false }), 400, 'VALIDATION_FAILED')
    expectRefusal(
      await send(testApp, 'PUT', url, office, { active: 'no', reason: '政策调整' }),
      400,
      'VALIDATION_FAILED',
    )
    expectRefusal(
      await send(testApp, 'PUT', url, office, { active: true, reason: '恢复' }),
      409,
      'SERVICE_ITEM_ALREADY_SO',
    )
    const stopped = expectStatus(
      await send(testApp, 'PUT', url, office, { active: false, reason: '政策调整，暂停受理' }),
      200,
    )
    expect(stopped).toMatchObject({ code: proxyItem, isActive: false })
    expect(codes(await page('limit=100&city=SH-SJ'))).not.toContain(proxyItem)
    await expect(fileProxyCase(testApp, firm)).rejects.toThrow(/SERVICE_ITEM_INACTIVE/)
    expectStatus(await send(testApp, 'PUT', url, office, { active: true, reason: '恢复受理' }), 200)
    expect(codes(await page('limit=100&city=SH-SJ'))).toContain(proxyItem)
    expect(await fileProxyCase(testApp, firm)).toMatchObject({ status: 'submitted' })
    const audited = await queryRows<{ action: string }>(
      testApp.database.db,
      sql`SELECT action FROM audit_log WHERE entity_id = ${proxyItem} AND action LIKE 'service_item.%activate' ORDER BY sequence`,
    )
    expect(audited.map((row) => row.action)).toEqual(['service_item.deactivate', 'service_item.activate'])
  })
})
