// Each role's workbench on its home page: a city officer, a firm and a provider see their counts (the demo gives
// each some work), and every tile, followed, opens a queue holding as many items as the tile said (the total the
// pager shows, or its pages' rows counted). A workstation officer's tiles open its case board, whose open columns
// add up to the tile. Screenshots in Chinese, then English.
import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { baseUrl, settle, snap, turnAs } from './journeys'

/** a queue of the small seed spans a few pages at most; a walk past this many is a pager that never ends */
const queuePagesMax = 20

const homeHeadings = { 'zh-CN': 'G60 科创走廊总览', 'en-US': 'G60 corridor overview' } as const
type Language = keyof typeof homeHeadings

interface TileSeen {
  key: string
  count: number
  href: string
  title: string
  text: string
}

const numberIn = (text: string) => Number(text.replace(/[,，\s]/g, ''))

async function openHome(page: Page, language: Language) {
  await page.goto(`${baseUrl()}/`)
  await page.getByRole('heading', { level: 1, name: homeHeadings[language], exact: true }).waitFor()
  await page.locator('[data-testid=workbench]').waitFor()
  await settle(page)
}

async function tilesOf(page: Page): Promise<TileSeen[]> {
  const tiles: TileSeen[] = []
  for (const tile of await page.locator('[data-testid^=workbench-tile-]').all()) {
    tiles.push({
      key: ((await tile.getAttribute('data-testid')) ?? '').replace('workbench-tile-', ''),
      count: Number(await tile.getAttribute('data-count')),
      href: (await tile.getAttribute('href')) ?? '',
      title: (await tile.locator('.ant-statistic-title').innerText()).trim(),
      text: (await tile.innerText()).trim(),
    })
  }
  return tiles
}

/** A tile reads as its translation and the count it carries, never its key. */
function expectReadable(tile: TileSeen) {
  expect(tile.title).not.toBe(tile.key)
  expect(tile.title).not.toMatch(/workbench\.|^[a-z]+[A-Z]\w*$/)
  expect(tile.text.replace(/[,，]/g, '')).toContain(String(tile.count))
}

/** How many items the queue on screen holds: the pager's exact total, or its pages' "on this page" summed. */
async function queueCount(page: Page): Promise<number> {
  // the pager is busy until its page has loaded: a page on its way is not a page of none
  const pager = page.locator('[aria-live=polite][aria-busy=false]').filter({ hasText: /第 \d+ 页|Page \d+/ })
  await pager.first().waitFor()
  expect(await pager.count()).toBe(1)
  const text = await pager.innerText()
  const exact = /共 ([\d,]+) 条|([\d,]+) in all/.exec(text)
  if (exact !== null) return numberIn(exact[1] ?? exact[2] ?? '')
  let count = 0
  for (let pageNumber = 1; pageNumber <= queuePagesMax; pageNumber++) {
    const onPage = /本页 ([\d,]+) 条|([\d,]+) on this page/.exec(await pager.innerText())
    if (onPage === null) throw new Error(`the pager says ${await pager.innerText()}`)
    count += numberIn(onPage[1] ?? onPage[2] ?? '')
    const next = page.locator('button[aria-label]').filter({ hasText: /下一页|Next/ })
    if (await next.isDisabled()) return count
    await next.click()
    await expect
      .poll(async () => ((await pager.count()) === 1 ? pager.innerText() : ''))
      .toMatch(new RegExp(`第 ${pageNumber + 1} 页|Page ${pageNumber + 1}`))
    await settle(page)
  }
  throw new Error(`a queue of more than ${queuePagesMax} pages`)
}

/** The case board's open cases: the counts heading each column before "closed". */
async function boardOpenCount(page: Page): Promise<number> {
  const board = page.locator('[data-testid=case-board]')
  await board.waitFor()
  await settle(page)
  const columns = await board.locator('section[data-testid^=case-column-]').all()
  expect(columns.length).toBeGreaterThan(0)
  let count = 0
  for (const column of columns) {
    if ((await column.getAttribute('data-testid')) === 'case-column-closed') continue
    const head = column.locator('[data-testid=case-count]')
    await expect.poll(() => head.innerText()).toMatch(/^[\d,]+$/)
    count += numberIn(await head.innerText())
  }
  return count
}

