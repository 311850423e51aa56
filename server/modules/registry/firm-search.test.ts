// The in-memory firm search picture must find exactly what the SQL finds, and must not hide or misname a firm
// written here (at once) or by another process (within its refresh interval).
import { sql } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../../db/client'
import { useTestApp } from '../../testing/app'
import { completeCreditCode } from './credit-code'
import { createFirmSearchIndex } from './firm-search.index'
import {
  buildFirmSearchSnapshot,
  findFirms,
  snapshotEntriesMax,
  type FirmSearchSnapshot,
} from './firm-search.snapshot'
import * as repository from './organisations.repository'
import type { FirmSortKey } from './organisations.repository'
import { listCountMax, sortOrderOf, type SortedAfter } from '../../platform/http/list'

// Pages are not cached here, and the picture looks for other processes' writes every 50 ms.
const testApp = useTestApp({ environment: { G60_PUBLIC_CACHE_MS: '0', G60_SEARCH_REFRESH_MS: '50' } })
let snapshot: FirmSearchSnapshot

beforeAll(async () => {
  snapshot = buildFirmSearchSnapshot(
    await repository.listFirmsForSearch(testApp.database.db, snapshotEntriesMax),
  )
})

/** Terms of one to four characters taken from stored names, in both scripts, plus terms that match nothing. */
function termsFromNames(): string[] {
  const terms = new Set<string>(['科', 'x', 'zz9', '不存在的名字', 'co., ltd', '%', '_'])
  snapshot.entries.slice(0, 40).forEach((entry, index) => {
    const text = entry.searchText
    const start = (index * 7) % Math.max(1, text.length - 4)
    terms.add(text.slice(start, start + 1 + (index % 4)))
    terms.add(text.slice(0, 2))
  })
  return [...terms].filter((term) => term.trim() !== '')
}

/** A page request as the firm list makes it: an order, where to start, how many, the count bound. */
function pageOf(sort: FirmSortKey | `-${FirmSortKey}`, after: SortedAfter | null, limit = 5) {
  return { order: sortOrderOf(sort), after, limit, countMax: listCountMax }
}

describe('firm search in memory', () => {
  it('finds, orders, counts and pages the same firms as the SQL for terms, filters, sorts and cursors', async () => {
    const first = snapshot.entries[0]
    expect(first).toBeDefined()
    if (first === undefined) return
    const filters = [
      {},
      { city: first.cityCode },
      { industry: first.industryCode, stage: 'growth' },
      { leading: false, highTech: true },
      { size: 'small', city: 'HF' },
      { park: first.parkId ?? 'park_unknown' },
      { city: 'NOWHERE' },
    ]
    const sorts = ['nameZh', '-nameEn', 'foundedOn', '-foundedOn'] as const
    const terms = [...termsFromNames(), first.creditCode.slice(0, 6), first.creditCode.toLowerCase()]
    let compared = 0
    for (const [index, term] of terms.entries()) {
      for (const filter of filters) {
        const query = { q: term, ...filter }
        const sort = sorts[(index + compared) % sorts.length] ?? 'nameZh'
        let after: SortedAfter | null = null
        for (let page = 0; page < 3; page++) {
          const expected = await repository.listFirms(testApp.database.db, query, pageOf(sort, after))
          const found = findFirms(snapshot, query, pageOf(sort, after))
          expect(
            { ids: found?.rows.map((row) => row.id), total: found?.total },
            JSON.stringify({ query, sort, after }),
          ).toEqual({ ids: expected.rows.map((row) => row.id), total: expected.total })
          compared++
          const last = expected.rows[4]
          if (expected.rows.length < 6 || last === undefined) break
          after = { value: last[sortOrderOf(sort).key], id: last.id }
        }
      }
    }
    expect(compared).toBeGreaterThan(200)
  })

  it('refuses entries out of id order, and holds its rows frozen', () => {
    const [first, second] = snapshot.entries
    if (first === undefined || second === undefined) throw new Error('no firms seeded')
    expect(() => buildFirmSearchSnapshot([{ ...second }, { ...first }])).toThrow(/out of id order/)
    expect(() => {
      ;(first as { nameZh: string }).nameZh = 'changed by a reader'
    }).toThrow(TypeError)
  })
})

/** Polls every 20 ms, at most 100 times, until `probe` answers. */
async function waitFor<Value>(probe: () => Promise<Value | undefined>): Promise<Value | undefined> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const value = await probe()
    if (value !== undefined) return value
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  return undefined
}

