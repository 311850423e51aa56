// The insights figures as files (issue 20): each statistic's export answers CSV and an Excel workbook in both
// languages with the numbers its GET gives (yuan, hours and shares as numbers, cities by name), and refuses whom the
// GET refuses.
import ExcelJS from 'exceljs'
import type { LightMyRequestResponse } from 'fastify'
import { describe, expect, it } from 'vitest'
import { shanghaiDateOf } from '../../platform/calendar'
import { useTestApp } from '../../testing/app'
import { csvLines, workbookSheet } from '../../testing/lists'
import { expectRefusal, expectStatus, send, type Json } from '../../testing/requests'
import { cityCodes, cityReferences } from '../registry'
import { addMonths, monthOf } from './period'

const testApp = useTestApp()
const thisMonth = monthOf(shanghaiDateOf())
const lastTwelve = `${addMonths(thisMonth, -11).slice(0, 7)}..${thisMonth.slice(0, 7)}`

interface Cell {
  fromCityCode: string
  toCityCode: string
  value: number | null
  records: number
  suppressed: boolean
}

async function getJson(path: string, cookie?: string): Promise<Json> {
  return expectStatus(await send(testApp, 'GET', path, cookie), 200)
}

/** The file an export answers, checked to be the format asked for. */
async function download(path: string, cookie?: string): Promise<LightMyRequestResponse> {
  const response = await send(testApp, 'GET', path, cookie)
  expect(response.statusCode, response.body.slice(0, 300)).toBe(200)
  const csv = path.includes('format=csv')
  expect(response.headers['content-type']).toContain(csv ? 'text/csv' : 'spreadsheetml')
  return response
}

/** Every row of a sheet below its header, as plain values. */
function sheetRows(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = []
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber > 1) rows.push((row.values as unknown[]).slice(1))
  })
  return rows
}

const headerOf = (sheet: ExcelJS.Worksheet) => (sheet.getRow(1).values as unknown[]).slice(1)

