// Innovation vouchers in the browser, as the demo accounts use them: a provider publishes services, an officer
// sets up and funds a scheme, a firm claims, the officer approves (for less) and rejects, the firm finds where to
// spend its voucher, orders, sees the reservation in the ledger and cancels, orders again; the provider claims
// redemption with its documents, the firm confirms and rates, the officer spot-checks, approves, settles and reads
// the clearing report. The demo seed holds no voucher data,
// so the journey creates all it needs through the pages; names carry a run mark so it can run again on one server.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { openBrowser } from './browser'
import { apiGet, baseUrl, choose, menuEntries, screenshot, screenshotAsIs, signIn } from './journeys'

const run = Date.now().toString(36).slice(-5)
const schemeName = `松江科技创新券 ${run}`
const testingProduct = `材料成分检测 ${run}`
const consultingProduct = `技术路线咨询 ${run}`
const journeyTimeoutMs = 600_000
/** What an internal id looks like (vclm_…, vord_…): a person never reads one. */
const idShaped = /\b[a-z]{3,6}_[0-9A-Za-z]{10,}\b/

/** One demo account's turn: a fresh browser, signed in, that must see no page or console errors. */
async function as(username: string, turn: (page: Page) => Promise<void>) {
  const browser = await openBrowser({ viewport: { width: 1366, height: 900 } })
  try {
    await signIn(browser.page, username)
    await turn(browser.page)
    expect(browser.problems).toEqual([])
  } catch (error) {
    await screenshotAsIs(browser.page, `vouchers-failed-${username}`)
    throw error
  } finally {
    await browser.close()
  }
}

/** Opens a page from the side menu and waits for its heading (the menu entry and the page share their name). */
async function openMenu(page: Page, name: string) {
  await page.locator('[data-testid=side-menu]').getByRole('link', { name, exact: true }).click()
  // the page loads lazily and the one before stays on screen until it has
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor()
}

/**
 * Waits until the page is at rest: nothing loading and every transition finished (a spinner's endless turn aside:
 * a button's spinner can keep turning, invisible, after its loading ended). A dialog is clicked only once it has
 * finished opening, so the click cannot land on the mask behind it.
 */
async function settle(page: Page) {
  // polled from here: the console's Content Security Policy refuses the page-side polling of waitForFunction
  const atRest = `document.querySelector('.ant-spin-spinning, .ant-skeleton-active') === null &&
    document.getAnimations().every((animation) =>
      animation.playState !== 'running' || animation.effect.getTiming().iterations === Infinity)`
  await expect.poll(() => page.evaluate(atRest), { timeout: 15_000 }).toBe(true)
}

/** A screenshot of the page at rest, from its top. */
async function snap(page: Page, name: string) {
  await page.evaluate('window.scrollTo(0, 0)')
  await settle(page)
  await screenshot(page, name)
}

const dialog = (page: Page) => page.getByRole('dialog')

/** Presses a button of the open dialog once it has finished opening (the primary one unless told). */
async function press(page: Page, selector = '.ant-btn-primary') {
  await dialog(page).waitFor()
  await settle(page)
  await dialog(page).locator(selector).click()
}

const row = (page: Page, text: string) => page.locator('.ant-table-row', { hasText: text })

