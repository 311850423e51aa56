// Each demo role signs in and sees its own menu, with its name, role and city in the header.
import { describe, expect, it } from 'vitest'
import { openBrowser } from './browser'
import { menuEntries, signIn } from './journeys'

const registry = ['走廊名录', '九城', '园区', '产业联盟', '企业', '金融机构', '服务机构']

const accounts = [
  {
    username: 'office',
    role: '走廊联席办',
    city: '九城全域',
    menu: ['首页', ...registry, '系统管理', '用户'],
  },
  { username: 'officer.sh', role: '城市主管部门', city: '上海（松江）', menu: ['首页', ...registry] },
  { username: 'officer.hf', role: '城市主管部门', city: '合肥', menu: ['首页', ...registry] },
  { username: 'firm.sh', role: '企业用户', city: '上海（松江）', menu: ['首页', '我的企业', ...registry] },
  { username: 'firm.hf', role: '企业用户', city: '合肥', menu: ['首页', '我的企业', ...registry] },
  { username: 'provider.sz', role: '服务机构', city: '苏州', menu: ['首页', '我的机构', ...registry] },
  { username: 'bank.hz', role: '金融机构', city: '杭州', menu: ['首页', '我的金融机构', ...registry] },
  { username: 'station.hf', role: '科技金融工作站', city: '合肥', menu: ['首页', ...registry] },
  { username: 'talent.hz', role: '人才', city: '杭州', menu: ['首页', ...registry] },
]

describe('role-aware menu', () => {
  it.each(accounts)('$username sees the menu of its role', async (account) => {
    const browser = await openBrowser()
    try {
      const { page } = browser
      await signIn(page, account.username)
      expect(await menuEntries(page)).toEqual(account.menu)
      expect(await page.locator('[data-testid=current-role]').textContent()).toBe(account.role)
      const city = await page.locator('[data-testid=current-city]').textContent()
      expect(city?.replace(/\s/g, '')).toContain(account.city.replace(/\s/g, ''))
      expect(browser.problems).toEqual([])
    } finally {
      await browser.close()
    }
  })
})