describe('the flow matrices and their records as files', () => {
  it('writes a money matrix in yuan with the cities by name, in the order asked for', async () => {
    const office = await testApp.signIn('office')
    const query = `kind=voucher&period=${lastTwelve}`
    const matrices = (await getJson(`/api/insights/flows?${query}`, office)).matrices as Json[]
    const cells = (matrices[0]?.cells ?? []) as Cell[]
    expect(cells.length).toBeGreaterThan(1)

    const workbook = await download(`/api/insights/flows/export?${query}&lang=en`, office)
    const sheet = await workbookSheet(workbook.rawPayload, 'voucher')
    expect(headerOf(sheet)).toEqual([
      'Issuing city',
      'Provider city',
      'Amount (yuan)',
      'Records',
      'Suppressed',
    ])
    const rows = sheetRows(sheet)
    expect(rows).toHaveLength(cells.length)
    const yuanByPair = new Map(cells.map((cell) => [`${cell.fromCityCode}>${cell.toCityCode}`, cell]))
    const hefeiToSuzhou = rows.find((row) => row[0] === 'Hefei' && row[1] === 'Suzhou')
    const cell = yuanByPair.get('HF>SZ')
    expect(hefeiToSuzhou?.slice(2, 4)).toEqual([(cell?.value ?? 0) / 100, cell?.records])
    expect(rows.reduce((sum, row) => sum + Number(row[3]), 0)).toBe(matrices[0]?.records)

    const csv = await download(`/api/insights/flows/export?${query}&format=csv&order=largest`, office)
    const lines = csvLines(csv.body)
    expect(lines[0]).toBe('发券城市,服务机构城市,金额（元）,笔数,是否不公开')
    expect(lines).toHaveLength(cells.length + 1)
    const largest = [...cells]
      .filter((entry) => entry.fromCityCode !== entry.toCityCode)
      .sort((first, second) => (second.value ?? -1) - (first.value ?? -1))[0]
    const yuan = ((largest?.value ?? 0) / 100).toFixed(2)
    expect(lines[1]).toMatch(new RegExp(`^[^,]+,[^,]+,${yuan},${largest?.records},公开$`))
  })

  it('writes instrument time in hours and suppresses for an anonymous caller what the matrix suppresses', async () => {
    const query = `kind=instrument&period=${lastTwelve}`
    const matrix = ((await getJson(`/api/insights/flows?${query}`)).matrices as Json[])[0]
    const cells = (matrix?.cells ?? []) as Cell[]
    const sheet = await workbookSheet(
      (await download(`/api/insights/flows/export?${query}`)).rawPayload,
      'instrument',
    )
    expect(headerOf(sheet)[2]).toBe('时长（小时）')
    const byNumber = (first: unknown, second: unknown) => Number(first) - Number(second)
    const hours = sheetRows(sheet).map((row) => row[2] ?? null)
    expect(hours.sort(byNumber)).toEqual(
      cells
        .map((cell) => (cell.value === null ? null : Math.round((cell.value / 60) * 10) / 10))
        .sort(byNumber),
    )
    const money = await download(`/api/insights/flows/export?kind=credit&period=${lastTwelve}&format=csv`)
    const credit = (
      (await getJson(`/api/insights/flows?kind=credit&period=${lastTwelve}`)).matrices as Json[]
    )[0]
    const suppressed = ((credit?.cells ?? []) as Cell[]).filter((cell) => cell.suppressed).length
    expect(csvLines(money.body).filter((line) => line.endsWith(',不公开'))).toHaveLength(suppressed)
  })

  it("writes a cell's records within the caller's reach, and refuses whom the records refuse", async () => {
    const officer = await testApp.signIn('officer.hf')
    const query = `kind=voucher&period=${lastTwelve}&from=HF`
    const answer = await getJson(`/api/insights/flows/records?${query}&limit=1`, officer)
    const totals = answer.totals as { records: number; value: number }
    expect(totals.records).toBeGreaterThan(0)

    const csv = csvLines(
      (await download(`/api/insights/flows/records/export?${query}&format=csv`, officer)).body,
    )
    expect(csv[0]).toBe('发生时间,来源城市,去向城市,用券企业,服务机构,金额（元）')
    expect(csv).toHaveLength(totals.records + 1)
    expect(csv.slice(1).every((line) => line.split(',')[1] === '合肥')).toBe(true)

    const workbook = await download(`/api/insights/flows/records/export?${query}&lang=en`, officer)
    expect(workbook.headers['x-export-truncated']).toBe('false')
    const rows = sheetRows(await workbookSheet(workbook.rawPayload, 'records'))
    const sumFen = rows.reduce((sum, row) => sum + Math.round(Number(row[5]) * 100), 0)
    expect(sumFen).toBe(totals.value)
    const first = (answer.items as Json[])[0]
    expect(rows[0]?.slice(1, 4)).toEqual([
      'Hefei',
      expect.any(String),
      first?.partyNameEn ?? first?.partyNameZh,
    ])

    const path = `/api/insights/flows/records/export?kind=voucher&period=${lastTwelve}`
    expectRefusal(await send(testApp, 'GET', path), 401, 'AUTH_REQUIRED')
    expectRefusal(await send(testApp, 'GET', path, await testApp.signIn('talent.hz')), 403, 'FORBIDDEN')
    expectRefusal(
      await send(testApp, 'GET', `${path}&from=SZ&to=HZ`, officer),
      403,
      'INSIGHTS_CELL_OUT_OF_REACH',
    )
  })
})

