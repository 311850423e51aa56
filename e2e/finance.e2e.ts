// Tech finance in the browser, as the demo accounts use it: the bank publishes a product covering Hefei (and,
// through the API, one that serves Hangzhou only); the Hefei workstation records an indicator on the firm's score
// card; the firm reads its score, states a need, sees the ranked match with its reasons and the near miss with what
// it failed, and refers with consent; the bank reads the firm's score card through the referral, approves within
// the rate cap and records the drawdown; the firm revokes consent and the bank's next read is refused; the
// workstation runs a case on its board and reads the figures; the corridor office drafts a parameter set whose
// weights must add up to 1000. The small demo seed holds no finance data, so the journey creates what it needs;
// names carry a run mark so it can run again on one server.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import {
  apiGet,
  baseUrl,
  choose,
  dialog,
  menuEntries,
  openMenu,
  settle,
  snap,
  snapScreen,
  turnAs,
  typeInPicker,
} from './journeys'

const run = Date.now().toString(36).slice(-5)
const productName = `科创信用贷 ${run}`
const hangzhouOnlyName = `杭州人才贷 ${run}`
const purpose = `研发中试线建设 ${run}`
const caseSummary = `走访了解中试线融资需求 ${run}`
const journeyTimeoutMs = 600_000
/** today in Shanghai, as the platform counts days */
const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)

const as = (username: string, turn: (page: Page) => Promise<void>) => turnAs('finance', username, turn)

/** Presses a button of the open dialog once it has finished opening (the primary one unless told). */
async function press(page: Page, selector = '.ant-btn-primary') {
  await dialog(page).waitFor()
  await settle(page)
  await dialog(page).locator(selector).click()
}

const row = (page: Page, text: string) => page.locator('.ant-table-row', { hasText: text })

/** A POST with the page's session and an Idempotency-Key, for data the journey needs but does not test. */
async function apiPost<Body>(page: Page, apiPath: string, data: object): Promise<Body> {
  const response = await page.request.post(`${baseUrl()}${apiPath}`, {
    data,
    headers: { 'Idempotency-Key': `e2e-finance-${run}-${apiPath}-${JSON.stringify(data).length}` },
  })
  if (!response.ok())
    throw new Error(`POST ${apiPath} answered ${response.status()}: ${await response.text()}`)
  const body: Body = await response.json()
  return body
}

interface Me {
  organisationId: string | null
}
interface Named {
  nameZh: string
}