async function follow(page: Page, username: string, tile: TileSeen, language: Language): Promise<number> {
  await page.locator(`[data-testid=workbench-tile-${tile.key}]`).click()
  await page.waitForURL((url) => `${url.pathname}${url.search}` === tile.href)
  await page.getByRole('heading', { level: 1 }).waitFor()
  await settle(page)
  await snap(page, `workbench-${username}-${tile.key}`)
  const count = tile.href.startsWith('/finance/cases') ? await boardOpenCount(page) : await queueCount(page)
  await openHome(page, language)
  return count
}

/** The workbench in both languages: readable tiles with work on `busy`, each count equal to its queue's. */
async function checkWorkbench(page: Page, username: string, busy: string[]) {
  await openHome(page, 'zh-CN')
  const tiles = await tilesOf(page)
  expect(tiles.length).toBeGreaterThan(0)
  expect(busy.filter((key) => !((tiles.find((tile) => tile.key === key)?.count ?? 0) > 0))).toEqual([])
  tiles.forEach(expectReadable)
  await snap(page, `workbench-${username}`)
  const followed: Record<string, number> = {}
  for (const tile of tiles) followed[tile.key] = await follow(page, username, tile, 'zh-CN')
  expect(followed).toEqual(Object.fromEntries(tiles.map((tile) => [tile.key, tile.count])))

  await page.locator('[data-testid=language-switch]').click()
  await openHome(page, 'en-US')
  const english = await tilesOf(page)
  expect(english.map((tile) => [tile.key, tile.count])).toEqual(tiles.map((tile) => [tile.key, tile.count]))
  english.forEach(expectReadable)
  await snap(page, `workbench-${username}-en-US`)
}

/** Figures are shown beside the tiles, each with a value. */
async function figureValue(page: Page, key: string): Promise<Locator> {
  const figure = page.locator(`[data-testid=workbench-figure-${key}] .ant-statistic-content`)
  await figure.waitFor()
  return figure
}

describe('the workbench', () => {
  it('shows a city officer its city’s queues, each count the total of the queue it opens', async () => {
    await turnAs('workbench', 'officer.sh', async (page) => {
      await checkWorkbench(page, 'officer.sh', ['claimsToDecide', 'redemptionsToReview', 'casesToAccept'])
      expect(await (await figureValue(page, 'vouchersIssued')).innerText()).toMatch(/¥[\d,]+/)
      // the clearing report draws its cities on the same corridor map, sized by what each receives
      await page.goto(`${baseUrl()}/vouchers/clearing`)
      const map = page.locator('[data-testid=clearing-map]')
      await map.locator('canvas').first().waitFor()
      expect(await map.getAttribute('aria-label')).toMatch(/^Map of the nine cities by receivable/)
      await snap(page, 'workbench-clearing-map-en-US')
    })
  }, 600_000)

  it('shows a firm its own waiting work and its voucher balance', async () => {
    await turnAs('workbench', 'firm.sh', async (page) => {
      await checkWorkbench(page, 'firm.sh', ['redemptionsToConfirm', 'bookingsToCome', 'cases'])
      expect(await (await figureValue(page, 'voucherBalance')).innerText()).toMatch(/¥[\d,]+/)
    })
  }, 600_000)

  it('shows a provider its orders, bookings and redemption claims, and its income', async () => {
    await turnAs('workbench', 'provider.sz', async (page) => {
      await checkWorkbench(page, 'provider.sz', ['ordersToDeliver', 'bookingsToApprove'])
      expect(await (await figureValue(page, 'income')).innerText()).toMatch(/¥[\d,]+/)
    })
  }, 600_000)

  it('shows a workstation officer its open cases, as many as its board’s open columns', async () => {
    await turnAs('workbench', 'station.hf', async (page) => {
      await checkWorkbench(page, 'station.hf', ['financeCasesOpen'])
    })
  }, 600_000)
})