describe('the integration index as files', () => {
  it("writes a scope's months with the index, contributions and shares as numbers", async () => {
    const series = await getJson(`/api/insights/index?period=${lastTwelve}&scope=HF`)
    const months = ((series.scopes as Json[])[0]?.months ?? []) as Json[]
    expect(months.length).toBeGreaterThan(0)
    const sheet = await workbookSheet(
      (await download(`/api/insights/index/export?period=${lastTwelve}&scope=HF&lang=en`)).rawPayload,
      'HF',
    )
    expect(headerOf(sheet).slice(0, 3)).toEqual(['Month', 'Index', 'Vouchers contribution'])
    expect(headerOf(sheet)[7]).toBe('Vouchers cross-city share')
    const rows = sheetRows(sheet)
    const sorted = [...months].sort((first, second) =>
      String(first.month).localeCompare(String(second.month)),
    )
    expect(rows.map((row) => row[0])).toEqual(sorted.map((month) => String(month.month).slice(0, 7)))
    expect(rows.map((row) => row[1] ?? null)).toEqual(sorted.map((month) => month.indexValue))
    const voucherShare = (month: Json | undefined) =>
      ((month?.kinds ?? []) as Json[]).find((kind) => kind.kind === 'voucher')?.share ?? null
    expect(rows[0]?.[7] ?? null).toBe(voucherShare(sorted[0]))
    const shared = rows.findIndex((row) => typeof row[7] === 'number')
    expect(sheet.getCell(`H${shared + 2}`).numFmt).toBe('0.00%')

    const csv = csvLines((await download(`/api/insights/index/export?period=${lastTwelve}&format=csv`)).body)
    expect(csv[0]?.startsWith('月份,指数,创新券贡献')).toBe(true)
  })

  it('writes every scope side by side, the corridor first', async () => {
    const series = await getJson(`/api/insights/index?period=${lastTwelve}`)
    const corridor = (series.scopes as Json[]).find((scope) => scope.scope === 'G60')
    const csv = csvLines(
      (await download(`/api/insights/index/scopes/export?period=${lastTwelve}&format=csv`)).body,
    )
    expect(csv).toHaveLength(12 + 1)
    expect(csv[0]?.split(',').slice(0, 3)).toEqual(['月份', '走廊整体', '上海（松江）'])
    const sheet = await workbookSheet(
      (await download(`/api/insights/index/scopes/export?period=${lastTwelve}&lang=en`)).rawPayload,
      'scopes',
    )
    expect(headerOf(sheet).slice(0, 2)).toEqual(['Month', 'The corridor'])
    const byMonth = new Map(
      ((corridor?.months ?? []) as Json[]).map((month) => [
        String(month.month).slice(0, 7),
        month.indexValue,
      ]),
    )
    for (const row of sheetRows(sheet)) expect(row[1] ?? null).toBe(byMonth.get(String(row[0])) ?? null)
  })
})

describe('the division of labour as files', () => {
  it("writes a year's quotients and Krugman indices, and the mean by year, with the figures of the GET", async () => {
    const labour = await getJson('/api/insights/division-of-labour?basis=high_tech_firms')
    const years = labour.years as Json[]
    const latest = [...years].sort((first, second) => Number(second.year) - Number(first.year))[0]
    const quotient = ((latest?.quotients ?? []) as Json[]).find((entry) => entry.cityCode === 'HF')
    const industry = (labour.industries as Json[]).findIndex((entry) => entry.code === quotient?.industryCode)

    const quotients = await workbookSheet(
      (await download('/api/insights/division-of-labour/quotients/export?basis=high_tech_firms&lang=en'))
        .rawPayload,
      'quotients',
    )
    expect(headerOf(quotients)[industry + 1]).toBe((labour.industries as Json[])[industry]?.nameEn)
    const hefei = sheetRows(quotients).find((row) => row[0] === 'Hefei')
    expect(hefei?.[industry + 1]).toBe(quotient?.quotient)

    const year = Number(years[0]?.year)
    const krugman = csvLines(
      (await download(`/api/insights/division-of-labour/krugman/export?year=${year}&format=csv`)).body,
    )
    expect(krugman).toHaveLength(9 + 1)
    expect(krugman[1]?.split(',')[1]).toBe('0')
    const firms = (await getJson('/api/insights/division-of-labour')).years as Json[]
    const pair = ((firms.find((entry) => entry.year === year)?.krugman as Json).pairs as Json[])[0]
    const pairSheet = await workbookSheet(
      (await download(`/api/insights/division-of-labour/krugman/export?year=${year}`)).rawPayload,
      'krugman',
    )
    expect(headerOf(pairSheet).slice(1)).toEqual(cityReferences.map((city) => city.nameZh))
    const row = sheetRows(pairSheet)[cityCodes.indexOf(String(pair?.firstCityCode))]
    expect(row?.[cityCodes.indexOf(String(pair?.secondCityCode)) + 1]).toBe(pair?.index)

    const trend = sheetRows(
      await workbookSheet(
        (await download('/api/insights/division-of-labour/trend/export')).rawPayload,
        'krugman by year',
      ),
    )
    expect(trend.map((entry) => entry.slice(0, 2))).toEqual(
      [...firms]
        .sort((first, second) => Number(first.year) - Number(second.year))
        .map((entry) => [entry.year, (entry.krugman as Json).mean]),
    )
  })
})