describe('innovation vouchers', () => {
  it('shows each role its voucher pages and keeps the others out', async () => {
    await as('firm.sh', async (page) => {
      expect(await menuEntries(page)).toEqual(
        expect.arrayContaining(['科技创新券', '我的创新券', '我的申领']),
      )
      expect(await menuEntries(page)).not.toContain('申领审批')
      await page.goto(`${baseUrl()}/vouchers/review`)
      await page.locator('[data-testid=forbidden-page]').waitFor()
    })
    await as('officer.hf', async (page) => {
      expect(await menuEntries(page)).toEqual(
        expect.arrayContaining(['申领审批', '创新券政策', '兑付审批', '结算批次', '跨城清算']),
      )
      expect(await menuEntries(page)).not.toContain('我的创新券')
    })
    await as('provider.sz', async (page) => {
      expect(await menuEntries(page)).toEqual(expect.arrayContaining(['服务产品', '服务订单', '兑付申请']))
      await page.goto(`${baseUrl()}/vouchers`)
      await page.waitForURL(/\/vouchers\/products$/)
    })
    await as('bank.hz', async (page) => {
      expect(await menuEntries(page)).not.toContain('科技创新券')
    })
  })

  it(
    'runs a voucher from scheme and appropriation through claim, order, redemption, settlement and clearing',
    async () => {
      // ---- the provider publishes two services ----
      await as('provider.sz', async (page) => {
        await openMenu(page, '服务产品')
        await page.waitForURL(/\/vouchers\/products$/)
        for (const product of [
          {
            name: testingProduct,
            en: `Material composition test ${run}`,
            category: '检验检测',
            price: '3000',
          },
          {
            name: consultingProduct,
            en: `Technology roadmap advice ${run}`,
            category: '技术咨询',
            price: '800',
          },
        ]) {
          await page.getByRole('link', { name: '发布服务产品' }).click()
          const form = page.locator('[data-testid=product-form]')
          await form.waitFor()
          await choose(page, '服务类别', product.category)
          await page.getByLabel('单价（元）').fill('3000.555')
          await form.locator('button[type=submit]').click()
          await form.getByText('请输入以元为单位的金额，最多两位小数').waitFor()
          await page.getByLabel('单价（元）').fill(product.price)
          await choose(page, '计价单位', '每个样品')
          await page.getByLabel('中文名称').fill(product.name)
          await page.getByLabel('英文名称').fill(product.en)
          await page.getByLabel('中文介绍').fill('依据国家标准出具检测报告，含样品前处理。')
          await page
            .getByLabel('英文介绍')
            .fill('A test report to the national standard, sample preparation included.')
          if (product.name === testingProduct) await snap(page, 'vouchers-product-form')
          await form.locator('button[type=submit]').click()
          await page.waitForURL(/\/vouchers\/products$/)
          await row(page, product.name).waitFor()
        }
        expect(await row(page, testingProduct).textContent()).toContain('¥3,000.00')
        await snap(page, 'vouchers-provider-products')
      })

      // ---- the Songjiang officer creates the scheme and funds it ----
      await as('officer.sh', async (page) => {
        await openMenu(page, '创新券政策')
        await page.waitForURL(/\/vouchers\/schemes$/)
        await page.getByRole('link', { name: '新建政策' }).click()
        const form = page.locator('[data-testid=scheme-form]')
        await form.waitFor()
        await page.getByLabel('中文名称').fill(schemeName)
        await page.getByLabel('英文名称').fill(`Songjiang innovation voucher ${run}`)
        await page.getByLabel('年度预算').fill('1000000')
        await page.getByLabel('单次申领上限').fill('20000')
        await page.getByLabel('每家企业每年上限').fill('10000')
        await page.getByLabel('每家企业累计上限').fill('100000')
        await form.locator('button[type=submit]').click()
        await form.getByText('每年上限不得低于单次申领上限').waitFor()
        await page.getByLabel('每家企业每年上限').fill('50000')
        await page.getByLabel('全额支付门槛').fill('1000')
        // every confirmed redemption is drawn for a spot check, so the journey records one
        await page.getByLabel('兑付抽查比例').fill('100')
        await snap(page, 'vouchers-scheme-form')
        await form.locator('button[type=submit]').click()
        await page.waitForURL(/\/vouchers\/schemes\/vsch_/)
        await page.getByRole('heading', { level: 1, name: schemeName }).waitFor()
        const rules = await page.locator('[data-testid=scheme-rules]').textContent()
        expect(rules).toContain('¥20,000.00')
        expect(rules).toContain('九城全部认可')

        await page.getByRole('button', { name: '新增拨款' }).click()
        await page.getByLabel('拨款金额（元）').fill('500000')
        await page.getByLabel('拨款文号').fill(`松科发〔2026〕${run}号`)
        await press(page)
        await page.getByText('已拨入预算 ¥500,000.00').waitFor()
        await row(page, `松科发〔2026〕${run}号`).waitFor()
        await expect
          .poll(() => page.locator('[data-testid=scheme-budget]').textContent())
          .toContain('预算余额¥500,000.00')
        await snap(page, 'vouchers-scheme')

        // the server refuses more than the annual budget, in the user's language
        await page.getByRole('button', { name: '新增拨款' }).click()
        await page.getByLabel('拨款金额（元）').fill('600000')
        await page.getByLabel('拨款文号').fill(`松科发〔2026〕${run}-2号`)
        await press(page)
        await dialog(page).getByText('本年度拨款将超过该政策的年度预算').waitFor()
        await dialog(page)
          .getByText(/年已拨款 ¥500,000\.00，最多还可拨 ¥500,000\.00/)
          .waitFor()
        await snap(page, 'vouchers-appropriation-refused')
        await press(page, '.ant-modal-close')

        // an edit sends only what changed
        await page.getByRole('link', { name: '修改政策' }).click()
        await page.locator('[data-testid=scheme-form]').waitFor()
        await page.locator('[data-testid=scheme-form] button[type=submit]').click()
        await page.getByText('没有修改任何内容').waitFor()
        const renamed = `Songjiang S&T innovation voucher ${run}`
        await page.getByLabel('英文名称').fill(renamed)
        const [patch] = await Promise.all([
          page.waitForRequest((request) => request.method() === 'PATCH'),
          page.locator('[data-testid=scheme-form] button[type=submit]').click(),
        ])
        expect(patch.postDataJSON()).toEqual({ nameEn: renamed })
        expect(patch.headers()['idempotency-key']).toMatch(/^web-[0-9a-f]{32}$/)
        await page.waitForURL(/\/vouchers\/schemes\/vsch_[^/]+$/)
        await page.getByText(renamed).first().waitFor()
      })

      // ---- the firm claims, within the cap ----
      await as('firm.sh', async (page) => {
        await openMenu(page, '我的申领')
        await page.waitForURL(/\/vouchers\/claims$/)
        await page.getByRole('link', { name: '申领创新券' }).click()
        const form = page.locator('[data-testid=claim-form]')
        await form.waitFor()
        await choose(page, '创新券政策', schemeName)
        await page.locator('[data-testid=scheme-rules]').getByText('¥20,000.00').waitFor()
        await page.getByLabel('申领金额（元）').fill('30000')
        await page.getByLabel('用途').fill('新材料样品的成分检测与技术路线咨询')
        await form.locator('button[type=submit]').click()
        await form.getByText('金额不得超过 ¥20,000.00').waitFor()
        await page.getByLabel('申领金额（元）').fill('20000')
        await snap(page, 'vouchers-claim-form')
        await form.locator('button[type=submit]').click()
        await page.waitForURL(/\/vouchers\/claims$/)
        await page.getByText('申领已提交：¥20,000.00，等待审批').waitFor()
        await row(page, schemeName).getByText('待审批').waitFor()
      })

      // ---- the officer approves less than asked ----
      let voucherNumber = ''
      await as('officer.sh', async (page) => {
        await openMenu(page, '申领审批')
        await page.waitForURL(/\/vouchers\/review$/)
        const claim = row(page, schemeName)
        await claim.waitFor()
        expect(await claim.textContent()).toContain('¥20,000.00')
        await snap(page, 'vouchers-review')
        await claim.locator('.ant-btn-primary').click()
        await page.getByLabel('核定金额（元）').fill('20000.01')
        await press(page)
        await dialog(page).getByText('金额不得超过 ¥20,000.00').waitFor()
        await page.getByLabel('核定金额（元）').fill('15000.50')
        await page.getByLabel('审批意见（选填）').fill('按检测预算核减')
        await snap(page, 'vouchers-approve')
        await press(page)
        const approved = page.getByText(/已批准，创新券 \S+ 已发放，面额 ¥15,000\.50/)
        await approved.waitFor()
        voucherNumber = /创新券 (\S+) 已发放/.exec((await approved.textContent()) ?? '')?.[1] ?? ''
        expect(voucherNumber).toMatch(/^SHSJ-\d{4}-\d{6}-[0-9A-Z]$/)
        await expect.poll(() => row(page, schemeName).count()).toBe(0)
      })

      // ---- a second claim, rejected with a reason ----
      await as('firm.sh', async (page) => {
        await page.goto(`${baseUrl()}/vouchers/claims/new`)
        await choose(page, '创新券政策', schemeName)
        await page.getByLabel('申领金额（元）').fill('5000')
        await page.getByLabel('用途').fill('研发设计服务')
        await page.locator('[data-testid=claim-form] button[type=submit]').click()
        await page.waitForURL(/\/vouchers\/claims$/)
      })
      await as('officer.sh', async (page) => {
        await page.goto(`${baseUrl()}/vouchers/review`)
        await row(page, schemeName).locator('.ant-btn-dangerous').click()
        await press(page)
        await dialog(page).getByText('此项必填').waitFor()
        await page.getByLabel('驳回理由').fill('同一用途已获批，请勿重复申领')
        await press(page)
        await page.getByText('已驳回该申领').waitFor()
      })

      // ---- the firm finds where to spend its voucher and orders ----
      await as('firm.sh', async (page) => {
        await openMenu(page, '我的申领')
        const rejected = row(page, '已驳回').filter({ hasText: schemeName })
        await rejected.getByText('同一用途已获批，请勿重复申领').waitFor()
        await snap(page, 'vouchers-claims')

        await openMenu(page, '我的创新券')
        await page.waitForURL(/\/vouchers\/wallet$/)
        await page
          .locator('[data-testid=wallet-totals]')
          .getByText(/¥[\d,]+\.\d\d/)
          .first()
          .waitFor()
        const voucher = row(page, voucherNumber)
        expect(await voucher.textContent()).toMatch(/¥15,000\.50.*¥15,000\.50.*¥0\.00/)
        expect(await voucher.textContent()).toMatch(/剩 36[56] 天/)
        await snap(page, 'vouchers-wallet')
        await voucher.getByRole('link', { name: voucherNumber }).click()
        await page.getByRole('heading', { level: 1, name: voucherNumber }).waitFor()

        await page.getByRole('link', { name: '在哪里用' }).click()
        await page.waitForURL(/\/spend$/)
        await page.locator('[data-testid=spend-rule]').getByText('可用余额 ¥15,000.50').waitFor()
        const search = page.getByRole('searchbox', { name: '搜索服务产品' })
        await search.fill(run)
        await page.waitForURL((url) => url.searchParams.get('q') === run)
        // ¥3,000.00: the voucher pays 50 %; ¥800.00 is under the ¥1,000.00 threshold, so it pays all of it
        await expect
          .poll(() => row(page, testingProduct).textContent())
          .toMatch(/¥3,000\.00.*¥1,500\.00.*¥1,500\.00/)
        expect(await row(page, consultingProduct).textContent()).toMatch(/¥800\.00.*¥800\.00.*¥0\.00/)
        await snap(page, 'vouchers-spend')

        await row(page, testingProduct).locator('.ant-btn-primary').click()
        await page.getByLabel('数量').fill('2')
        const split = page.locator('[data-testid=order-split]')
        await expect.poll(() => split.textContent()).toMatch(/¥6,000\.00.*¥3,000\.00.*¥3,000\.00/)
        await snap(page, 'vouchers-order')
        await press(page)
        await page.getByText('已下单，券额 ¥3,000.00 已预留').waitFor()
        await page.getByRole('heading', { level: 1, name: voucherNumber }).waitFor()
        const balances = page.locator('[data-testid=voucher-balances]')
        await expect.poll(() => balances.textContent()).toMatch(/可用余额¥12,000\.50.*订单预留¥3,000\.00/)
        await row(page, testingProduct).getByText('已预留', { exact: true }).waitFor()
        const ledger = page.locator('[data-testid=ledger-table]')
        await ledger.getByText('发券', { exact: true }).waitFor()
        await ledger.getByText('预留', { exact: true }).waitFor()
        // the ledger names the record behind each transfer (the claim by its scheme, the order by its product)
        await ledger.getByText(schemeName).waitFor()
        await ledger.getByText(testingProduct).first().waitFor()
        expect(await ledger.textContent()).not.toMatch(idShaped)
        await expect.poll(() => page.locator('main').textContent()).not.toMatch(idShaped)
        await snap(page, 'vouchers-voucher')
      })

      // ---- the provider sees the order placed with it ----
      await as('provider.sz', async (page) => {
        await openMenu(page, '服务订单')
        await page.waitForURL(/\/vouchers\/orders$/)
        // the demo data may hold other orders: the reserved ones are few
        await choose(page, '状态', '已预留')
        const order = row(page, testingProduct)
        await order.getByText('已预留', { exact: true }).waitFor()
        expect(await order.textContent()).toMatch(/¥6,000\.00.*¥3,000\.00.*¥3,000\.00/)
        await snap(page, 'vouchers-provider-orders')

        // withdrawing a product takes it out of the catalogue; it stays listed under withdrawn
        await openMenu(page, '服务产品')
        await row(page, consultingProduct).locator('.ant-btn-dangerous').click()
        await page.locator('.ant-popconfirm .ant-btn-primary').click()
        await page.getByText('已下架', { exact: true }).first().waitFor()
        await expect.poll(() => row(page, consultingProduct).count()).toBe(0)
        await choose(page, '状态', '已下架')
        await row(page, consultingProduct).getByText('已下架', { exact: true }).waitFor()
      })

      // ---- the firm cancels the order: the reservation goes back to the voucher ----
      await as('firm.sh', async (page) => {
        await page.goto(`${baseUrl()}/vouchers/wallet`)
        await row(page, voucherNumber).getByRole('link', { name: voucherNumber }).click()
        await row(page, testingProduct).locator('[data-testid^=cancel-order-]').click()
        await page.getByLabel('取消原因（选填）').fill('样品尚未准备好')
        await press(page, '.ant-btn-dangerous')
        await page.getByText('订单已取消，券额 ¥3,000.00 已退回创新券').waitFor()
        const balances = page.locator('[data-testid=voucher-balances]')
        await expect.poll(() => balances.textContent()).toMatch(/可用余额¥15,000\.50.*订单预留¥0\.00/)
        await row(page, testingProduct).getByText('已取消', { exact: true }).waitFor()
        await page.locator('[data-testid=ledger-table]').getByText('释放', { exact: true }).waitFor()
        await snap(page, 'vouchers-voucher-cancelled')

        await page.locator('[data-testid=language-switch]').click()
        await page.getByText('Orders with this voucher').waitFor()
        await page.locator('[data-testid=ledger-table]').getByText('Release', { exact: true }).waitFor()
        await page
          .locator('[data-testid=ledger-table]')
          .getByText(`Songjiang S&T innovation voucher ${run}`)
          .waitFor()
        expect(await page.locator('[data-testid=ledger-table]').textContent()).not.toMatch(idShaped)
        await snap(page, 'vouchers-voucher-en-US')
        await page.locator('[data-testid=language-switch]').click()
        await page.getByText('使用本券的订单').waitFor()

        // and orders once more, to see it through redemption
        await page.getByRole('link', { name: '在哪里用' }).click()
        await page.getByRole('searchbox', { name: '搜索服务产品' }).fill(testingProduct)
        await row(page, testingProduct).locator('.ant-btn-primary').click()
        await press(page)
        await page.getByText('已下单，券额 ¥1,500.00 已预留').waitFor()
      })

      // ---- the provider delivers and claims redemption with its documents ----
      const invoiceNumber = `SZ${run.toUpperCase()}0001`
      await as('provider.sz', async (page) => {
        await page.goto(`${baseUrl()}/vouchers/orders?status=reserved`)
        const order = row(page, testingProduct)
        await order.getByRole('button', { name: '申请兑付' }).click()
        const form = page.locator('[data-testid=claim-redemption-form]')
        await press(page)
        await form.getByText('请上传交付成果文件').waitFor()
        await page.getByLabel('合同编号').fill(`G60-JC-${run}`)
        await page.getByLabel('发票号码').fill(invoiceNumber)
        await form.locator('input[type=file]').setInputFiles({
          name: `检测报告-${run}.pdf`,
          mimeType: 'application/pdf',
          buffer: Buffer.from(`%PDF-1.4\n% G60 test report ${run}\n`),
        })
        await snap(page, 'vouchers-redemption-claim')
        await press(page)
        await page.getByText('已提交兑付申请：¥1,500.00，等待企业确认').waitFor()
        await expect.poll(() => row(page, testingProduct).count()).toBe(0)

        await openMenu(page, '兑付申请')
        await page.waitForURL(/\/vouchers\/redemptions$/)
        await choose(page, '状态', '待企业确认')
        await row(page, invoiceNumber).getByText('待企业确认').waitFor()
        await snap(page, 'vouchers-redemptions-provider')
      })

      // ---- the firm confirms delivery and rates it ----
      await as('firm.sh', async (page) => {
        await openMenu(page, '兑付确认')
        const claim = row(page, invoiceNumber)
        await claim.getByRole('button', { name: '确认并评价' }).click()
        await press(page, '.ant-rate-star >> nth=3')
        await page.getByLabel('评价意见（选填）').fill('报告规范，交付及时')
        await snap(page, 'vouchers-redemption-confirm')
        await press(page)
        await page.getByText('已确认交付，兑付申请已提交审批').waitFor()
        await claim.getByText('待审批').waitFor()
      })

      // ---- the officer spot-checks, approves, settles and reads the clearing report ----
      await as('officer.sh', async (page) => {
        const queue = page.waitForRequest((request) => request.url().includes('/api/redemptions?'))
        await openMenu(page, '兑付审批')
        // the queue holds the claims on Songjiang's own vouchers, the ones this officer decides
        expect(new URL((await queue).url()).searchParams.get('issuer')).toBe('SH-SJ')
        const claim = row(page, invoiceNumber)
        await claim.getByText('抽中核查').waitFor()
        const deliverable = await claim
          .getByRole('link', { name: new RegExp(`检测报告-${run}`) })
          .getAttribute('href')
        const file = await page.request.get(`${baseUrl()}${deliverable ?? ''}`)
        expect(await file.text()).toContain(`G60 test report ${run}`)
        await snap(page, 'vouchers-redemption-review')
        await claim.getByRole('button', { name: '登记抽查' }).click()
        await dialog(page).waitFor()
        await settle(page)
        await dialog(page).getByText('抽查通过').click()
        await page.getByLabel('核查说明').fill('核对合同、发票与检测报告一致')
        await press(page)
        await page.getByText('已登记：抽查通过，可以批准').waitFor()
        await claim.getByRole('button', { name: /批\s?准/ }).click()
        await page.locator('.ant-popconfirm .ant-btn-primary').click()
        await page.getByText('已批准兑付 ¥1,500.00').waitFor()
        await expect.poll(() => row(page, invoiceNumber).count()).toBe(0)

        await openMenu(page, '结算批次')
        await page.getByRole('button', { name: '新建结算批次' }).click()
        await snap(page, 'vouchers-settlement-new')
        await press(page)
        await page.waitForURL(/\/vouchers\/settlements\/stlr_/)
        const runId = new URL(page.url()).pathname.split('/').pop() ?? ''
        const settled = await apiGet<{ items: { invoiceNumber: string; providerId: string }[] }>(
          page,
          `/api/redemptions?settlement=${runId}&limit=100`,
        )
        const ours = settled.items.find((redemption) => redemption.invoiceNumber === invoiceNumber)
        expect(ours).toBeDefined()
        const settledProviderId = ours?.providerId ?? ''
        await page
          .locator('[data-testid=settlement-figures]')
          .getByText(/¥[\d,]+\.\d\d/)
          .waitFor()
        const provider = await apiGet<{ nameZh: string }>(page, `/api/providers/${settledProviderId}`)
        await row(page, provider.nameZh).waitFor()
        const csv = await page.getByRole('link', { name: /导出 CSV/ }).getAttribute('href')
        const exported = await page.request.get(`${baseUrl()}${csv ?? ''}`)
        expect(exported.headers()['content-type']).toContain('text/csv')
        expect(await exported.text()).toContain(provider.nameZh)
        await snap(page, 'vouchers-settlement')

        await openMenu(page, '跨城清算')
        await page.waitForURL(/\/vouchers\/clearing$/)
        await page.locator('[data-testid=clearing-heatmap] canvas').first().waitFor()
        // the demo data's flows are there too: the journey's own one is Songjiang's voucher at a Suzhou provider
        const heatmap = page.locator('[data-testid=clearing-heatmap]')
        expect(await heatmap.getAttribute('aria-label')).toContain('上海（松江） → 苏州 ¥')
        await expect.poll(() => page.locator('[data-testid=net-positions] .ant-table-row').count()).toBe(9)
        const clearingCsv = await page.getByRole('link', { name: /导出 CSV/ }).getAttribute('href')
        expect((await page.request.get(`${baseUrl()}${clearingCsv ?? ''}`)).ok()).toBe(true)
        await snap(page, 'vouchers-clearing')
      })
    },
    journeyTimeoutMs,
  )
})
