// Insights in the browser (洞察): the corridor office opens insights home, sees the map of voucher flows drawn on the
// provinces' boundaries, drills from the map's table into the largest cross-city flow, finds the same cell in the
// flow matrix, opens its records (their count and sum as the API gives them) and exports them; reads the index, the
// division of labour (exporting its quotients), the indicators and the fund; and downloads an open data set filtered
// by city. The Hefei officer is told, not shown, the records of a cell between two other cities. Someone not signed
// in downloads from the public catalogue. Pages are read in English and at 390 px wide too.
import fs from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import {
  apiGet,
  baseUrl,
  expectNoSidewaysScroll,
  openMenu,
  settle,
  signedOutTurn,
  snap,
  snapScreen,
  switchLanguage,
  turnAs,
} from './journeys'

const journeyTimeoutMs = 600_000
const phone = { width: 390, height: 844 }

const as = (
  username: string,
  turn: (page: Page) => Promise<void>,
  viewport?: { width: number; height: number },
) => turnAs('insights', username, turn, viewport)

interface RecordTotals {
  totals: { records: number; value: number }
}

/** ¥1,234.56 from fen, the way the console writes it in Chinese. */
const yuan = (fen: number) =>
  `¥${new Intl.NumberFormat('zh-CN').format(Math.trunc(fen / 100))}.${String(fen % 100).padStart(2, '0')}`

const count = (value: number) => new Intl.NumberFormat('zh-CN').format(value)

/** Switches a chart card to its table. */
async function tableView(page: Page, card: string) {
  await page.locator(`[data-testid=${card}] .ant-segmented-item`, { hasText: '表格' }).click()
}

const downloadAttemptsMax = 3
const downloadWaitMs = 15_000

/**
 * Saves what a click downloads, and returns its name and bytes. A click on a menu item while its dropdown is still
 * opening can be lost (CI saw the menu open and no download), so the item is clicked again.
 */
async function downloadOf(page: Page, click: () => Promise<void>) {
  for (let attempt = 1; ; attempt++) {
    const pending = page.waitForEvent('download', { timeout: downloadWaitMs })
    try {
      await click()
      const saved = await pending
      const bytes = fs.readFileSync((await saved.path()) ?? '')
      return { name: saved.suggestedFilename(), bytes, text: bytes.toString('utf8') }
    } catch (error) {
      await pending.catch(() => undefined)
      if (attempt >= downloadAttemptsMax) throw error
    }
  }
}

/** Opens an export's menu and clicks its link of a format: the server writes the file with the page's filters. */
async function exportVia(page: Page, testId: string, format: 'csv' | 'xlsx') {
  const item = page.locator(`[data-testid=${testId}-${format}]`)
  // the menu may still be open from a click that was lost: then only its item is clicked again
  if (!(await item.isVisible())) await page.locator(`[data-testid=${testId}]`).click()
  await item.click()
}

async function waitForFlowMap(page: Page) {
  await page.locator('[data-testid=flow-map] canvas').first().waitFor()
  await page.waitForFunction('window.__g60FlowMapDrawn === true')
}