describe('the fund figures as files', () => {
  it('writes the backers, the portfolio and the stages in yuan, and asks who it is', async () => {
    const firm = await testApp.signIn('firm.hf')
    const figures = await getJson('/api/insights/fund', firm)
    const backers = figures.backers as Json[]
    const sheet = await workbookSheet(
      (await download('/api/insights/fund/backers/export?lang=en', firm)).rawPayload,
      'backers',
    )
    expect(headerOf(sheet)).toEqual([
      'Backer',
      'Committed (yuan)',
      'Called (yuan)',
      'Still to call (yuan)',
      'Committed on',
    ])
    expect(sheetRows(sheet).map((row) => row.slice(0, 4))).toEqual(
      backers.map((backer) => [
        backer.nameEn,
        Number(backer.committedFen) / 100,
        Number(backer.calledFen) / 100,
        Number(backer.remainingFen) / 100,
      ]),
    )

    const cells = ((figures.heatMap as Json).cells as Json[]).filter((cell) => Number(cell.investments) > 0)
    const portfolio = csvLines((await download('/api/insights/fund/portfolio/export?format=csv', firm)).body)
    expect(portfolio[0]).toBe('产业,城市,投资笔数,金额（元）')
    expect(portfolio).toHaveLength(cells.length + 1)
    const cellsFen = cells.reduce((sum, cell) => sum + Number(cell.amountFen), 0)
    expect(
      portfolio.slice(1).reduce((sum, line) => sum + Math.round(Number(line.split(',')[3]) * 100), 0),
    ).toBe(cellsFen)

    const stages = csvLines(
      (await download('/api/insights/fund/stages/export?format=csv&lang=en', firm)).body,
    )
    expect(stages.slice(1).map((line) => line.split(',')[0])).toEqual(
      (figures.byStage as Json[]).map((row) => (row.stage as Json).nameEn),
    )
    expectRefusal(await send(testApp, 'GET', '/api/insights/fund/backers/export'), 401, 'AUTH_REQUIRED')
  })
})

describe('an indicator as a file', () => {
  it('writes every value of the GET with its target and gap, the scope by name', async () => {
    const indicator = await getJson('/api/insights/indicators/rd_intensity')
    const values = (indicator.series as Json[]).flatMap((series) =>
      ((series.values ?? []) as Json[]).map((value) => [series.scopeNameEn, value.value, value.gapToTarget]),
    )
    expect(values.length).toBeGreaterThan(0)
    const sheet = await workbookSheet(
      (await download('/api/insights/indicators/rd_intensity/export?lang=en')).rawPayload,
      'rd_intensity',
    )
    expect(headerOf(sheet)[2]).toBe(`Value (${String(indicator.unitEn)})`)
    expect(sheetRows(sheet).map((row) => [row[0], row[2], row[4] ?? null])).toEqual(values)
    const csv = csvLines((await download('/api/insights/indicators/rd_intensity/export?format=csv')).body)
    expect(csv[0]).toBe(`范围,统计期末,数值（${String(indicator.unitZh)}）,目标值,与目标差距,来源,发布日期`)
    expect(csv).toHaveLength(values.length + 1)
    expectRefusal(
      await send(testApp, 'GET', '/api/insights/indicators/no_such_thing/export'),
      404,
      'INSIGHTS_INDICATOR_NOT_FOUND',
    )
  })
})
