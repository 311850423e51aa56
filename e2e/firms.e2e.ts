// Finding a firm by part of its Chinese name, its page, and its private figures (shown only to those allowed).
import { describe, expect, it } from 'vitest'
import { openBrowser } from './browser'
import { apiGet, baseUrl, screenshot, signIn } from './journeys'

interface FirmSummary {
  id: string
  nameZh: string
  nameEn: string
}

interface Me {
  organisationId: string | null
}

describe('firms', () => {
  it('finds a firm by part of its Chinese name, typed as a user types, and opens it', async () => {
    const browser = await openBrowser()
    try {
      const { page } = browser
      await signIn(page, 'officer.hf')
      const sample = await apiGet<{ items: FirmSummary[] }>(page, '/api/firms?city=SZ&limit=5')
      const firm = sample.items.find((candidate) => [...candidate.nameZh].length >= 8)
      if (firm === undefined) throw new Error('the demo data has no Suzhou firm with a long enough name')
      const fragment = [...firm.nameZh].slice(2, 6).join('')

      await page.locator('[data-testid=side-menu]').getByRole('link', { name: '企业', exact: true }).click()
      await page.waitForURL(/\/firms$/)
      const search = page.getByRole('searchbox', { name: '搜索企业' })
      await search.click()
      await page.keyboard.type(fragment, { delay: 60 })
      await page.waitForURL((url) => url.searchParams.get('q') === fragment)
      const result = page.getByRole('link', { name: firm.nameZh, exact: true })
      await result.waitFor()
      await result.click()
      await page.waitForURL(new RegExp(`/firms/${firm.id}$`))
      await page.getByRole('heading', { level: 1, name: firm.nameZh }).waitFor()
      await page.getByText(firm.nameEn, { exact: true }).first().waitFor()
      expect(await page.locator('nav[aria-label=面包屑导航]').textContent()).toContain(firm.nameZh)

      // the deep link survives a reload
      await page.reload()
      await page.getByRole('heading', { level: 1, name: firm.nameZh }).waitFor()
      expect(browser.problems).toEqual([])
    } finally {
      await browser.close()
    }
  })

  it('shows a firm its own private figures, in both languages, and tells others they may not see them', async () => {
    const own = await openBrowser()
    let firmId: string
    try {
      const { page } = own
      await signIn(page, 'firm.hf')
      const me = await apiGet<Me>(page, '/api/me')
      if (me.organisationId === null) throw new Error('firm.hf has no firm')
      firmId = me.organisationId
      await page.locator('[data-testid=side-menu]').getByRole('link', { name: '我的企业' }).click()
      await page.waitForURL(new RegExp(`/firms/${firmId}$`))
      const figures = page.locator('[data-testid=firm-figures]')
      await figures.waitFor()
      expect(await figures.textContent()).toMatch(/¥\d{1,3}(,\d{3})*\.\d\d/)
      await page.getByText('合成演示数据').first().waitFor()
      await screenshot(page, 'firm-zh-CN')

      await page.locator('[data-testid=language-switch]').click()
      await page.getByText('Business figures (private)').waitFor()
      await page.getByText('Synthetic demo data').first().waitFor()
      await screenshot(page, 'firm-en-US')
      expect(own.problems).toEqual([])
    } finally {
      await own.close()
    }

    const other = await openBrowser()
    try {
      const { page } = other
      await signIn(page, 'officer.sh')
      await page.goto(`${baseUrl()}/firms/${firmId}`)
      const hidden = page.locator('[data-testid=firm-figures-hidden]')
      await hidden.waitFor()
      expect(await hidden.textContent()).toContain('您无权查看这些数据')
      expect(await page.locator('[data-testid=firm-figures]').count()).toBe(0)
    } finally {
      await other.close()
    }
  })

  it('filters firms on the server and pages through them', async () => {
    const browser = await openBrowser()
    try {
      const { page } = browser
      await signIn(page, 'office', undefined, '/firms?city=HF&highTech=true')
      await page.locator('.ant-table-row').first().waitFor()
      const firstPage = await page.locator('.ant-table-row a').allTextContents()
      expect(firstPage.length).toBe(20)
      const secondPageAnswered = page.waitForResponse(
        (response) => response.url().includes('/api/firms?') && response.url().includes('cursor='),
      )
      await page.getByRole('button', { name: '下一页' }).click()
      await page.getByText('第 2 页').waitFor()
      expect((await secondPageAnswered).status()).toBe(200)
      // Polled from here rather than inside the page: the table re-renders while the new rows arrive.
      await expect
        .poll(() => page.locator('.ant-table-row a').first().textContent(), { timeout: 30_000 })
        .not.toBe(firstPage[0])
      const secondPage = await page.locator('.ant-table-row a').allTextContents()
      expect(secondPage.some((name) => firstPage.includes(name))).toBe(false)
      await page.getByRole('button', { name: '上一页' }).click()
      await page.getByText('第 1 页').waitFor()
    } finally {
      await browser.close()
    }
  })

  it('counts the firms, sorts them by founding day from the header, and exports what the list shows', async () => {
    const browser = await openBrowser()
    try {
      const { page } = browser
      await signIn(page, 'office', undefined, '/firms?city=HF&highTech=true')
      const listed = await apiGet<{ total: number }>(page, '/api/firms?city=HF&highTech=true&limit=1')
      await page.getByText(`共 ${listed.total.toLocaleString('zh-CN')} 条`).waitFor()
      await page.getByRole('columnheader', { name: '成立日期' }).click()
      await page.waitForURL((url) => url.searchParams.get('sort') === '-foundedOn')
      const newest = await apiGet<{ items: FirmSummary[] }>(
        page,
        '/api/firms?city=HF&highTech=true&sort=-foundedOn&limit=1',
      )
      const first = newest.items[0]
      if (first === undefined) throw new Error('no high-tech firm in Hefei')
      await expect
        .poll(() => page.locator('.ant-table-row a').first().textContent(), { timeout: 30_000 })
        .toContain(first.nameZh)
      await page.getByRole('button', { name: '导出' }).click()
      const csv = await page.getByRole('link', { name: 'CSV 文件' }).getAttribute('href')
      expect(csv).toContain('sort=-foundedOn')
      const exported = await page.request.get(`${baseUrl()}${csv ?? ''}`)
      expect(exported.headers()['content-type']).toContain('text/csv')
      const lines = (await exported.text()).trimEnd().split('\r\n')
      expect(lines).toHaveLength(listed.total + 1)
      expect(lines[1]).toContain(first.nameZh)
      expect(browser.problems).toEqual([])
    } finally {
      await browser.close()
    }
  })
})