describe('insights', () => {
  it(
    'drills from the map into a matrix cell and its records, and downloads a data set',
    async () => {
      await as('office', async (page) => {
        // ---- insights home: the map of voucher flows, the share of each kind, the corridor's index ----
        await openMenu(page, '洞察首页')
        await waitForFlowMap(page)
        await page.locator('[data-testid=share-figures]').getByText('创新券跨城占比').waitFor()
        await page.locator('[data-testid=corridor-index-chart] canvas').first().waitFor()
        await snap(page, 'insights-home')

        // the map as a table: the largest cross-city flow first, with a button to its records
        await tableView(page, 'insights-map')
        const open = page.locator('[data-testid=flow-list] [data-testid^=flow-open-]').first()
        await open.waitFor()
        const from = (await open.getAttribute('data-from')) ?? ''
        const to = (await open.getAttribute('data-to')) ?? ''
        expect(from).not.toBe(to)
        const api = await apiGet<RecordTotals>(
          page,
          `/api/insights/flows/records?kind=voucher&from=${from}&to=${to}&limit=1`,
        )
        expect(api.totals.records).toBeGreaterThan(0)
        await open.click()

        // ---- the records behind the cell, on the flows page: their count and sum as the API gives them ----
        await page.getByRole('heading', { level: 1, name: '跨城流动矩阵' }).waitFor()
        const drawer = page.locator('[data-testid=records-drawer]')
        const totals = drawer.locator('[data-testid=records-totals]')
        await totals.getByText(yuan(api.totals.value)).waitFor()
        await totals.getByText(count(api.totals.records), { exact: true }).waitFor()
        await expect
          .poll(() => drawer.locator('[data-testid=flow-records] .ant-table-row').count())
          .toBe(Math.min(api.totals.records, 20))
        await snapScreen(page, 'insights-records')
        await page.locator('.ant-drawer-close').click()
        await drawer.waitFor({ state: 'detached' })

        // the same cell in the voucher matrix opens the same records; they export as CSV
        await page.locator('[data-testid=flow-heatmap-voucher] canvas').first().waitFor()
        await snap(page, 'insights-flows')
        await tableView(page, 'flow-card-voucher')
        await page.locator(`[data-testid=matrix-cell-${from}-${to}]`).click()
        await totals.getByText(yuan(api.totals.value)).waitFor()
        const records = await downloadOf(page, () => exportVia(page, 'records-export', 'csv'))
        expect(records.name).toMatch(/\.csv$/)
        const lines = records.text.trimEnd().split('\r\n')
        expect(lines[0]).toMatch(/^\ufeff发生时间,来源城市,去向城市,用券企业/)
        expect(lines).toHaveLength(api.totals.records + 1)
        await page.locator('.ant-drawer-close').click()
        await drawer.waitFor({ state: 'detached' })

        // the matrix exports as Excel (a zip: PK)
        const matrix = await downloadOf(page, () => exportVia(page, 'matrix-export-voucher', 'xlsx'))
        expect(matrix.name).toMatch(/\.xlsx$/)
        expect(matrix.bytes.subarray(0, 2).toString('latin1')).toBe('PK')
        await switchLanguage(page, 'Cross-city flows')
        await page
          .locator('[data-testid=flow-matrix-voucher]')
          .getByRole('columnheader', { name: 'Issuing city' })
          .waitFor()
        await snap(page, 'insights-flows-en-US')
        await switchLanguage(page, '跨城流动矩阵')

        // ---- the index, the division of labour, the indicators and the fund ----
        await openMenu(page, '一体化指数')
        await page.locator('[data-testid=index-scope-chart] canvas').first().waitFor()
        await page.locator('[data-testid=weight-versions] .ant-table-row').first().waitFor()
        await page.locator('[data-testid=weights-form]').waitFor()
        await snap(page, 'insights-index')
        await openMenu(page, '产业分工')
        await page.locator('[data-testid=quotient-heatmap] canvas').first().waitFor()
        await page.locator('[data-testid=labour-method]').getByText('区位熵（LQ）').waitFor()
        await snap(page, 'insights-labour')
        // the year's quotients as the server writes them: a row per city, Chinese names
        const quotients = await downloadOf(page, () => exportVia(page, 'quotient-export', 'csv'))
        expect(quotients.name).toMatch(/^location-quotients-firms-\d{4}\.csv$/)
        const quotientLines = quotients.text.trimEnd().split('\r\n')
        expect(quotientLines[0]).toMatch(/^\ufeff城市,/)
        expect(quotientLines).toHaveLength(9 + 1)
        await switchLanguage(page, 'Division of labour')
        await page.locator('[data-testid=labour-method]').getByText('Location quotient (LQ)').waitFor()
        await snap(page, 'insights-labour-en-US')
        await switchLanguage(page, '产业分工')
        await openMenu(page, '指标与目标')
        await page.locator('[data-testid=indicator-summary]').getByText('研发经费投入强度（走廊）').waitFor()
        await page.locator('[data-testid=indicator-trend-rd_intensity] canvas').first().waitFor()
        await snap(page, 'insights-indicators')
        await openMenu(page, 'G60 科创基金')
        await page
          .locator('[data-testid=fund-totals]')
          .getByText(/¥[\d,]+\.\d\d/)
          .first()
          .waitFor()
        await page.locator('[data-testid=fund-investments] .ant-table-row').first().waitFor()
        await snap(page, 'insights-fund')

        // ---- open data: the instruments of Hefei, as CSV ----
        await openMenu(page, '开放数据')
        const set = page.locator('[data-testid=open-data-instruments]')
        await set.waitFor()
        await set.locator('#open-data-instruments-city').click()
        // an option clicked while the list is still opening is not chosen
        await settle(page)
        await page
          .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '合肥' })
          .click()
        await expect
          .poll(() => set.locator('[data-testid=download-instruments-csv]').getAttribute('href'))
          .toBe('/api/open-data/instruments.csv?city=HF')
        const data = await downloadOf(page, () =>
          set.locator('[data-testid=download-instruments-csv]').click(),
        )
        expect(data.name).toBe('g60-instruments.csv')
        const rows = data.text.trimEnd().split('\r\n')
        expect(rows[0]).toMatch(/^\ufeffname_zh,name_en,model/)
        expect(rows.length).toBeGreaterThan(1)
        expect(rows.slice(1).every((row) => row.includes(',HF,'))).toBe(true)
        await snap(page, 'insights-open-data')
      })
    },
    journeyTimeoutMs,
  )

  it('tells the Hefei officer that a cell between two other cities is out of reach', async () => {
    await as('officer.hf', async (page) => {
      await page.goto(`${baseUrl()}/insights/flows?kind=voucher&records=voucher&from=SZ&to=HZ`)
      const refusal = page.locator('[data-testid=records-out-of-reach]')
      await refusal.getByText('只能查看与本市相关的跨城明细').waitFor()
      expect(await page.locator('[data-testid=flow-records]').count()).toBe(0)
      await snapScreen(page, 'insights-records-out-of-reach')
    })
  })

  it('fits a phone: insights home and the flows at 390 px, in both languages', async () => {
    await as(
      'office',
      async (page) => {
        await page.goto(`${baseUrl()}/insights`)
        await page.getByRole('heading', { level: 1, name: '洞察首页' }).waitFor()
        await waitForFlowMap(page)
        await settle(page)
        await expectNoSidewaysScroll(page)
        await snap(page, 'insights-home-390')
        await switchLanguage(page, 'Insights home')
        await expectNoSidewaysScroll(page)
        await snap(page, 'insights-home-390-en-US')
        await page.goto(`${baseUrl()}/insights/flows?kind=voucher`)
        await page.getByRole('heading', { level: 1, name: 'Cross-city flows' }).waitFor()
        // a phone shows the matrix as its table first
        await page.locator('[data-testid=flow-matrix-voucher] .ant-table-row').first().waitFor()
        await expectNoSidewaysScroll(page)
        await snap(page, 'insights-flows-390-en-US')
        await switchLanguage(page, '跨城流动矩阵')
        await expectNoSidewaysScroll(page)
        await snap(page, 'insights-flows-390')
      },
      phone,
    )
  })

  it('offers the open data catalogue to someone not signed in', async () => {
    await signedOutTurn('insights', 'open-data', async (page) => {
      await page.goto(`${baseUrl()}/open-data`)
      await page.getByRole('heading', { level: 1, name: '开放数据' }).waitFor()
      const flows = page.locator('[data-testid=open-data-flows]')
      await flows.getByText('知识共享署名 4.0 国际许可协议', { exact: false }).waitFor()
      const data = await downloadOf(page, () => flows.locator('[data-testid=download-flows-xlsx]').click())
      expect(data.name).toBe('g60-flows.xlsx')
      expect(data.bytes.subarray(0, 2).toString('latin1')).toBe('PK')
      await snap(page, 'insights-open-data-public')
      await switchLanguage(page, 'Open data')
      await snap(page, 'insights-open-data-public-en-US')
    })
    await signedOutTurn(
      'insights',
      'open-data-390',
      async (page) => {
        await page.goto(`${baseUrl()}/open-data`)
        await page.locator('[data-testid=open-data-flows]').waitFor()
        await expectNoSidewaysScroll(page)
        await snap(page, 'insights-open-data-public-390')
      },
      phone,
    )
  })
})
