// The instrument lists as people work them, in the browser: the provider's booking desk opens on the waiting requests
// oldest first with the total and names instead of ids, a column header sorts it through the address, and the export
// follows the list's filters and order; the firm's bookings are a history with an export; the statistics name their
// rows and export them. Screenshots in Chinese, then English.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { openMenu, snap, switchLanguage, turnAs } from './journeys'

const journeyTimeoutMs = 300_000
const rawId = /\b(prov|firm|inst|ibkg|ivio)_[0-9a-z]{6,}/

/** The table on screen shows names, never a record's id. */
async function expectNoIds(page: Page) {
  const table = page.locator('.ant-table-tbody').first()
  await table.waitFor()
  expect(await table.innerText()).not.toMatch(rawId)
}

/**
 * The export menu's workbook link once it carries `sort` (the list's order; a statistic has none): the list's address with its filters,
 * order, format and language. The menu closes again, so that the next click on the page reaches the page.
 */
async function exportLink(page: Page, sort: string | null) {
  const button = page.getByRole('button', { name: /导出|Export/ })
  await button.click()
  const link = page.locator('.ant-dropdown-menu a[download]:visible').first()
  await expect
    .poll(async () =>
      new URL((await link.getAttribute('href')) ?? '', 'http://console').searchParams.get('sort'),
    )
    .toBe(sort)
  const href = (await link.getAttribute('href')) ?? ''
  await button.click()
  await link.waitFor({ state: 'hidden' })
  // away from the button, so that its hint does not cover the page in the next screenshot
  await page.mouse.move(0, 0)
  return new URL(href, 'http://console')
}

describe('instrument lists', () => {
  it(
    "opens the provider's desk on the oldest waiting request, sorts by a header and exports what it shows",
    async () => {
      await turnAs('instrument-lists', 'provider.sz', async (page) => {
        await openMenu(page, '预约审批')
        await expectNoIds(page)
        await page
          .locator('[aria-live=polite]')
          .filter({ hasText: /共 [\d,]+ 条/ })
          .waitFor()
        // the waiting requests, oldest first: the desk's order as the export writes it
        const queue = await exportLink(page, 'createdAt')
        expect(queue.pathname).toBe('/api/bookings/export')
        expect(queue.searchParams.get('status')).toBe('requested')
        await snap(page, 'instrument-lists-desk')

        await page.locator('[data-testid=booking-table] th', { hasText: '费用' }).click()
        await page.waitForURL((url) => url.searchParams.get('sort') === '-amountFen')
        expect((await exportLink(page, '-amountFen')).searchParams.get('status')).toBe('requested')
        await expectNoIds(page)

        await switchLanguage(page, 'Booking desk')
        await expectNoIds(page)
        await snap(page, 'instrument-lists-desk-en-US')
      })
    },
    journeyTimeoutMs,
  )

  it(
    'shows a firm its bookings newest first and the statistics by name, each with an export',
    async () => {
      await turnAs('instrument-lists', 'firm.hf', async (page) => {
        await openMenu(page, '我的预约')
        await expectNoIds(page)
        // no order in the address: the export asks for the history's own, newest first
        const mine = await exportLink(page, '-createdAt')
        expect(mine.pathname).toBe('/api/bookings/export')
        expect(mine.searchParams.get('lang')).toBe('zh')
        await snap(page, 'instrument-lists-my-bookings')
      })
      await turnAs('instrument-lists', 'provider.sz', async (page) => {
        await openMenu(page, '共享统计')
        await page.locator('[data-testid=stats-group-by]').getByText('仪器', { exact: true }).click()
        await expectNoIds(page)
        const stats = await exportLink(page, null)
        expect(stats.pathname).toBe('/api/instruments/stats/export')
        expect(stats.searchParams.get('groupBy')).toBe('instrument')
        await snap(page, 'instrument-lists-stats')
      })
    },
    journeyTimeoutMs,
  )
})
