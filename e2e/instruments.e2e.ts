// Shared large instruments in the browser, as the demo accounts use them: a provider publishes an instrument
// with its rules, a Hefei firm finds it (words, the nine-city map, "free between A and B"), reads its week
// calendar, sees the price and its voucher's share before booking, books once with a voucher and weekly (one
// week taken), the provider approves, rejects, checks in and completes with too little time used, the firm
// rates, cancels and sees its violation, and the provider and the corridor office read the sharing
// statistics; on an instrument with a 48-hour lead time the calendar greys what cannot be booked, refuses a pick
// inside the lead time and opens the form on the first bookable slot, and greys the hours the instrument is closed.
// The voucher the firm pays with and the opening hours are set up through the API; names carry a run mark so the
// journey can run again on one server.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { openBrowser } from './browser'
import { apiCookie, apiGet, baseUrl, choose, menuEntries, screenshot, signIn, typeInPicker } from './journeys'

const run = Date.now().toString(36).slice(-5)
// the lead-time journey's instrument has its own tag, so that the search for `run` finds the main journey's alone
const leadTimeRun = `lt${(Number.parseInt(run, 36) + 1).toString(36)}`
const instrumentName = `场发射扫描电子显微镜 ${run}`
const instrumentNameEn = `Field-emission SEM ${run}`
const schemeName = `合肥仪器共享券 ${run}`
const journeyTimeoutMs = 600_000
const minuteMs = 60_000
const dayMs = 24 * 60 * minuteMs
const shanghaiOffsetMs = 8 * 60 * minuteMs

/** A Shanghai day and time of day of an instant: ['2026-12-01', '09:05']. */
function shanghai(instantMs: number): [string, string] {
  const text = new Date(instantMs + shanghaiOffsetMs).toISOString()
  return [text.slice(0, 10), text.slice(11, 16)]
}
const instant = (day: string, time: string) => `${day}T${time}:00+08:00`

/** One demo account's turn: a fresh browser, signed in, that must see no page or console errors. */
async function as(username: string, turn: (page: Page) => Promise<void>) {
  const browser = await openBrowser({ viewport: { width: 1366, height: 900 } })
  try {
    await signIn(browser.page, username)
    await turn(browser.page)
    expect(browser.problems).toEqual([])
  } finally {
    await browser.close()
  }
}

/** A demo account's API session, for the facts the journey needs that another page of the console makes. */
async function api(username: string) {
  const cookie = await apiCookie(username)
  return async <Body>(path: string, body: unknown): Promise<Body> => {
    const response = await fetch(`${baseUrl()}${path}`, {
      method: 'POST',
      headers: {
        cookie,
        'content-type': 'application/json',
        'idempotency-key': `e2e-${run}-${path}-${Math.random()}`,
      },
      body: JSON.stringify(body),
    })
    if (!response.ok) throw new Error(`POST ${path} answered ${response.status}: ${await response.text()}`)
    const answer: Body = JSON.parse(await response.text())
    return answer
  }
}

/** The owner opens an instrument every hour of every day, holidays included, through the API. */
async function openAroundTheClock(instrumentId: string) {
  const response = await fetch(`${baseUrl()}/api/instruments/${instrumentId}`, {
    method: 'PATCH',
    headers: { cookie: await apiCookie('provider.sz'), 'content-type': 'application/json' },
    body: JSON.stringify({
      openingHours: {
        weekly: Array.from({ length: 7 }, () => [{ opensAt: '00:00', closesAt: '24:00' }]),
        closedOnHolidays: false,
      },
    }),
  })
  if (!response.ok) throw new Error(`PATCH answered ${response.status}: ${await response.text()}`)
}

async function openMenu(page: Page, name: string) {
  await page.locator('[data-testid=side-menu]').getByRole('link', { name, exact: true }).click()
}

/** A screenshot of the page at rest: scrolled to the top, nothing loading, every transition finished. */
async function snap(page: Page, name: string) {
  await page.evaluate('window.scrollTo(0, 0)')
  const atRest = `document.querySelector('.ant-spin-spinning, .ant-skeleton-active') === null &&
    document.getAnimations().every((animation) =>
      animation.playState !== 'running' || animation.effect.getTiming().iterations === Infinity)`
  await expect.poll(() => page.evaluate(atRest), { timeout: 15_000 }).toBe(true)
  await screenshot(page, name)
}

