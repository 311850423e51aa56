// Provider admission in the browser: the Songjiang officer suspends an active provider of its city with a reason
// (refused without one), finds it among the suspended, and admits it again.
import { describe, expect, it } from 'vitest'
import { openBrowser } from './browser'
import { apiGet, baseUrl, choose, screenshot, screenshotAsIs, signIn } from './journeys'

interface ProviderPage {
  items: { id: string; nameZh: string }[]
}

describe('provider admission', () => {
  it('moves a provider of the officer’s city, asking a reason to suspend', async () => {
    const browser = await openBrowser({ viewport: { width: 1366, height: 900 } })
    const { page } = browser
    try {
      await signIn(page, 'officer.sh')
      const active = await apiGet<ProviderPage>(page, '/api/providers?city=SH-SJ&status=active&limit=1')
      const provider = active.items[0]
      if (provider === undefined) throw new Error('no active Songjiang provider in the demo data')
      await page.goto(`${baseUrl()}/vouchers/admissions?status=active`)
      await page.getByRole('heading', { level: 1, name: '服务机构准入' }).waitFor()
      await page.locator(`[data-testid=admission-${provider.id}]`).click()
      const dialog = page.getByRole('dialog')
      await choose(page, '变更为', '已暂停')
      await dialog.locator('.ant-btn-primary').click()
      await dialog.locator('.ant-form-item-explain-error', { hasText: '此项必填' }).waitFor()
      await dialog.getByLabel('理由').fill('抽查发现检测报告与样品不符')
      await screenshot(page, 'admissions-suspend')
      await dialog.locator('.ant-btn-primary').click()
      await dialog.waitFor({ state: 'detached' })
      await page.goto(`${baseUrl()}/vouchers/admissions?status=suspended`)
      await page.locator(`[data-testid=admission-${provider.id}]`).click()
      await choose(page, '变更为', '已准入')
      await dialog.locator('.ant-btn-primary').click()
      await dialog.waitFor({ state: 'detached' })
      const restored = await apiGet<{ admissionStatus: string }>(page, `/api/providers/${provider.id}`)
      expect(restored.admissionStatus).toBe('active')
      await screenshot(page, 'admissions-suspended-list')
      expect(browser.problems).toEqual([])
    } catch (error) {
      await screenshotAsIs(page, 'admissions-failed')
      throw error
    } finally {
      await browser.close()
    }
  }, 300_000)
})
