// Chinese by default, English in one click, the choice remembered across a reload; error messages follow it.
import { describe, expect, it } from 'vitest'
import { openBrowser } from './browser'
import { baseUrl, screenshot, signIn, waitForMapDrawn } from './journeys'

describe('language', () => {
  it('switches to English and back, and remembers the choice across a reload', async () => {
    const browser = await openBrowser()
    try {
      const { page } = browser
      await signIn(page, 'office')
      await page.getByRole('heading', { level: 1, name: 'G60 科创走廊总览' }).waitFor()
      expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN')
      await waitForMapDrawn(page)
      await page.locator('[data-testid=key-figures]').getByText('高新技术企业').waitFor()
      await screenshot(page, 'home-zh-CN')

      await page.locator('[data-testid=language-switch]').click()
      await page.getByRole('heading', { level: 1, name: 'G60 corridor overview' }).waitFor()
      expect(await page.locator('html').getAttribute('lang')).toBe('en-US')
      await page.reload()
      await page.getByRole('heading', { level: 1, name: 'G60 corridor overview' }).waitFor()
      await waitForMapDrawn(page)
      await page
        .locator('[data-testid=side-menu]')
        .getByRole('link', { name: 'Firms', exact: true })
        .waitFor()
      await screenshot(page, 'home-en-US')

      // API errors come back in the chosen language
      await page.goto(`${baseUrl()}/firms/firm_does_not_exist`)
      await page.getByText('Firm not found').waitFor()

      await page.locator('[data-testid=language-switch]').click()
      await page.getByText('未找到该企业').waitFor()
      await page.goto(`${baseUrl()}/`)
      await page.getByRole('heading', { level: 1, name: 'G60 科创走廊总览' }).waitFor()
      await page.reload()
      await page.getByRole('heading', { level: 1, name: 'G60 科创走廊总览' }).waitFor()
      expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN')
      expect(browser.problems).toEqual([])
    } finally {
      await browser.close()
    }
  })
})
