// One-stop cross-city services in the browser (异地受理、远程审批): a Hefei firm finds an item decided in Songjiang in
// the catalogue and applies at the Hefei window with its materials (PDF files made here, its registry record for
// the business licence); the Hefei window officer finds the case in the intake queue and accepts it, which starts
// its working-day clock and routes it to Songjiang; the Songjiang officer approves it from the deciding queue; the
// firm sees it approved, with its timeline, and rates it. The corridor office reads the dashboard and the calendar;
// the pages are read at 390 px wide too. The demo seed holds the demo accounts' other cases, so the journey finds its
// own case by its number; it can run again on one server.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { baseUrl, choose, dialog, menuEntries, openMenu, settle, snap, snapScreen, turnAs } from './journeys'

const run = Date.now().toString(36).slice(-5)
const itemName = '技术合同认定登记'
const itemCode = 'G60-SHSJ-SCI-001'
const purpose = `与松江研究院签订的技术开发合同认定登记 ${run}`
const journeyTimeoutMs = 600_000
const phone = { width: 390, height: 844 }

const as = (
  username: string,
  turn: (page: Page) => Promise<void>,
  viewport?: { width: number; height: number },
) => turnAs('services', username, turn, viewport)

/** Switches the console's language and waits for the page's heading in it. */
async function switchLanguage(page: Page, heading: string) {
  await page.locator('[data-testid=language-switch]').click()
  await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor()
}

const row = (page: Page, text: string) => page.locator('.ant-table-row', { hasText: text })

/** The page scrolls only up and down: nothing is wider than the screen (tables scroll inside their cards). */
async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')
  expect(overflow).toBeLessThanOrEqual(0)
}

/** Finds a case in a list by the number people quote. */
async function findCase(page: Page, number: string) {
  await page.getByRole('searchbox', { name: '按办件编号查找' }).fill(number)
  await expect.poll(() => page.locator('.ant-table-row').count()).toBe(1)
  await row(page, number).waitFor()
}

/** A small PDF made here: the server checks a file's kind by its first bytes. */
const pdf = (name: string) => ({
  name,
  mimeType: 'application/pdf',
  buffer: Buffer.from(`%PDF-1.4 test ${name} ${run}\n`),
})