describe('freshness of the picture', () => {
  async function searchIds(term: string, cookie?: string) {
    const response = await testApp.app.inject({
      method: 'GET',
      url: `/api/firms?q=${encodeURIComponent(term)}&limit=5`,
      headers: cookie ? { cookie } : {},
    })
    expect(response.statusCode).toBe(200)
    return (response.json().items as { id: string }[]).map((item) => item.id)
  }

  /** Searches until the picture is loaded (a search starts a load when none runs); its status then. */
  async function pictureLoaded() {
    const organisations = testApp.context.modules.registry.organisations
    const status = await waitFor(async () => {
      await searchIds('初始化')
      await organisations.firmSearchSettled()
      const current = organisations.firmSearchStatus()
      return current.entries > 0 && current.generation !== null
        ? { ...current, generation: current.generation }
        : undefined
    })
    if (status === undefined) throw new Error('the firm search picture did not load')
    return status
  }

  /** Searches until the term finds something; what it found. */
  async function waitForSearch(term: string) {
    return waitFor(async () => {
      const ids = await searchIds(term)
      await testApp.context.modules.registry.organisations.firmSearchSettled()
      return ids.length > 0 ? ids : undefined
    })
  }

  it('shows a firm created in this process at once and one written by another process after a refresh', async () => {
    const organisations = testApp.context.modules.registry.organisations
    await searchIds('初始化')
    await organisations.firmSearchSettled()
    const entries = organisations.firmSearchStatus().entries
    expect(entries).toBeGreaterThan(0)
    const metrics = await testApp.app.inject({ method: 'GET', url: '/metrics' })
    expect(metrics.body).toContain(`g60_firm_search_picture_entries ${entries}`)
    expect(metrics.body).toContain('g60_firm_search_picture_load_failures 0')

    const office = await testApp.signIn('office')
    const created = await testApp.app.inject({
      method: 'POST',
      url: '/api/firms',
      headers: { cookie: office },
      payload: {
        creditCode: completeCreditCode('91340100MA2F7K8X0'),
        nameZh: '合肥鲜知量子科技有限公司',
        nameEn: 'Hefei Freshknow Quantum Co., Ltd.',
        cityCode: 'HF',
        industryCode: 'ic',
        size: 'small',
        stage: 'start_up',
        foundedOn: '2024-05-01',
      },
    })
    expect(created.statusCode, created.body).toBe(201)
    expect(await searchIds('鲜知')).toEqual([created.json().id])

    // Another process renames the firm once the picture holds it: the picture serves the old name until its next
    // generation check (every 50 ms here) drops it, then the database and the next picture serve the new one.
    const loaded = await pictureLoaded()
    expect(await searchIds('鲜知')).toEqual([created.json().id])
    await queryRows(
      testApp.database.db,
      sql`UPDATE firms SET name_zh = '合肥远写量子科技有限公司', search_text = '合肥远写量子科技有限公司 hefei farwrite'
          WHERE id = ${created.json().id}`,
    )
    expect(await waitForSearch('远写')).toEqual([created.json().id])
    expect(await searchIds('鲜知')).toEqual([])

    // Another process adds a firm: nothing in the picture points at it, so only the generation check finds it.
    await pictureLoaded()
    await queryRows(
      testApp.database.db,
      sql`INSERT INTO firms (id, credit_code, name_zh, name_en, city_code, industry_code, size, stage, founded_on,
                             search_text)
          VALUES ('firm_zzzzzzzzzzzzzzzzzzzzzz', ${completeCreditCode('91340100MA2D7K8X1')}, '合肥他写科技有限公司',
                  'Hefei Otherwrite Co., Ltd.', 'HF', 'ic', 'small', 'growth', '2023-01-01',
                  '合肥他写科技有限公司 hefei otherwrite co., ltd.')`,
    )
    expect(await waitForSearch('他写')).toEqual(['firm_zzzzzzzzzzzzzzzzzzzzzz'])
    // The picture loaded after both writes holds them, under a later generation.
    const reloaded = await pictureLoaded()
    expect(reloaded.generation).toBeGreaterThan(loaded.generation)
    expect(await searchIds('他写')).toEqual(['firm_zzzzzzzzzzzzzzzzzzzzzz'])
    expect(organisations.firmSearchStatus().entries).toBe(reloaded.entries)
  })

  it('is off with a refresh interval of 0: every search asks the database', async () => {
    const index = createFirmSearchIndex(testApp.database.db, { refreshMs: 0 })
    expect(index.findFirms({ q: '科技' }, pageOf('nameZh', null))).toBeUndefined()
    await index.settled()
    expect(index.status().entries).toBe(0)
  })

  it('leaves search to the database when the registry holds more firms than a picture may', async () => {
    const index = createFirmSearchIndex(testApp.database.db, { refreshMs: 50, entriesMax: 3 })
    expect(index.findFirms({ q: '科技' }, pageOf('nameZh', null))).toBeUndefined()
    await index.settled()
    expect(index.status()).toMatchObject({ entries: 0, outgrown: true, loadFailures: 0 })
    expect(index.findFirms({ q: '科技' }, pageOf('nameZh', null))).toBeUndefined()
    await index.settled()
    expect(index.status().entries).toBe(0)
  })
})
