// The console on a phone (390 × 844): a city officer and a firm open the home page, a list, a record and the
// instrument search, the menu from its drawer, in both languages; no page scrolls sideways. Each page also passes
// axe's WCAG 2.1 A/AA rules (checked by `snap`).
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { baseUrl, expectNoSidewaysScroll, settle, snap, turnAs } from './journeys'

const phone = { width: 390, height: 844 }

/** A page opened from the menu's drawer: the side menu is not on the page until the header's button opens it. */
async function openFromDrawer(page: Page, name: string, heading = name) {
  expect(await page.locator('.ant-layout-sider').count()).toBe(0)
  await page.locator('[data-testid=menu-button]').click()
  const drawer = page.locator('.g60-menu-drawer')
  await drawer.getByRole('link', { name, exact: true }).click()
  await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor()
  // choosing a page closes the drawer
  await drawer.waitFor({ state: 'hidden' })
}

/** The page at rest fits the screen's width; its screenshot is `phone-<name>` (`-en-US` in English). */
async function fits(page: Page, name: string) {
  await settle(page)
  const width = await page.evaluate('document.documentElement.scrollWidth')
  expect(width, `${name} is ${String(width)} px wide`).toBeLessThanOrEqual(phone.width)
  await expectNoSidewaysScroll(page)
  const language = await page.evaluate('document.documentElement.lang')
  await snap(page, language === 'en-US' ? `phone-${name}-en-US` : `phone-${name}`)
}

async function toEnglish(page: Page) {
  await page.locator('[data-testid=language-switch]').click()
  await expect.poll(() => page.evaluate('document.documentElement.lang')).toBe('en-US')
}

/**
 * Opens the first record linked from the list's table, and waits for the record's heading, which carries the link's
 * words (the list's heading stays on screen while the record's page loads).
 */
async function openFirstRecord(page: Page) {
  const link = page.locator('.ant-table-row a').first()
  await link.waitFor()
  const name = (await link.innerText()).trim()
  const before = page.url()
  await link.click()
  await page.waitForURL((url) => url.href !== before)
  await page.getByRole('heading', { level: 1, name }).waitFor()
}

describe('phone widths', () => {
  it('lets a city officer work at 390 px: home, claims to decide, a scheme, instruments', async () => {
    await turnAs(
      'phone',
      'officer.hf',
      async (page) => {
        await fits(page, 'officer-home')
        await openFromDrawer(page, '申领审批')
        await page.locator('.ant-table').first().waitFor()
        await fits(page, 'officer-review')
        await openFromDrawer(page, '创新券政策')
        await openFirstRecord(page)
        await fits(page, 'officer-scheme')
        await openFromDrawer(page, '仪器搜索', '大型仪器共享')
        await page.locator('.ant-table-row').first().waitFor()
        await fits(page, 'officer-instruments')

        await toEnglish(page)
        await fits(page, 'officer-instruments')
        await page.goto(`${baseUrl()}/vouchers/review`)
        await page.getByRole('heading', { level: 1 }).waitFor()
        await fits(page, 'officer-review')
        await page.goto(`${baseUrl()}/`)
        await page.getByRole('heading', { level: 1 }).waitFor()
        await fits(page, 'officer-home')
      },
      phone,
    )
  })

  it('lets a firm work at 390 px: home, its vouchers, one voucher, instruments', async () => {
    await turnAs(
      'phone',
      'firm.hf',
      async (page) => {
        await fits(page, 'firm-home')
        await openFromDrawer(page, '我的创新券')
        await fits(page, 'firm-wallet')
        await openFirstRecord(page)
        const voucherPath = new URL(page.url()).pathname
        await fits(page, 'firm-voucher')
        await openFromDrawer(page, '仪器搜索', '大型仪器共享')
        await page.locator('.ant-table-row').first().waitFor()
        await fits(page, 'firm-instruments')

        await toEnglish(page)
        await fits(page, 'firm-instruments')
        await page.goto(`${baseUrl()}${voucherPath}`)
        await page.getByRole('heading', { level: 1 }).waitFor()
        await fits(page, 'firm-voucher')
        await page.goto(`${baseUrl()}/`)
        await page.getByRole('heading', { level: 1 }).waitFor()
        await fits(page, 'firm-home')
      },
      phone,
    )
  })
})
