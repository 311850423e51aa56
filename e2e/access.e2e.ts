// Pages a role may not open show the 403 page; unknown addresses the 404 page; the corridor office creates users.
import { describe, expect, it } from 'vitest'
import { openBrowser } from './browser'
import { baseUrl, choose, menuEntries, signIn } from './journeys'

describe('access', () => {
  it('shows the 403 page to a firm that opens the user administration, and 404 for unknown pages', async () => {
    const browser = await openBrowser()
    try {
      const { page } = browser
      await signIn(page, 'firm.sh')
      expect(await menuEntries(page)).not.toContain('系统管理')
      await page.goto(`${baseUrl()}/admin/users`)
      await page.locator('[data-testid=forbidden-page]').waitFor()
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('无权访问')
      expect(await page.locator('[data-testid=create-user-form]').count()).toBe(0)

      await page.goto(`${baseUrl()}/no/such/page`)
      await page.locator('[data-testid=not-found-page]').waitFor()
      await page.getByRole('link', { name: '返回首页' }).click()
      await page.waitForURL(`${baseUrl()}/`)
      expect(browser.problems).toEqual([])
    } finally {
      await browser.close()
    }
  })

  it('lets the corridor office create a user, with validation errors shown on the fields', async () => {
    const browser = await openBrowser()
    try {
      const { page } = browser
      await signIn(page, 'office')
      await page.locator('[data-testid=side-menu]').getByRole('link', { name: '用户' }).click()
      await page.waitForURL(/\/admin\/users$/)
      const form = page.locator('[data-testid=create-user-form]')
      await form.waitFor()

      // checks in the browser
      await form.getByRole('button', { name: '创建用户' }).click()
      await form.getByText('此项必填').first().waitFor()
      await form.getByLabel('用户名').fill('Bad Name')
      await form.getByLabel('初始密码').fill('short')
      await form.getByText('只能使用小写字母、数字及 . _ -，并以字母或数字开头').waitFor()
      await form.getByText('密码至少 10 个字符').waitFor()

      // a refusal by the server, shown on its field
      await form.getByLabel('用户名').fill('firm.sh')
      await form.getByLabel('初始密码').fill('a-long-enough-secret')
      await form.getByLabel('中文姓名').fill('测试用户')
      await form.getByLabel('英文姓名').fill('Test user')
      await choose(page, '角色', '城市主管部门', form)
      await choose(page, '所属城市', '芜湖', form)
      await form.getByRole('button', { name: '创建用户' }).click()
      await form.getByText('用户名已存在').waitFor()

      // and a user created
      const username = `officer.wh.${Date.now() % 100000}`
      await form.getByLabel('用户名').fill(username)
      await form.getByRole('button', { name: '创建用户' }).click()
      await page.getByText(`已创建用户 ${username}`).waitFor()
      // the list, newest first, shows the new user at its top
      await page.locator('.ant-table-row', { hasText: username }).waitFor()
      expect(browser.problems).toEqual([])
    } finally {
      await browser.close()
    }
  })
})
