// Signing in and out: wrong passwords, the rate limit, the return path, sign-out, the keyboard alone.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openBrowser, type BrowserSession } from './browser'
import { baseUrl, signIn } from './journeys'

describe('sign-in', () => {
  let browser: BrowserSession
  beforeEach(async () => {
    browser = await openBrowser()
  })
  afterEach(async () => {
    await browser.close()
  })

  it('shows a clear error for a wrong password and stays on the sign-in page', async () => {
    const { page } = browser
    await page.goto(`${baseUrl()}/`)
    await page.waitForURL(/\/login/)
    await page.locator('#username').fill('firm.hf')
    await page.locator('#password').fill('not-the-password')
    await page.locator('button[type=submit]').click()
    const error = page.locator('[data-testid=sign-in-error]')
    await error.waitFor()
    expect(await error.textContent()).toContain('用户名或密码错误')
    expect(new URL(page.url()).pathname).toBe('/login')
    expect(await page.locator('#password').inputValue()).toBe('')
    expect(browser.problems).toEqual([])
  })

  it('respects the sign-in rate limit with a countdown', async () => {
    const { page } = browser
    await page.goto(`${baseUrl()}/login`)
    const username = `nobody.${Date.now()}`
    const error = page.locator('[data-testid=sign-in-error]')
    const submit = page.locator('button[type=submit]')
    // each failure doubles the account's delay (1 s, 2 s, 4 s …): try, waiting out each countdown, until the delay
    // outlasts what the journey needs to read it
    let waitSeconds = 0
    for (let attempt = 0; attempt < 10 && waitSeconds < 4; attempt++) {
      await page.locator('#username').fill(username)
      await expect.poll(() => submit.isDisabled(), { timeout: 30_000 }).toBe(false)
      await page.locator('#password').fill(`wrong-${attempt}`)
      const [answer] = await Promise.all([
        page.waitForResponse((response) => response.url().endsWith('/api/auth/login')),
        submit.click(),
      ])
      await error.waitFor()
      if (answer.status() === 429) waitSeconds = Number(answer.headers()['retry-after'])
    }
    expect(waitSeconds).toBeGreaterThanOrEqual(4)
    expect(await error.textContent()).toContain('登录失败次数过多')
    await expect.poll(() => submit.isDisabled()).toBe(true)
    expect(await submit.textContent()).toMatch(/请在 \d+:\d\d 后重试/)
    // another username may still try
    await page.locator('#username').fill('firm.hf')
    await expect.poll(() => submit.isDisabled()).toBe(false)
  })

  it('returns to the page asked for after signing in, and that page survives a reload', async () => {
    const { page } = browser
    await page.goto(`${baseUrl()}/parks?demonstration=true`)
    await page.waitForURL(/\/login\?returnTo=/)
    await page.locator('#username').fill('officer.hf')
    await page.locator('#password').fill('g60-demo')
    await page.locator('button[type=submit]').click()
    await page.waitForURL(/\/parks\?demonstration=true$/)
    await page.getByRole('heading', { level: 1, name: '园区' }).waitFor()
    await page.reload()
    await page.getByRole('heading', { level: 1, name: '园区' }).waitFor()
    await page.locator('.ant-table-row').first().waitFor()
    expect(await page.locator('.ant-tag', { hasText: '示范园区' }).count()).toBeGreaterThan(0)
    expect(browser.problems).toEqual([])
  })

  it('signs out, and the console then asks to sign in again', async () => {
    const { page } = browser
    await signIn(page, 'officer.sh')
    await page.locator('[data-testid=sign-out]').click()
    await page.waitForURL(/\/login\?reason=signed_out/)
    await page.getByText('您已安全退出').waitFor()
    await page.goto(`${baseUrl()}/firms`)
    await page.waitForURL(/\/login\?returnTo=%2Ffirms/)
  })

  it('sends the user to sign in again when the session has ended, then back to the page', async () => {
    const { page, context } = browser
    await signIn(page, 'firm.hf')
    await context.clearCookies()
    await page.locator('[data-testid=side-menu]').getByRole('link', { name: '企业', exact: true }).click()
    const firm = page.locator('.ant-table-row a').first()
    await firm.waitFor()
    await firm.click()
    await page.waitForURL(/\/login\?returnTo=%2Ffirms%2Ffirm_.*reason=expired/)
    await page.getByText('登录已失效，请重新登录。').waitFor()
    const returnTo = new URL(page.url()).searchParams.get('returnTo')
    await page.locator('#username').fill('firm.hf')
    await page.locator('#password').fill('g60-demo')
    await page.locator('button[type=submit]').click()
    await page.waitForURL((url) => url.pathname === returnTo)
    await page.locator('[data-testid=firm-figures], [data-testid=firm-figures-hidden]').first().waitFor()
  })

  it('works with the keyboard alone', async () => {
    const { page } = browser
    await page.goto(`${baseUrl()}/login`)
    await page.locator('#username').waitFor()
    // the username field has focus on arrival
    await page.keyboard.type('station.hf')
    await page.keyboard.press('Tab')
    await page.keyboard.type('g60-demo')
    await page.keyboard.press('Enter')
    await page.locator('[data-testid=current-user]').waitFor()
    expect(await page.locator('[data-testid=current-role]').textContent()).toBe('科技金融工作站')
  })
})
