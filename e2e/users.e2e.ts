// User administration as the corridor office does it: find a user, disable them (their open session stops working),
// re-enable them and reset their password; the user then chooses a new one at sign-in. Both languages.
import { expect, it } from 'vitest'
import { openBrowser } from './browser'
import { apiCookie, baseUrl, settle, signIn, snap, snapScreen, switchLanguage, wideScreen } from './journeys'

const password = 'journey-secret-1'

async function makeUser(): Promise<string> {
  const username = `desk.${Date.now() % 1_000_000}`
  const response = await fetch(`${baseUrl()}/api/users`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: await apiCookie('office') },
    body: JSON.stringify({
      username,
      password,
      displayNameZh: '合肥窗口测试员',
      displayNameEn: 'Hefei desk tester',
      role: 'workstation',
      cityCode: 'HF',
    }),
  })
  expect(response.status).toBe(201)
  return username
}

it('the office disables a user whose session then ends, re-enables them and resets their password', async () => {
  const username = await makeUser()
  const user = await openBrowser({ viewport: wideScreen })
  const office = await openBrowser({ viewport: wideScreen })
  try {
    await signIn(user.page, username, password)

    const { page } = office
    await signIn(page, 'office', undefined, `/admin/users?q=${username}`)
    await page.getByRole('heading', { level: 1, name: '用户' }).waitFor()
    const row = page.locator('.ant-table-row', { hasText: username })
    await row.waitFor()
    expect(await page.locator('.ant-table-row').count()).toBe(1)
    await row.getByRole('button', { name: '停用' }).click()
    await page.locator('.ant-popconfirm').getByRole('button', { name: '是' }).click()
    await row.locator('.ant-tag', { hasText: '已停用' }).waitFor()
    await snap(page, 'users-disabled-zh')

    // the user's open session ends at once: the next page asks to sign in
    await user.page.goto(`${baseUrl()}/`)
    await user.page.waitForURL(/\/login/)

    await row.getByRole('button', { name: '启用' }).click()
    await page.locator('.ant-popconfirm').getByRole('button', { name: '是' }).click()
    await row.locator('.ant-tag', { hasText: '正常' }).waitFor()

    await row.getByRole('button', { name: '重置密码' }).click()
    await page.getByRole('dialog').getByRole('button', { name: '重置密码' }).click()
    const shown = page.locator('[data-testid=temporary-password]')
    await shown.waitFor()
    const temporary = (await shown.textContent())?.trim() ?? ''
    expect(temporary.length).toBeGreaterThanOrEqual(10)
    await snapScreen(page, 'users-reset-zh')
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /^完\s*成$/ })
      .click()
    await row.locator('.ant-tag', { hasText: '须修改密码' }).waitFor()

    await switchLanguage(page, 'Users')
    await page.locator('.ant-table-row', { hasText: 'Must change password' }).waitFor()
    await snap(page, 'users-list-en')

    // the user signs in with the temporary password and must choose a new one before anything else
    await user.page.locator('#username').fill(username)
    await user.page.locator('#password').fill(temporary)
    await user.page.locator('button[type=submit]').click()
    const change = user.page.locator('[data-testid=change-password]')
    await change.waitFor()
    await settle(user.page)
    await snapScreen(user.page, 'users-change-password-zh')
    await user.page.locator('#currentPassword').fill(temporary)
    await user.page.locator('#newPassword').fill('my-own-journey-secret')
    await user.page.locator('#confirmation').fill('my-own-journey-secret')
    await change.getByRole('button', { name: '修改密码并继续' }).click()
    await user.page.locator('[data-testid=current-user]').waitFor()
    expect(office.problems).toEqual([])
    expect(user.problems).toEqual([])
  } finally {
    await user.close()
    await office.close()
  }
})
