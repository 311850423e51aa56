// The registry pages render from the API: cities, parks, the alliance tree, institutions, providers and details.
import { describe, expect, it } from 'vitest'
import { openBrowser } from './browser'
import { baseUrl, signIn, waitForMapDrawn } from './journeys'

describe('registry pages', () => {
  it('walks from the home page through cities, parks, alliances, institutions and providers', async () => {
    const browser = await openBrowser()
    try {
      const { page } = browser
      await signIn(page, 'station.hf')
      await waitForMapDrawn(page)
      const figures = page.locator('[data-testid=key-figures]')
      expect(await figures.textContent()).toMatch(/城市9/)

      // the ranking beside the map links to each city
      await page.getByRole('link', { name: '合肥', exact: true }).first().click()
      await page.waitForURL(/\/cities\/HF$/)
      await page.getByRole('heading', { level: 1, name: '合肥' }).waitFor()
      await page.getByText('本市园区', { exact: true }).waitFor()
      const park = page.locator('.ant-table-row a').first()
      const parkName = await park.textContent()
      await park.click()
      await page.waitForURL(/\/parks\/park_/)
      await page.getByRole('heading', { level: 1, name: parkName ?? '' }).waitFor()
      await page.getByText('园区企业').waitFor()

      await page.goto(`${baseUrl()}/cities`)
      await page.locator('.ant-table-row').first().waitFor()
      expect(await page.locator('.ant-table-row').count()).toBe(9)

      await page.goto(`${baseUrl()}/alliances`)
      await page.getByRole('tree').waitFor()
      await page.getByText('总联盟').first().waitFor()
      await page.getByText('重点产业联盟').first().waitFor()
      const alliance = page.getByRole('tree').getByRole('link').nth(1)
      const allianceName = await alliance.textContent()
      await alliance.click()
      await page.getByRole('heading', { level: 1, name: allianceName ?? '' }).waitFor()
      await page.locator('.ant-table-row').first().waitFor()

      await page.goto(`${baseUrl()}/parks?demonstration=true`)
      await page.locator('.ant-table-row').first().waitFor()
      const rows = await page.locator('.ant-table-row').count()
      expect(await page.locator('.ant-table-row .ant-tag', { hasText: '示范园区' }).count()).toBe(rows)

      await page.goto(`${baseUrl()}/institutions?kind=bank`)
      await page.locator('.ant-table-row').first().waitFor()
      const kinds = await page.locator('.ant-table-row td:nth-child(2)').allTextContents()
      expect(new Set(kinds)).toEqual(new Set(['银行']))
      await page.locator('.ant-table-row a').first().click()
      await page.waitForURL(/\/institutions\/inst_/)
      await page.getByText('合成演示数据').first().waitFor()

      await page.goto(`${baseUrl()}/providers`)
      await page.locator('.ant-table-row').first().waitFor()
      await page.locator('.ant-table-row a').first().click()
      await page.waitForURL(/\/providers\/prov_/)
      await page.getByText('准入状态').first().waitFor()
      expect(browser.problems).toEqual([])
    } finally {
      await browser.close()
    }
  })

  it('is usable at tablet width: the menu folds and nothing overflows sideways', async () => {
    const browser = await openBrowser({ viewport: { width: 820, height: 1100 } })
    try {
      const { page } = browser
      await signIn(page, 'officer.sh')
      await waitForMapDrawn(page)
      const overflow = await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')
      expect(overflow).toBe(0)
      const sider = page.locator('.ant-layout-sider')
      await expect.poll(async () => (await sider.boundingBox())?.width).toBe(64)
      await page.goto(`${baseUrl()}/firms`)
      await page.locator('.ant-table-row').first().waitFor()
      const firmsOverflow = await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')
      expect(firmsOverflow).toBe(0)
    } finally {
      await browser.close()
    }
  })
})
