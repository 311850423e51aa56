// The fund's investments as people work the list (issue 20): newest first, sortable by amount both ways without
// repeats, a total on every page, found by the number people quote, and exported as the list shows.
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { useTestApp } from '../../testing/app'
import { expectRefusal, expectStatus, field, send } from '../../testing/requests'
import { listReader } from '../../testing/lists'

const testApp = useTestApp()
const investmentsUrl = '/api/insights/fund/investments'

interface Listed {
  id: string
  number: string
  amountFen: number
  investedOn: string
  firm: { nameEn: string }
  city: { code: string; nameEn: string }
}

const { list, everyItem } = listReader<Listed>(testApp)

describe('the fund investments list', () => {
  it('opens on the newest investments, with the total, page after page without repeats', async () => {
    const office = await testApp.signIn('office')
    const listed = await everyItem(`${investmentsUrl}?city=HF&limit=7`, office)
    expect(listed.length).toBeGreaterThan(7)
    expect((await list(`${investmentsUrl}?city=HF&limit=7`, office)).total).toBe(listed.length)
    expect(new Set(listed.map((item) => item.id)).size).toBe(listed.length)
    const keys = listed.map((item) => `${item.investedOn}|${item.id}`)
    expect(keys).toEqual([...keys].sort().reverse())
  })

  it('sorts by the amount both ways and finds an investment by its number', async () => {
    const office = await testApp.signIn('office')
    const descending = await everyItem(`${investmentsUrl}?sort=-amountFen&limit=100`, office)
    const amounts = descending.map((item) => item.amountFen)
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a))
    const ascending = await everyItem(`${investmentsUrl}?sort=amountFen&limit=100`, office)
    expect(ascending.map((item) => item.id)).toEqual(descending.map((item) => item.id).reverse())
    const sample = descending[3]
    if (sample === undefined) throw new Error('no investments')
    const found = await list(`${investmentsUrl}?q=${sample.number.toLowerCase()}`, office)
    expect(found.items.map((item) => item.id)).toEqual([sample.id])
    expect(found.total).toBe(1)
  })

  it('exports what the list shows: an Excel workbook with yuan numbers and names', async () => {
    const office = await testApp.signIn('office')
    const listed = await everyItem(`${investmentsUrl}?city=HF&sort=-amountFen&limit=100`, office)
    const response = await send(
      testApp,
      'GET',
      `${investmentsUrl}/export?city=HF&sort=-amountFen&lang=en`,
      office,
    )
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-disposition']).toContain('fund-investments.xlsx')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(new Uint8Array(response.rawPayload).buffer)
    const sheet = workbook.getWorksheet('investments')
    if (sheet === undefined) throw new Error('no investments sheet')
    expect(sheet.getRow(1).getCell(7).value).toBe('Amount (yuan)')
    const amounts = listed.map((_, index) => sheet.getRow(index + 2).getCell(7))
    expect(amounts.map((cell) => cell.type)).toEqual(amounts.map(() => ExcelJS.ValueType.Number))
    expect(amounts.map((cell) => cell.value)).toEqual(listed.map((item) => item.amountFen / 100))
    expect(sheet.getRow(2).getCell(2).value).toBe(listed[0]?.firm.nameEn)
    expect(sheet.getRow(2).getCell(3).value).toBe('Hefei')
    expect(sheet.getRow(listed.length + 2).getCell(1).value).toBeNull()
  })

  it("writes a firm's own investments as CSV in Chinese, and refuses a caller who may not list them", async () => {
    const firm = await testApp.signIn('firm.hf')
    const own = await everyItem(`${investmentsUrl}?limit=100`, firm)
    const response = await send(testApp, 'GET', `${investmentsUrl}/export?format=csv`, firm)
    expect(response.statusCode).toBe(200)
    const lines = response.body
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n')
    expect(lines[0]).toContain('金额（元）')
    expect(lines).toHaveLength(own.length + 1)
    const provider = await testApp.signIn('provider.sz')
    expectRefusal(await send(testApp, 'GET', `${investmentsUrl}/export`, provider), 403, 'FORBIDDEN')
    expectRefusal(await send(testApp, 'GET', `${investmentsUrl}/export`), 401, 'AUTH_REQUIRED')
  })
})

interface WaitingReferral {
  id: string
  firm: { id: string; nameZh: string; nameEn: string }
  approvedAmountFen: number
  decidedAt: string
}

const referralsUrl = '/api/insights/fund/equity-referrals'
const referrals = listReader<WaitingReferral>(testApp)