describe('one-stop cross-city services', () => {
  it('shows each role its service pages and keeps the others out', async () => {
    await as('firm.hf', async (page) => {
      expect(await menuEntries(page)).toEqual(expect.arrayContaining(['一网通办', '服务事项', '我的办件']))
      expect(await menuEntries(page)).not.toContain('窗口受理')
      await page.goto(`${baseUrl()}/services/intake`)
      await page.locator('[data-testid=forbidden-page]').waitFor()
    })
    await as('talent.hz', async (page) => {
      expect(await menuEntries(page)).toEqual(expect.arrayContaining(['人才服务窗口', '我的办件']))
      await openMenu(page, '人才服务窗口')
      await page.locator('[data-testid=talent-cards]').getByText('九城医疗绿色通道').waitFor()
      await page.locator('[data-testid=talent-items] .ant-table-row').first().waitFor()
      await snap(page, 'services-talent-window')
      await switchLanguage(page, 'Talent window')
      await page
        .locator('[data-testid=talent-cards]')
        .getByText('Talent card', { exact: false })
        .first()
        .waitFor()
      await snap(page, 'services-talent-window-en-US')
      await switchLanguage(page, '人才服务窗口')
    })
  })

  it(
    'files a case at the Hefei window, accepts it there, approves it in Songjiang and rates it',
    async () => {
      let number = ''

      // ---- the Hefei firm finds the item and applies at the Hefei window ----
      await as('firm.hf', async (page) => {
        await openMenu(page, '服务事项')
        await page.getByRole('searchbox', { name: '搜索事项' }).fill('技术合同')
        await row(page, itemCode).waitFor()
        await choose(page, '办理方式', '异地代收代办')
        await row(page, itemCode).getByText('上海（松江）').waitFor()
        await snap(page, 'services-catalogue')
        await row(page, itemCode).getByRole('link', { name: itemName }).click()
        await page.getByRole('heading', { level: 1, name: itemName }).waitFor()
        await page.getByText('可免提交：企业登记信息').waitFor()
        await snap(page, 'services-item')

        await page.getByRole('link', { name: '在线申办' }).click()
        const form = page.locator('[data-testid=application-form]')
        await form.waitFor()
        await choose(page, '受理窗口城市', '合肥')
        await page.getByLabel('申办事由').fill(purpose)
        // nothing chosen yet: the form says which materials are missing before anything is sent
        await form.locator('button[type=submit]').click()
        await form.getByText('请选择文件').first().waitFor()
        for (const code of ['application_form', 'consent_form', 'technology_contract']) {
          await page
            .locator(`[data-testid=material-${code}] input[type=file]`)
            .setInputFiles(pdf(`${code}.pdf`))
          await page
            .locator(`[data-testid=material-${code}] [data-testid=chosen-file]`)
            .getByText(`${code}.pdf`)
            .waitFor()
        }
        // the business licence is taken from the firm's registry record (免提交)
        await expect
          .poll(() =>
            page
              .locator('[data-testid=material-business_licence] input[type=radio]:checked')
              .getAttribute('value'),
          )
          .toBe('registry')
        await snap(page, 'services-apply')
        await form.locator('button[type=submit]').click()
        await page.waitForURL(/\/services\/cases\/scas_/)
        await page.locator('[data-testid=case-status]').getByText('待预审').waitFor()
        const subtitle = (await page.locator('.g60-page-title-subtitle').textContent()) ?? ''
        number = /办件编号\s*(\S+)/.exec(subtitle)?.[1] ?? ''
        expect(number).toMatch(/^HF-/)
        await page.getByText('未起算（待窗口受理）').waitFor()
        const materials = page.locator('[data-testid=case-materials]')
        await materials.getByRole('link', { name: /technology_contract\.pdf/ }).waitFor()
        await materials.getByText('引用企业登记信息').waitFor()
        await snap(page, 'services-case-submitted')
      })

      // ---- the Hefei window accepts it: its clock starts and it goes to Songjiang ----
      await as('officer.hf', async (page) => {
        await expect.poll(() => page.locator('[data-testid=inbox-tasks]').count()).toBe(1)
        await openMenu(page, '窗口受理')
        await findCase(page, number)
        await snap(page, 'services-intake')
        // antd spaces out a button's two Chinese characters
        await row(page, number)
          .getByRole('button', { name: /^受\s?理$/ })
          .click()
        await page.locator('.ant-popconfirm .ant-btn-primary').click()
        await page.getByText(`${number} 已受理并推送至主管城市`).waitFor()
        await expect.poll(() => row(page, number).count()).toBe(0)
      })

      // ---- Songjiang decides it from its deciding queue ----
      await as('officer.sh', async (page) => {
        await page.locator('[data-testid=inbox-badge]').click()
        await page.getByRole('heading', { level: 1, name: '消息中心' }).waitFor()
        await page.locator('[data-testid=inbox-list]').getByText(number).first().waitFor()
        await snap(page, 'services-inbox')
        await switchLanguage(page, 'Inbox')
        await page.locator('[data-testid=inbox-list]').getByText('A case to decide').first().waitFor()
        await snap(page, 'services-inbox-en-US')
        await switchLanguage(page, '消息中心')

        // the queue: the soonest due first, so the seed's overdue Songjiang case leads it, in red
        await openMenu(page, '审批办理')
        const first = page.locator('[data-testid=deciding-queue] .ant-table-row').first()
        const firstClock = first.locator('[data-testid=case-clock]')
        await expect.poll(() => firstClock.textContent()).toMatch(/^\s*已超期 \d+ 个工作日/)
        expect(await first.getAttribute('class')).toContain('g60-case-overdue')
        const lateColor = await page.evaluate<string>(
          `getComputedStyle(document.querySelector('[data-testid=deciding-queue] .ant-table-row [data-testid=case-clock]')).color`,
        )
        expect(lateColor).toMatch(/^rgb\((2[0-5]\d), (\d{1,2}), (\d{1,2})\)$/)
        await snap(page, 'services-deciding-queue')
        await switchLanguage(page, 'Cases to decide')
        await expect.poll(() => firstClock.textContent()).toMatch(/^\s*Overdue by \d+ working days?/)
        await snap(page, 'services-deciding-queue-en-US')
        await switchLanguage(page, '审批办理')
        await findCase(page, number)
        await row(page, number).locator('[data-testid=case-clock]').getByText('剩余').waitFor()
        await snap(page, 'services-deciding')
        await row(page, number)
          .getByRole('button', { name: /^审\s?批$/ })
          .click()
        await dialog(page).waitFor()
        await dialog(page).getByText('准予许可', { exact: true }).waitFor()
        await snapScreen(page, 'services-decide')
        await settle(page)
        await dialog(page).locator('.ant-btn-primary').click()
        await page.getByText(`${number} 已准予许可`).waitFor()
        await expect.poll(() => row(page, number).count()).toBe(0)
      })

      // ---- the firm sees it approved and rates it ----
      await as('firm.hf', async (page) => {
        // the inbox tells the firm first: the bell counts it unread, the notification opens the case
        await page.locator('[data-testid=inbox-badge] .ant-badge-count').waitFor()
        await page.locator('[data-testid=inbox-badge]').click()
        await page.getByRole('heading', { level: 1, name: '消息中心' }).waitFor()
        const notice = page
          .locator('[data-testid=inbox-list] .g60-notification', { hasText: number })
          .filter({
            hasText: '已审批通过',
          })
        await notice.first().waitFor()
        await snap(page, 'services-inbox-firm')

        await openMenu(page, '我的办件')
        await findCase(page, number)
        await row(page, number).getByText('已办结（准予）').waitFor()
        await row(page, number).getByRole('link', { name: number }).click()
        await page.locator('[data-testid=case-status]').getByText('已办结（准予）').waitFor()
        const timeline = page.locator('[data-testid=case-timeline]')
        await timeline.getByText('窗口受理，推送主管城市审批').waitFor()
        await timeline.getByText('准予许可').waitFor()
        const rating = page.locator('[data-testid=rating-form]')
        await rating.locator('.ant-rate-star').nth(4).click()
        await page.getByLabel('意见建议（选填）').fill('合肥窗口受理、松江审批，一次办成')
        await rating.locator('button[type=submit]').click()
        await page.getByText('感谢您的评价').waitFor()
        await page
          .locator('[data-testid=case-rating]')
          .getByText('合肥窗口受理、松江审批，一次办成')
          .waitFor()
        await snap(page, 'services-case-approved')

        await page.locator('[data-testid=language-switch]').click()
        await page.locator('[data-testid=case-status]').getByText('Approved').waitFor()
        await timeline.getByText('Accepted at the window and routed to the competent city').waitFor()
        await snap(page, 'services-case-approved-en-US')
        await page.locator('[data-testid=language-switch]').click()
        await page.locator('[data-testid=case-status]').getByText('已办结（准予）').waitFor()
      })

      // ---- the corridor office reads the dashboard and the calendar ----
      await as('office', async (page) => {
        await openMenu(page, '办件统计')
        await page.locator('[data-testid=service-pairs-heatmap] canvas').first().waitFor()
        await page.locator('[data-testid=service-on-time-chart] canvas').first().waitFor()
        await snap(page, 'services-dashboard')
        await page.locator('[data-testid=pairs-card]').getByText('表格', { exact: true }).click()
        await page.locator('[data-testid=pairs-table]').getByText('合肥').first().waitFor()
        await page.locator('[data-testid=language-switch]').click()
        await page.getByRole('heading', { level: 1, name: 'Services dashboard' }).waitFor()
        await snap(page, 'services-dashboard-en-US')
        await page.locator('[data-testid=language-switch]').click()
        await page.getByRole('heading', { level: 1, name: '办件统计' }).waitFor()

        await openMenu(page, '工作日历')
        await page.locator('[data-testid=calendar-days] .ant-table-row').first().waitFor()
        await snap(page, 'services-calendar')
        await switchLanguage(page, 'Working-day calendar')
        await page.locator('[data-testid=calendar-days] .ant-table-row').first().waitFor()
        await snap(page, 'services-calendar-en-US')
        await switchLanguage(page, '工作日历')

        // the office edits an item: a new version, its note in the versions table
        const note = `承诺时限核对 ${run}`
        await page.goto(`${baseUrl()}/services/catalogue/G60-SHSJ-AMR-002`)
        await page.getByRole('button', { name: '编辑事项' }).click()
        await page.locator('[data-testid=item-edit-form]').getByLabel('变更说明').fill(note)
        await dialog(page).getByRole('button', { name: '保存为新版本' }).click()
        await page.locator('[data-testid=item-versions]').getByText(note).waitFor()
        await snap(page, 'services-item-edited')

        // the office withdraws an item (停办) with the reason, and takes applications for it again
        await page.goto(`${baseUrl()}/services/catalogue/G60-WH-ECO-001`)
        await page.locator('[data-testid=item-active]').click()
        await page
          .locator('[data-testid=item-active-form]')
          .getByLabel('原因（记入审计日志）')
          .fill(`目录调整 ${run}`)
        // antd spaces a two-character Chinese label: 停 办
        await dialog(page)
          .getByRole('button', { name: /^停\s?办$/ })
          .click()
        await page.getByText('已停办', { exact: true }).first().waitFor()
        await snap(page, 'services-item-withdrawn')
        await page.locator('[data-testid=item-active]').click()
        await page
          .locator('[data-testid=item-active-form]')
          .getByLabel('原因（记入审计日志）')
          .fill(`恢复 ${run}`)
        await dialog(page).getByRole('button', { name: '恢复受理' }).click()
        await page.locator('[data-testid=item-active]', { hasText: /^停\s?办$/ }).waitFor()
      })
    },
    journeyTimeoutMs,
  )

  it('fits a phone: the pages of each role at 390 px', async () => {
    await as(
      'firm.hf',
      async (page) => {
        await page.goto(`${baseUrl()}/services/catalogue`)
        await page.getByRole('heading', { level: 1, name: '服务事项' }).waitFor()
        await page.locator('[data-testid=item-table] .ant-table-row').first().waitFor()
        await expectNoSidewaysScroll(page)
        await snap(page, 'services-catalogue-390')
        await page.goto(`${baseUrl()}/services/catalogue/${itemCode}/apply`)
        await page.locator('[data-testid=application-form]').waitFor()
        await expectNoSidewaysScroll(page)
        await snap(page, 'services-apply-390')
        await page.goto(`${baseUrl()}/services/cases`)
        await page.locator('[data-testid=case-list] .ant-table-row a').first().click()
        await page.locator('[data-testid=case-timeline]').waitFor()
        await expectNoSidewaysScroll(page)
        await snap(page, 'services-case-390')
      },
      phone,
    )
    await as(
      'officer.hf',
      async (page) => {
        await page.goto(`${baseUrl()}/services/intake`)
        await page.getByRole('heading', { level: 1, name: '窗口受理' }).waitFor()
        await page.locator('[data-testid=intake-queue] .ant-table-row').first().waitFor()
        await expectNoSidewaysScroll(page)
        await snap(page, 'services-intake-390')
        await page.locator('[data-testid=inbox-badge]').click()
        await page.getByRole('heading', { level: 1, name: '消息中心' }).waitFor()
        await page.locator('[data-testid=inbox-list] .g60-notification').first().waitFor()
        await expectNoSidewaysScroll(page)
        await snap(page, 'services-inbox-390')
      },
      phone,
    )
    await as(
      'talent.hz',
      async (page) => {
        await page.goto(`${baseUrl()}/services/talent`)
        await page.locator('[data-testid=talent-items] .ant-table-row').first().waitFor()
        await expectNoSidewaysScroll(page)
        await snap(page, 'services-talent-window-390')
      },
      phone,
    )
    await as(
      'office',
      async (page) => {
        await page.goto(`${baseUrl()}/services/dashboard`)
        await page.locator('[data-testid=service-on-time-chart] canvas').first().waitFor()
        // the nine-by-nine heat map is too dense for a phone: its table shows first
        await page.locator('[data-testid=pairs-table] .ant-table-row').first().waitFor()
        await expectNoSidewaysScroll(page)
        await snap(page, 'services-dashboard-390')
        await page.goto(`${baseUrl()}/admin/calendar`)
        await page.locator('[data-testid=calendar-days] .ant-table-row').first().waitFor()
        await expectNoSidewaysScroll(page)
        await snap(page, 'services-calendar-390')
      },
      phone,
    )
  })
})