const row = (page: Page, text: string) => page.locator('.ant-table-row', { hasText: text })
const dialog = (page: Page) => page.getByRole('dialog')

describe('shared instruments', () => {
  it('shows each role its instrument pages and keeps the others out', async () => {
    await as('firm.hf', async (page) => {
      const entries = await menuEntries(page)
      expect(entries).toEqual(expect.arrayContaining(['大型仪器共享', '仪器搜索', '我的预约', '违约记录']))
      expect(entries).not.toContain('预约审批')
      expect(entries).not.toContain('共享统计')
      await page.goto(`${baseUrl()}/instruments/queue`)
      await page.locator('[data-testid=forbidden-page]').waitFor()
    })
    await as('provider.sz', async (page) => {
      expect(await menuEntries(page)).toEqual(
        expect.arrayContaining(['仪器搜索', '我的预约', '我的仪器', '预约审批', '共享统计']),
      )
    })
    await as('office', async (page) => {
      const entries = await menuEntries(page)
      expect(entries).toEqual(expect.arrayContaining(['仪器搜索', '共享统计']))
      expect(entries).not.toContain('我的预约')
      await page.goto(`${baseUrl()}/instruments/mine/new`)
      await page.locator('[data-testid=forbidden-page]').waitFor()
    })
    await as('bank.hz', async (page) => {
      const entries = await menuEntries(page)
      expect(entries).toContain('仪器搜索')
      expect(entries).not.toContain('共享统计')
    })
  })

  it('greys the lead time in the calendar, refuses a pick inside it and opens the form on the first bookable slot', async () => {
    const provider = await api('provider.sz')
    const { id } = await provider<{ id: string }>('/api/instruments', {
      nameZh: `X 射线光电子能谱仪 ${leadTimeRun}`,
      nameEn: `X-ray photoelectron spectrometer ${leadTimeRun}`,
      model: `ESCALAB-${leadTimeRun}`,
      maker: '赛默飞世尔',
      category: 'analytical',
      originalValueFen: 450_000_000,
      locationZh: '苏州工业园区若水路 1 号 C 楼 201',
      specificationsZh: '能量分辨率 0.45 eV',
      specificationsEn: 'Energy resolution 0.45 eV',
      servicesZh: '表面元素与化学态分析',
      priceUnit: 'per_hour',
      internalPriceFen: 40_000,
      externalPriceFen: 80_000,
      contactName: '周敏',
      contactPhone: '0512-62880001',
      rules: {
        leadTimeHours: 48,
        minDurationMinutes: 60,
        maxDurationMinutes: 240,
        bufferMinutes: 30,
        requiresApproval: true,
        cancellationNoticeHours: 24,
        monthlyQuotaHours: 0,
      },
      // every day but for a lunch hour, so that a closed hour shows past the lead time on any day of the week
      openingHours: {
        weekly: Array.from({ length: 7 }, () => [
          { opensAt: '08:00', closesAt: '12:00' },
          { opensAt: '13:00', closesAt: '21:00' },
        ]),
        closedOnHolidays: false,
      },
    })
    await as('firm.hf', async (page) => {
      await page.goto(`${baseUrl()}/instruments/${id}`)
      const calendar = page.locator('[data-testid=week-calendar]')
      await calendar.waitFor()
      // what the server says the caller can book this week, for the form's first slot
      const [today] = shanghai(Date.now())
      const to = shanghai(Date.parse(instant(today, '12:00')) + 7 * dayMs)[0]
      const query = new URLSearchParams({ from: instant(today, '00:00'), to: instant(to, '00:00') })
      const shown = await apiGet<{ firstBookableAt: string | null }>(
        page,
        `/api/instruments/${id}/availability?${query.toString()}`,
      )
      const [firstDay, firstTime] = shanghai(Date.parse(shown.firstBookableAt ?? ''))
      await expect.poll(() => page.getByLabel('开始时间').inputValue()).toBe(firstTime)
      expect(await page.getByLabel('日期', { exact: true }).inputValue()).toBe(firstDay)

      // the lead time is greyed with its reason; a click on it changes nothing
      const leadTime = calendar.locator('[data-testid=calendar-unavailable][data-reason=lead_time]')
      expect(await leadTime.count()).toBeGreaterThan(0)
      await leadTime.last().hover()
      await page.getByRole('tooltip').getByText('不可预约：未满提前预约时间（或已过去）').waitFor()
      await snap(page, 'instruments-lead-time')
      await leadTime.last().click()
      expect(await page.getByLabel('开始时间').inputValue()).toBe(firstTime)
      expect(await page.getByLabel('日期', { exact: true }).inputValue()).toBe(firstDay)

      // the lunch hour is greyed as closed (an hour from 11:30 would run into it), and a click on it changes nothing
      const closed = calendar.locator('[data-testid=calendar-unavailable][data-reason=outside_hours]')
      expect(await closed.count()).toBeGreaterThan(0)
      await closed.last().hover()
      await page
        .getByRole('tooltip')
        .getByText('11:30–13:00 不可预约：不在开放时间内（或节假日闭馆）')
        .waitFor()
      await closed.last().click()
      expect(await page.getByLabel('开始时间').inputValue()).toBe(firstTime)
      expect(await page.getByLabel('日期', { exact: true }).inputValue()).toBe(firstDay)
      await expect
        .poll(() => page.locator('[data-testid=opening-hours-text]').textContent())
        .toContain('周日 08:00–12:00, 13:00–21:00')

      // a free time after the lead time is picked: the last day of the week, in its first bookable hours
      const lastDay = shanghai(Date.parse(instant(today, '12:00')) + 6 * dayMs)[0]
      await calendar.locator(`[data-day="${lastDay}"]`).click({ position: { x: 20, y: 8 } })
      await expect.poll(() => page.getByLabel('日期', { exact: true }).inputValue()).toBe(lastDay)

      await page.locator('[data-testid=language-switch]').click()
      await page
        .getByRole('heading', { level: 1, name: `X-ray photoelectron spectrometer ${leadTimeRun}` })
        .waitFor()
      await leadTime.last().hover()
      await page.getByRole('tooltip').getByText('Not bookable: inside the lead time (or past)').waitFor()
      await closed.last().hover()
      await page
        .getByRole('tooltip')
        .getByText('11:30–13:00 Not bookable: outside the opening hours (or closed for a holiday)')
        .waitFor()
      await snap(page, 'instruments-lead-time-en-US')
      await page.locator('[data-testid=language-switch]').click()
    })
  })

  it(
    'publishes, finds, books with a voucher and weekly, runs the booking desk, rates and counts the sharing',
    async () => {
      // ---- a Hefei scheme that pays for instrument time, and the firm's voucher under it ----
      const officer = await api('officer.hf')
      const scheme = await officer<{ id: string }>('/api/voucher-schemes', {
        nameZh: schemeName,
        nameEn: `Hefei instrument-sharing voucher ${run}`,
        cityCode: 'HF',
        voucherType: 'general',
        annualBudgetFen: 100_000_000,
        claimCapFen: 2_000_000,
        firmYearCapFen: 5_000_000,
        firmTotalCapFen: 10_000_000,
        voucherShareMaxPercent: 50,
        serviceCategories: ['instrument_time', 'testing'],
        eligibleFirms: ['any_firm'],
        settlementModel: 'provider_paid',
        validityDays: 365,
      })
      await officer(`/api/voucher-schemes/${scheme.id}/appropriations`, {
        amountFen: 10_000_000,
        documentReference: `合科〔2026〕${run}号`,
      })
      const firm = await api('firm.hf')
      const claim = await firm<{ id: string }>('/api/voucher-claims', {
        schemeId: scheme.id,
        requestedAmountFen: 1_000_000,
        purpose: '大型仪器机时',
      })
      const issued = await officer<{ voucher: { number: string } }>(
        `/api/voucher-claims/${claim.id}/approve`,
        {},
      )
      const voucherNumber = issued.voucher.number

      // ---- the provider publishes the instrument with its rules ----
      let instrumentId = ''
      await as('provider.sz', async (page) => {
        await openMenu(page, '我的仪器')
        await page.waitForURL(/\/instruments\/mine$/)
        await page.getByRole('link', { name: '发布仪器' }).click()
        const form = page.locator('[data-testid=instrument-form]')
        await form.waitFor()
        await page.getByLabel('中文名称').fill(instrumentName)
        await page.getByLabel('英文名称').fill(instrumentNameEn)
        await page.getByLabel('生产厂家').fill('日立高新')
        await page.getByLabel('型号').fill(`SU8220-${run}`)
        await page.getByLabel('原值（元）').fill('200000')
        await page.getByLabel('存放地点').fill('苏州工业园区若水路 1 号 A 楼 102')
        await page.getByLabel('联系人').fill('刘洋')
        await page.getByLabel('联系电话').fill('0512-62880000')
        await page.getByLabel('主要技术指标（中文）').fill('二次电子分辨率 0.8 nm（15 kV）')
        await page.getByLabel('主要技术指标（英文）').fill('Secondary-electron resolution 0.8 nm at 15 kV')
        await page.getByLabel('服务内容').fill('形貌观察、能谱分析、截面观察')
        await page.getByLabel('对内价格（元）').fill('300')
        await page.getByLabel('对外价格（元）').fill('200')
        await page.getByLabel('提前预约').fill('0')
        // opening hours default to weekdays 09:00–17:30: the weekend reads closed
        await form.locator('[data-testid=opening-day-6]').getByText('不开放').waitFor()
        await form.locator('button[type=submit]').click()
        await form.getByText('金额不得少于 ¥300,000.00').waitFor()
        await form.getByText('对外价格不得低于对内价格').waitFor()
        await page.getByLabel('原值（元）').fill('3800000')
        await page.getByLabel('对外价格（元）').fill('600')
        await snap(page, 'instruments-editor')
        await form.locator('button[type=submit]').click()
        await page.waitForURL(/\/instruments\/inst_[^/]+$/)
        instrumentId = new URL(page.url()).pathname.split('/').pop() ?? ''
        // the journey books at any hour of any day (an hour from now, weekly): the owner opens it around the clock
        await openAroundTheClock(instrumentId)
        await page.getByRole('heading', { level: 1, name: instrumentName }).waitFor()
        const prices = page.locator('[data-testid=instrument-prices]')
        await expect.poll(() => prices.textContent()).toMatch(/¥600\.00.*¥300\.00.*适用于您/)
        const feed = await page.locator('[data-testid=ics-link]').getAttribute('href')
        const ics = await page.request.get(`${baseUrl()}${feed ?? ''}`)
        expect(ics.headers()['content-type']).toContain('text/calendar')
        expect(await ics.text()).toContain(`X-WR-CALNAME:${instrumentName}`)
      })

      // ---- another firm holds the instrument on a morning nine days from now ----
      const [today] = shanghai(Date.now())
      const plusDays = (days: number) => shanghai(Date.parse(instant(today, '12:00')) + days * dayMs)[0]
      const otherFirm = await api('firm.sh')
      await otherFirm('/api/bookings', {
        instrumentId,
        startsAt: instant(plusDays(9), '10:30'),
        endsAt: instant(plusDays(9), '11:30'),
        purpose: `松江企业的样品观察 ${run}`,
      })

      // ---- the firm finds it, reads its calendar, sees the price and books ----
      const startMs = Math.ceil((Date.now() + 20 * minuteMs) / (5 * minuteMs)) * 5 * minuteMs
      const [dayA, startA] = shanghai(startMs)
      const [, endA] = shanghai(startMs + 60 * minuteMs)
      const purposeA = `类脑芯片截面观察 ${run}`
      const purposeB = `每周例行形貌检测 ${run}`
      await as('firm.hf', async (page) => {
        await openMenu(page, '仪器搜索')
        await page.waitForURL(/\/instruments$/)
        await page.getByRole('searchbox', { name: '搜索仪器' }).fill(run)
        await page.waitForURL((url) => url.searchParams.get('q') === run)
        await row(page, instrumentName).waitFor()
        await expect
          .poll(() => row(page, instrumentName).textContent())
          .toMatch(/苏州高分子材料研究院.*¥600\.00/)
        const suzhou = page.locator('[data-testid=city-counts] [data-city=SZ]')
        await expect.poll(() => suzhou.textContent()).toMatch(/苏州 1$/)
        await expect
          .poll(() => page.locator('[data-testid=city-counts] [data-city=HF]').textContent())
          .toMatch(/合肥 0$/)
        await page.locator('[data-testid=instrument-map] canvas').first().waitFor()
        await snap(page, 'instruments-search')

        // "free between": the morning another firm holds hides it, the afternoon shows it again
        await typeInPicker(page.getByLabel('空闲时段开始'), `${plusDays(9)} 10:00`)
        await page.locator('[data-testid=free-window-problem]').getByText('请同时填写').waitFor()
        await typeInPicker(page.getByLabel('空闲时段结束'), `${plusDays(9)} 11:00`)
        await page.waitForURL((url) => url.searchParams.get('freeTo') === `${plusDays(9)}T11:00`)
        await expect.poll(() => row(page, instrumentName).count()).toBe(0)
        await expect.poll(() => suzhou.textContent()).toMatch(/苏州 0$/)
        await typeInPicker(page.getByLabel('空闲时段开始'), `${plusDays(9)} 14:00`)
        await page.waitForURL((url) => url.searchParams.get('freeFrom') === `${plusDays(9)}T14:00`)
        // the page has drawn the new start (after 11:00, the end) before the end is changed
        await page.locator('[data-testid=free-window-problem]').getByText('结束须晚于开始').waitFor()
        await typeInPicker(page.getByLabel('空闲时段结束'), `${plusDays(9)} 17:00`)
        await page.waitForURL((url) => url.searchParams.get('freeTo') === `${plusDays(9)}T17:00`)
        await row(page, instrumentName).getByRole('link', { name: instrumentName }).click()
        await page.getByRole('heading', { level: 1, name: instrumentName }).waitFor()

        // the week after next holds another firm's booking: taken, not named
        const calendar = page.locator('[data-testid=week-calendar]')
        await calendar.waitFor()
        // the form opens on this week's first bookable slot (today, or tomorrow just before midnight: the instrument is
        // open around the clock) before anything is typed into it or another week is shown
        await expect.poll(() => page.getByLabel('开始时间').inputValue()).not.toBe('')
        expect([today, plusDays(1)]).toContain(await page.getByLabel('日期', { exact: true }).inputValue())
        await page.locator('[data-testid=week-next]').click()
        await calendar.locator('[data-testid=calendar-slot][data-own=false]').first().waitFor()
        expect(await calendar.locator('[data-testid=calendar-slot][data-own=true]').count()).toBe(0)
        await page.getByRole('button', { name: /今\s?天/ }).click()
        await page.waitForURL((url) => !url.searchParams.has('from'))

        // booking A: an hour from about twenty minutes from now, paid in part with the voucher
        await typeInPicker(page.getByLabel('日期', { exact: true }), dayA)
        await typeInPicker(page.getByLabel('开始时间'), startA)
        await typeInPicker(page.getByLabel('结束时间'), endA)
        await page.getByLabel('用途').fill(purposeA)
        await page.locator('[data-testid=week-calendar] [data-testid=calendar-draft]').first().waitFor()
        const quote = page.locator('[data-testid=booking-quote]')
        await expect.poll(() => quote.textContent()).toMatch(/对外价.*¥600\.00.*1 小时.*¥600\.00/)
        await choose(page, '创新券', voucherNumber)
        await expect.poll(() => quote.textContent()).toMatch(/券额支付¥300\.00.*企业自付¥300\.00/)
        expect(await quote.textContent()).toContain('券额按政策比例最多支付费用的 50%')
        await snap(page, 'instruments-booking-form')
        await page.getByRole('button', { name: '查看价格并确认' }).click()
        await dialog(page).getByText(`确认预约：${instrumentName}`).waitFor()
        await expect.poll(() => dialog(page).textContent()).toMatch(/券额支付¥300\.00.*企业自付¥300\.00/)
        await snap(page, 'instruments-booking-confirm')
        const [created] = await Promise.all([
          page.waitForRequest(
            (request) => request.method() === 'POST' && request.url().endsWith('/api/bookings'),
          ),
          dialog(page).locator('.ant-btn-primary').click(),
        ])
        expect(created.postDataJSON()).toEqual({
          instrumentId,
          startsAt: instant(dayA, startA),
          endsAt: expect.stringMatching(/\+08:00$/),
          purpose: purposeA,
          voucher: { voucherId: expect.stringMatching(/^vch_/) },
        })
        expect(created.headers()['idempotency-key']).toMatch(/^web-[0-9a-f]{32}$/)
        const outcome = page.locator('[data-testid=booking-outcome]')
        await outcome.getByText('已提交 1 个预约，等待管理方审批').waitFor()
        await page
          .locator('[data-testid=week-calendar] [data-testid=calendar-slot][data-own=true]')
          .first()
          .waitFor()

        // booking B: the same hour weekly for three weeks; the second week is taken and skipped
        await typeInPicker(page.getByLabel('日期', { exact: true }), plusDays(2))
        await typeInPicker(page.getByLabel('开始时间'), '10:00')
        await typeInPicker(page.getByLabel('结束时间'), '11:00')
        await page.getByLabel('用途').fill(purposeB)
        await page.getByText('每周重复预约同一时段').click()
        await page.getByLabel('共几周').fill('3')
        await expect.poll(() => quote.textContent()).toMatch(/每次费用¥600\.00.*3 周合计¥1,800\.00/)
        await page.getByRole('button', { name: '查看价格并确认' }).click()
        await dialog(page).getByText('跳过冲突的周次').waitFor()
        await dialog(page).locator('.ant-btn-primary').click()
        await outcome.getByText('已提交 2 个预约，等待管理方审批').waitFor()
        await page.locator('[data-testid=skipped-repeats]').getByText('有 1 个重复时段未能预约').waitFor()
        expect(await page.locator('[data-testid=skipped-repeats]').textContent()).toContain(
          '该时段（含间隔时间）已被预约',
        )
        await snap(page, 'instruments-booked')
      })

      // ---- the provider's desk: approve A, reject one weekly booking, check A in and complete it ----
      await as('provider.sz', async (page) => {
        await openMenu(page, '预约审批')
        await page.waitForURL(/\/instruments\/queue$/)
        await choose(page, '仪器', instrumentName)
        await row(page, purposeA).waitFor()
        await expect.poll(() => row(page, purposeB).count()).toBe(2)
        await expect
          .poll(() => row(page, purposeA).textContent())
          .toMatch(/合肥睿维类脑智能科技有限公司.*对外价.*¥600\.00.*券额 ¥300\.00/)
        await snap(page, 'instruments-queue')
        await row(page, purposeA)
          .getByRole('button', { name: /批\s?准/ })
          .click()
        await page.getByText('已批准该预约').waitFor()
        await row(page, purposeB)
          .first()
          .getByRole('button', { name: /拒\s?绝/ })
          .click()
        await dialog(page).locator('.ant-btn-primary').click()
        await dialog(page).getByText('此项必填').waitFor()
        await page.getByLabel('理由').fill('当周设备年度校准，请改约')
        await dialog(page).locator('.ant-btn-primary').click()
        await page.getByText('已拒绝该预约').waitFor()

        await page.locator('[data-testid=queue-views]').getByText('待签到').click()
        await row(page, purposeA)
          .getByRole('button', { name: /签\s?到/ })
          .click()
        await page.locator('.ant-popconfirm .ant-btn-primary').click()
        await page.getByText('已签到', { exact: true }).first().waitFor()

        await page.locator('[data-testid=queue-views]').getByText('使用中').click()
        await row(page, purposeA)
          .getByRole('button', { name: /完\s?成/ })
          .click()
        await page.getByLabel('实际使用时长（分钟）').fill('20')
        await dialog(page).getByText('预约时长超过实际使用时长的两倍，将记为一次违约').waitFor()
        await snap(page, 'instruments-complete')
        await dialog(page).locator('.ant-btn-primary').click()
        await page.getByText('已记录实际使用时长，预约已完成').waitFor()
        await page.locator('[data-testid=queue-views]').getByText('全部').click()
        await row(page, purposeA).getByText('已完成').waitFor()
        expect(await row(page, purposeA).textContent()).toContain('实际使用 20 分钟')
      })

      // ---- the firm rates A, cancels a weekly booking and reads its violation ----
      await as('firm.hf', async (page) => {
        await openMenu(page, '我的预约')
        await page.waitForURL(/\/instruments\/bookings$/)
        const bookingA = row(page, purposeA)
        await bookingA.getByText('已完成').waitFor()
        await bookingA.getByRole('button', { name: /评\s?价/ }).click()
        await dialog(page).locator('.ant-rate-star').nth(4).click()
        await page.getByLabel('评价意见（选填）').fill('预约顺畅，操作员专业')
        await dialog(page).locator('.ant-btn-primary').click()
        await expect.poll(() => bookingA.getByRole('button', { name: /评\s?价/ }).count()).toBe(0)
        const rejected = row(page, purposeB).filter({ hasText: '已拒绝' })
        await rejected.getByText('当周设备年度校准，请改约').waitFor()
        const waiting = row(page, purposeB).filter({ hasText: '待审批' })
        await waiting.getByRole('button', { name: '取消预约' }).click()
        await page.getByLabel('取消原因（选填）').fill('样品推迟到货')
        await dialog(page).locator('.ant-btn-primary').click()
        await page.getByText('预约已取消').waitFor()
        await row(page, purposeB).filter({ hasText: '已取消' }).getByText('样品推迟到货').waitFor()
        await snap(page, 'instruments-my-bookings')

        await page.locator('[data-testid=language-switch]').click()
        await page.getByRole('heading', { level: 1, name: 'My bookings' }).waitFor()
        await bookingA.getByText('Completed').waitFor()
        await snap(page, 'instruments-my-bookings-en-US')
        await page.locator('[data-testid=language-switch]').click()
        await page.getByRole('heading', { level: 1, name: '我的预约' }).waitFor()

        await openMenu(page, '违约记录')
        await page.waitForURL(/\/instruments\/violations$/)
        await page.locator('[data-testid=violation-table]').getByText('超量预约').first().waitFor()
        await row(page, instrumentName).waitFor()
        await snap(page, 'instruments-violations')
      })

      // ---- the sharing statistics: the provider's own instrument, and the corridor office's charts ----
      await as('provider.sz', async (page) => {
        await page.goto(`${baseUrl()}/instruments/stats?to=${dayA}&groupBy=instrument`)
        const instrumentRow = row(page, instrumentName)
        await instrumentRow.waitFor()
        // 20 minutes used, all by an external firm from another city, ¥600.00 charged, rated 5
        await expect
          .poll(() => instrumentRow.textContent())
          .toMatch(/苏州1\s*0\.3\s*0\.3\s*100\.0%\s*0\.3\s*¥600\.00\s*5\.00/)
        await snap(page, 'instruments-stats-provider')
      })
      await as('office', async (page) => {
        await openMenu(page, '共享统计')
        await page.waitForURL(/\/instruments\/stats$/)
        await page.locator('[data-testid=sharing-rate-chart] canvas').first().waitFor()
        await page.locator('[data-testid=user-city-heatmap] canvas').first().waitFor()
        await row(page, '苏州').first().waitFor()
        await page.locator('[data-testid=stats-group-by]').getByText('管理单位').click()
        await page.waitForURL((url) => url.searchParams.get('groupBy') === 'owner')
        await row(page, '苏州高分子材料研究院').waitFor()
        await snap(page, 'instruments-stats')
      })
    },
    journeyTimeoutMs,
  )
})