const equityAmounts = [8_000_000_00, 3_000_000_00, 6_000_000_00]

/** Equity referrals of firm.hf that bank.hz approves one after another, so that each waits for an investment. */
beforeAll(async () => {
  const bank = await testApp.signIn('bank.hz')
  const firm = await testApp.signIn('firm.hf')
  const mark = `eq${Date.now().toString(36).slice(-5)}`
  for (const [index, approvedAmountFen] of equityAmounts.entries()) {
    const product = await send(testApp, 'POST', '/api/finance-products', bank, {
      productType: 'equity_investment',
      nameZh: `科创股权 ${mark} ${index}`,
      nameEn: `Equity ${mark} ${index}`,
      descriptionZh: '面向成长期科技企业的股权投资',
      amountMinFen: 1_000_000_00,
      amountMaxFen: 10_000_000_00,
      termMinMonths: 12,
      termMaxMonths: 60,
      rateCapBps: null,
      citiesServed: ['HF'],
      industries: [],
      stages: [],
      minScoreTenths: 0,
      requiresHighTech: false,
      requiresTechSme: false,
      riskSharePercent: null,
    })
    const need = await send(testApp, 'POST', '/api/financing-needs', firm, {
      productType: 'equity_investment',
      amountFen: approvedAmountFen,
      termMonths: 36,
      purpose: `扩产 ${mark} ${index}`,
      urgency: 'normal',
    })
    const referral = await send(testApp, 'POST', '/api/referrals', firm, {
      needId: field(expectStatus(need, 201), 'id'),
      productId: field(expectStatus(product, 201), 'id'),
      consent: true,
    })
    const referralId = field(expectStatus(referral, 201), 'id')
    expectStatus(
      await send(testApp, 'POST', `/api/referrals/${referralId}/decision`, bank, {
        decision: 'approved',
        approvedAmountFen,
        termMonths: 36,
      }),
      200,
    )
  }
})

describe('the picker of equity referrals', () => {
  it('holds the oldest decision first, counted, page after page, and sorts by the amount both ways', async () => {
    const office = await testApp.signIn('office')
    const waiting = await referrals.everyItem(`${referralsUrl}?limit=1`, office)
    expect(waiting.length).toBeGreaterThan(equityAmounts.length)
    expect(await referrals.list(`${referralsUrl}?limit=1`, office)).toMatchObject({
      total: waiting.length,
      totalIsExact: true,
    })
    expect(new Set(waiting.map((item) => item.id)).size).toBe(waiting.length)
    const keys = waiting.map((item) => `${item.decidedAt}|${item.id}`)
    expect(keys).toEqual([...keys].sort())
    const largest = await referrals.everyItem(`${referralsUrl}?sort=-approvedAmountFen&limit=1`, office)
    const amounts = largest.map((item) => item.approvedAmountFen)
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a))
    const smallest = await referrals.everyItem(`${referralsUrl}?sort=approvedAmountFen&limit=1`, office)
    expect(smallest.map((item) => item.id)).toEqual(largest.map((item) => item.id).reverse())
  })

  it("finds a referral by part of its firm's name or the beginning of its credit code", async () => {
    const office = await testApp.signIn('office')
    const sample = (await referrals.list(`${referralsUrl}?limit=1`, office)).items[0]
    if (sample === undefined) throw new Error('no equity referral waits')
    const byName = await referrals.everyItem(
      `${referralsUrl}?q=${encodeURIComponent(sample.firm.nameZh.slice(1, 5))}&limit=5`,
      office,
    )
    expect(byName.map((item) => item.id)).toContain(sample.id)
    expect(byName.every((item) => item.firm.nameZh.includes(sample.firm.nameZh.slice(1, 5)))).toBe(true)
    const firm = expectStatus(await send(testApp, 'GET', `/api/firms/${sample.firm.id}`, office), 200)
    const creditCode = String(firm.creditCode)
    const byCode = await referrals.everyItem(
      `${referralsUrl}?q=${creditCode.slice(0, 12).toLowerCase()}`,
      office,
    )
    expect(byCode.map((item) => item.id)).toContain(sample.id)
    expect(byCode.every((item) => item.firm.id === sample.firm.id)).toBe(true)
    const none = await referrals.list(`${referralsUrl}?q=${encodeURIComponent('无此企业名称')}`, office)
    expect(none).toMatchObject({ items: [], total: 0, nextCursor: null })
  })
})