describe('tech finance', () => {
  it('shows each role its finance pages and keeps the others out', async () => {
    await as('firm.hf', async (page) => {
      expect(await menuEntries(page)).toEqual(
        expect.arrayContaining(['科技金融', '我的创新积分', '融资需求', '我的推荐']),
      )
      expect(await menuEntries(page)).not.toContain('推荐队列')
      await page.goto(`${baseUrl()}/finance/queue`)
      await page.locator('[data-testid=forbidden-page]').waitFor()
      await page.goto(`${baseUrl()}/finance`)
      await page.waitForURL(/\/finance\/score$/)
    })
    await as('bank.hz', async (page) => {
      expect(await menuEntries(page)).toEqual(expect.arrayContaining(['金融产品', '推荐队列']))
      expect(await menuEntries(page)).not.toContain('我的创新积分')
      await page.goto(`${baseUrl()}/finance/parameters`)
      await page.locator('[data-testid=forbidden-page]').waitFor()
    })
    await as('station.hf', async (page) => {
      expect(await menuEntries(page)).toEqual(
        expect.arrayContaining(['工作站案例', '企业创新积分', '科技金融数据', '融资需求']),
      )
      expect(await menuEntries(page)).not.toContain('评分参数')
    })
    await as('office', async (page) => {
      expect(await menuEntries(page)).toEqual(expect.arrayContaining(['评分参数', '科技金融数据']))
    })
  })

  it(
    'matches a need, refers it with consent, decides, draws down, revokes consent and runs the case',
    async () => {
      // ---- the bank publishes a product covering Hefei, and (through the API) one for Hangzhou only ----
      await as('bank.hz', async (page) => {
        await openMenu(page, '金融产品')
        await page.getByRole('link', { name: '发布金融产品' }).click()
        const form = page.locator('[data-testid=finance-product-form]')
        await form.waitFor()
        await page.getByLabel('中文名称').fill(productName)
        await page.getByLabel('英文名称').fill(`Sci-tech credit loan ${run}`)
        await page.getByLabel('产品介绍').fill('面向合肥、杭州科技企业研发产业化项目的中长期信用贷款。')
        await page.getByLabel('最低额度（元）').fill('100000000')
        await page.getByLabel('最高额度（元）').fill('10000000')
        await form.locator('button[type=submit]').click()
        await form.getByText('最高额度不得低于最低额度').waitFor()
        await page.getByLabel('最低额度（元）').fill('10000000')
        await page.getByLabel('最高额度（元）').fill('100000000')
        await page.getByLabel('最短期限（月）').fill('12')
        await page.getByLabel('最长期限（月）').fill('60')
        await page.getByLabel('利率上限（LPR 加点）').fill('60')
        await page.getByLabel('风险分担比例').fill('20')
        await page.getByRole('checkbox', { name: '合肥' }).check()
        await snap(page, 'finance-product-form')
        await form.locator('button[type=submit]').click()
        await page.waitForURL(/\/finance\/products\/fprd_[^/]+$/)
        await page.getByRole('heading', { level: 1, name: productName }).waitFor()
        const facts = await page.locator('[data-testid=finance-product-facts]').textContent()
        expect(facts).toContain('LPR + 60 bp')
        expect(facts).toContain('¥10,000,000.00 – ¥100,000,000.00')
        expect(facts).toContain('12–60 个月')
        expect(facts).toContain('合肥')
        await snap(page, 'finance-product')

        await apiPost(page, '/api/finance-products', {
          productType: 'credit_loan',
          nameZh: hangzhouOnlyName,
          nameEn: `Hangzhou talent loan ${run}`,
          descriptionZh: '仅服务杭州企业的研发产业化信用贷',
          amountMinFen: 1_000_000_000,
          amountMaxFen: 10_000_000_000,
          rateCapBps: 40,
          termMinMonths: 12,
          termMaxMonths: 60,
          citiesServed: ['HZ'],
          industries: [],
          stages: [],
          minScoreTenths: 0,
          requiresHighTech: false,
          requiresTechSme: false,
          riskSharePercent: null,
        })
        await openMenu(page, '金融产品')
        await row(page, productName).waitFor()
        await row(page, hangzhouOnlyName).waitFor()
      })

      // ---- the firm's name, for the others to find it ----
      let firmName = ''
      await as('firm.hf', async (page) => {
        const me = await apiGet<Me>(page, '/api/me')
        firmName = (await apiGet<Named>(page, `/api/firms/${me.organisationId ?? ''}`)).nameZh
      })

      // ---- the Hefei workstation records a tax-bureau value on the firm's score card ----
      await as('station.hf', async (page) => {
        await openMenu(page, '企业创新积分')
        await page.getByRole('searchbox').fill(firmName)
        await row(page, firmName).getByRole('link', { name: '查看积分' }).click()
        await page.locator('[data-testid=score-card]').waitFor()
        await page.getByRole('button', { name: '录入指标' }).click()
        await dialog(page).waitFor()
        await choose(page, '指标', '研发费用')
        await page.getByLabel('取值（元）').fill('8000000')
        await choose(page, '来源', '税务部门')
        // dated today, so that it is the value the score uses (the latest by date)
        await page.getByLabel('数据日期').fill(today)
        await snapScreen(page, 'finance-record-indicators')
        await press(page)
        await page.getByText(/已录入 1 项指标，当前积分/).waitFor()
        // the row of R&D spend (its English name is the only one with these words)
        await row(page, 'R&D spend').getByText('税务部门').waitFor()
        expect(await row(page, 'R&D spend').textContent()).toContain('¥8,000,000.00')
      })

      // ---- the firm reads its score, states a need and refers it with consent ----
      await as('firm.hf', async (page) => {
        await openMenu(page, '我的创新积分')
        await page.locator('[data-testid=score-card]').waitFor()
        expect(await page.locator('[data-testid=score-total]').textContent()).not.toBe('0.0')
        await expect.poll(() => row(page, 'R&D spend').textContent()).toContain('税务部门')
        await snap(page, 'finance-score-card')

        await openMenu(page, '融资需求')
        await page.getByRole('link', { name: '发布融资需求' }).click()
        const form = page.locator('[data-testid=need-form]')
        await form.waitFor()
        // a large, long loan for an industrialisation project: past what the seeded catalogue lends, so the bank's
        // two products are the only match and the first near miss
        await page.getByLabel('融资金额（元）').fill('60000000.005')
        await form.locator('button[type=submit]').click()
        await form.getByText('请输入以元为单位的金额，最多两位小数').waitFor()
        await page.getByLabel('融资金额（元）').fill('60000000')
        await page.getByLabel('期限（月）').fill('48')
        await snapScreen(page, 'finance-decision-dialog')
        await page.getByLabel('资金用途').fill(purpose)
        await page.getByText('紧急', { exact: true }).click()
        const [created] = await Promise.all([
          page.waitForRequest(
            (request) => request.method() === 'POST' && request.url().endsWith('/api/financing-needs'),
          ),
          form.locator('button[type=submit]').click(),
        ])
        expect(created.postDataJSON()).toEqual({
          productType: 'credit_loan',
          amountFen: 6_000_000_000,
          termMonths: 48,
          purpose,
          urgency: 'urgent',
        })
        expect(created.headers()['idempotency-key']).toMatch(/^web-[0-9a-f]{32}$/)
        await page.waitForURL(/\/finance\/needs\/fned_[^/]+$/)

        const match = page.locator('[data-testid=match]', { hasText: productName })
        await match.waitFor()
        expect(await match.locator('[data-testid=match-reasons] li').count()).toBe(6)
        expect(await match.locator('[data-testid=match-reasons]').textContent()).toContain('申请期限')
        expect(Number(await match.locator('[data-testid=rank-score]').textContent())).toBeGreaterThan(0)
        await match.locator('[data-testid=component-bar]').getByText('金额匹配').waitFor()
        const nearMiss = row(page, hangzhouOnlyName)
        await nearMiss.waitFor()
        expect(await nearMiss.locator('[data-testid=failed-conditions] li').count()).toBe(1)
        const failed = await nearMiss.locator('[data-testid=failed-conditions]').textContent()
        expect(failed).toContain('不服务所在城市')
        expect(failed).toContain('要求 杭州')
        expect(failed).toContain('实际 合肥')
        await snap(page, 'finance-need-matches')

        await match.getByRole('button', { name: '授权并推荐' }).click()
        const consent = page.locator('[data-testid=consent-dialog]')
        await consent.waitFor()
        await settle(page)
        expect(await consent.textContent()).toContain('撤回授权')
        await expect.poll(() => dialog(page).locator('.ant-btn-primary').isDisabled()).toBe(true)
        await page.locator('[data-testid=consent-checkbox]').click()
        await snapScreen(page, 'finance-consent-dialog')
        const [referral] = await Promise.all([
          page.waitForRequest(
            (request) => request.method() === 'POST' && request.url().endsWith('/api/referrals'),
          ),
          press(page),
        ])
        expect(referral.postDataJSON()).toMatchObject({ consent: true })
        await match.getByText('待审批').waitFor()
        await row(page, productName).getByText('授权有效').waitFor()

        await openMenu(page, '我的推荐')
        await row(page, productName).getByText('授权有效').waitFor()
      })

      // ---- the bank reads the score card through the referral, approves within the cap, records the drawdown ----
      await as('bank.hz', async (page) => {
        await openMenu(page, '推荐队列')
        await choose(page, '状态', '待审批')
        await row(page, firmName)
          .filter({ hasText: productName })
          .getByRole('link', { name: /办\s?理/ })
          .click()
        await page.getByRole('heading', { level: 1, name: firmName }).waitFor()
        await page.locator('[data-testid=score-card]').waitFor()
        await page.getByText('本次查看已按企业授权记入审计日志').waitFor()
        await snap(page, 'finance-referral-score-card')

        await page.getByRole('button', { name: /批\s?准/ }).click()
        await dialog(page).waitFor()
        await page.getByLabel('批准金额（元）').fill('120000000')
        await press(page)
        await dialog(page).getByText('金额不得超过 ¥100,000,000.00').waitFor()
        await page.getByLabel('批准金额（元）').fill('50000000')
        await page.getByLabel('利率（LPR 加点，bp）').fill('45')
        await page.getByLabel('期限（月）').fill('48')
        await snapScreen(page, 'finance-decision-dialog')
        const [decision] = await Promise.all([
          page.waitForRequest(
            (request) => request.method() === 'POST' && request.url().endsWith('/decision'),
          ),
          press(page),
        ])
        expect(decision.postDataJSON()).toEqual({
          decision: 'approved',
          approvedAmountFen: 5_000_000_000,
          rateBps: 45,
          termMonths: 48,
        })
        await page.getByText('已批准 ¥50,000,000.00').first().waitFor()
        await page.getByRole('button', { name: '登记放款' }).click()
        await press(page)
        await page.getByText(/已登记放款 ¥50,000,000.00/).waitFor()
        await page.locator('[data-status=drawn]').first().waitFor()
        await snap(page, 'finance-referral-drawn')
      })

      // ---- the firm revokes consent; the bank's next read is refused ----
      await as('firm.hf', async (page) => {
        await openMenu(page, '我的推荐')
        const referral = row(page, productName)
        await referral.locator('[data-status=drawn]').waitFor()
        await referral.getByRole('button', { name: '撤回授权' }).click()
        await page.locator('.ant-popconfirm').getByRole('button', { name: '撤回授权' }).click()
        await referral.getByText(/已撤回/).waitFor()
        await snap(page, 'finance-my-referrals')
      })
      await as('bank.hz', async (page) => {
        await openMenu(page, '推荐队列')
        await choose(page, '状态', '已放款')
        await row(page, firmName)
          .filter({ hasText: productName })
          .getByRole('link', { name: /办\s?理/ })
          .click()
        await page.locator('[data-testid=consent-revoked]').getByText('企业已撤回数据授权').waitFor()
        expect(await page.locator('[data-testid=score-card]').count()).toBe(0)
        await snap(page, 'finance-consent-revoked')
      })

      // ---- the workstation opens a case, moves it on, and reads the figures ----
      await as('station.hf', async (page) => {
        await openMenu(page, '工作站案例')
        await page.getByRole('button', { name: '新建案例' }).click()
        await dialog(page).waitFor()
        await page.getByLabel('企业', { exact: true }).click()
        await page.keyboard.type(firmName.slice(0, 6))
        await page.locator('.ant-select-item-option', { hasText: firmName }).first().click()
        await page.getByLabel('案例摘要').fill(caseSummary)
        await typeInPicker(page.getByLabel('到期日'), '2099-12-31')
        await press(page)
        const card = page.locator('[data-testid=case-column-visit] [data-testid=case-card]', {
          hasText: caseSummary,
        })
        await card.waitFor()
        await card.click()
        const drawer = page.locator('[data-testid=case-drawer]')
        await drawer.getByText(caseSummary).waitFor()
        await drawer.getByLabel('跟进记录').fill('已核实研发投入与发明专利，进入评估')
        await drawer.getByRole('button', { name: '推进案例' }).click()
        await page.getByText('案例已推进到“评估”').waitFor()
        await drawer
          .locator('[data-testid=case-notes]')
          .getByText('已核实研发投入与发明专利，进入评估')
          .waitFor()
        await snap(page, 'finance-case-drawer')
        await page.keyboard.press('Escape')
        await page
          .locator('[data-testid=case-column-assessment] [data-testid=case-card]', { hasText: caseSummary })
          .waitFor()
        await snap(page, 'finance-case-board')

        await openMenu(page, '科技金融数据')
        const figures = await apiGet<{ cities: { cityCode: string; creditDrawnFen: number }[] }>(
          page,
          `/api/finance-figures?periodStart=${today.slice(0, 4)}-01-01&periodEnd=${today}`,
        )
        const hefei = figures.cities.find((city) => city.cityCode === 'HF')
        expect(hefei?.creditDrawnFen).toBeGreaterThanOrEqual(5_000_000_000)
        const drawn = new Intl.NumberFormat('zh-CN').format((hefei?.creditDrawnFen ?? 0) / 100)
        await row(page, '合肥').getByText(`¥${drawn}.00`).first().waitFor()
        await page.locator('[data-testid=finance-credit-chart] canvas').first().waitFor()
        await snap(page, 'finance-figures')
      })

      // ---- the corridor office drafts a parameter set: the weights of each stage must add up to 1000 ----
      await as('office', async (page) => {
        await openMenu(page, '评分参数')
        await page.getByRole('link', { name: '新建参数集' }).click()
        const form = page.locator('[data-testid=parameter-form]')
        await form.waitFor()
        const effectiveFrom = `2099-0${1 + (Number.parseInt(run, 36) % 9)}-${10 + (Number.parseInt(run, 36) % 18)}`
        await page.getByLabel('生效日期').fill(effectiveFrom)
        await page.getByLabel('说明').fill(`端到端测试参数 ${run}`)
        const weight = page.getByLabel('研发费用 · 成长期', { exact: true })
        await weight.fill('90')
        await page.locator('[data-testid=weight-sum-growth][data-sum="1020"]').waitFor()
        await page.locator('[data-testid=weights-unbalanced]').getByText('成长期 1020').waitFor()
        expect(await form.locator('button[type=submit]').isDisabled()).toBe(true)
        await snap(page, 'finance-parameters-unbalanced')
        await weight.fill('70')
        await page.locator('[data-testid=weight-sum-growth][data-sum="1000"]').waitFor()
        await form.locator('button[type=submit]').click()
        await page.waitForURL(/\/finance\/parameters$/)
        await row(page, effectiveFrom).getByText('待生效').waitFor()
        await snap(page, 'finance-parameters')
      })
    },
    journeyTimeoutMs,
  )
})
