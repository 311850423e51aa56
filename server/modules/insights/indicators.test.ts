// Indicators against targets over the API, on the demo corridor: the public list with R&D intensity at 3.25 % in 2022
// against the 3 % target, values entered by the office and by a city's officer for its own city, every refusal with
// its code and nothing stored, imports of a CSV and of an Excel workbook all or nothing, and the platform's measures
// recomputed equal to the same figures read straight from the views.
import { sql, type SQL } from 'drizzle-orm'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { queryRows } from '../../db/client'
import { errorCode, useTestApp } from '../../testing/app'
import { countOf } from '../../testing/database'
import { expectRefusal, expectStatus, send, type Json } from '../../testing/requests'
import { importColumns } from './indicator-files'
import { recomputePlatformMeasures } from './indicators.service'

const testApp = useTestApp()
const db = () => testApp.database.db

const listUrl = '/api/insights/indicators'
const valuesUrl = '/api/insights/indicator-values'
const importUrl = '/api/insights/indicator-values/import'

const items = (body: Json) => body.items as Json[]
const seriesList = (indicator: Json) => indicator.series as Json[]

function seriesOf(indicator: Json | undefined, scope: string): Json {
  const found = seriesList(indicator ?? { series: [] }).find((series) => series.scope === scope)
  if (found === undefined) throw new Error(`no ${scope} series in ${JSON.stringify(indicator)}`)
  return found
}

function valueIn(series: Json, periodEnd: string): Json | undefined {
  return (series.values as Json[]).find((value) => value.periodEnd === periodEnd)
}

/** A value of a year the demo data leaves free (it has the five years before the demo year's end). */
function entry(overrides: Json = {}): Json {
  return {
    indicatorCode: 'rd_intensity',
    scope: 'G60',
    periodEnd: '2019-12-31',
    value: 3.02,
    source: '长三角G60科创走廊联席办 / G60 corridor joint office',
    publishedOn: '2020-05-20',
    ...overrides,
  }
}

const valuesWhere = (condition: SQL) =>
  countOf(db(), sql`SELECT count(*) FROM insights_indicator_values WHERE ${condition}`)
const auditsOf = (action: string) =>
  countOf(db(), sql`SELECT count(*) FROM audit_log WHERE action = ${action}`)

function csvFile(rows: readonly string[], fileName = 'values.csv'): Json {
  const text = `\uFEFF${[importColumns.join(','), ...rows].join('\r\n')}\r\n`
  return { fileName, contentBase64: Buffer.from(text, 'utf8').toString('base64') }
}

describe('indicators against targets (public)', () => {
  it('shows R&D intensity at 3.25 % in 2022 against the 3 % target, with the latest value and its gap', async () => {
    const list = items(expectStatus(await send(testApp, 'GET', listUrl), 200))
    expect(list.map((indicator) => indicator.code)).toEqual(
      expect.arrayContaining([
        'rd_intensity',
        'rd_intensity_city',
        'high_tech_firms',
        'high_tech_firms_city',
        'gdp_share_national',
        'gdp',
        'leading_firms',
        'cross_city_voucher_value',
        'on_time_case_share',
      ]),
    )
    const rd = list.find((indicator) => indicator.code === 'rd_intensity')
    expect(rd).toMatchObject({ target: 3, direction: 'higher_is_better', scope: 'corridor', unitEn: '%' })
    expect(String(rd?.descriptionEn)).toContain('2.5')
    const corridor = seriesOf(rd, 'G60')
    expect(corridor).toMatchObject({ scopeNameEn: 'G60 Sci-Tech Innovation Corridor' })
    expect(valueIn(corridor, '2022-12-31')).toMatchObject({
      value: 3.25,
      gapToTarget: 0.25,
      onTrack: true,
      isSynthetic: false,
      measured: false,
    })
    const latest = corridor.latest as Json
    expect(latest.gapToTarget).toBeGreaterThan(0)
    expect(latest.onTrack).toBe(true)
    const values = corridor.values as Json[]
    expect(values.length).toBeGreaterThanOrEqual(5)
    expect(values[values.length - 1]).toEqual(latest)
    for (const value of values) {
      expect(String(value.source).trim()).not.toBe('')
      expect(String(value.publishedOn) >= String(value.periodEnd)).toBe(true)
    }
    // the high-tech firms of the latest year are the published 29,000, and the nine cities add up to them
    const firms = seriesOf(
      list.find((indicator) => indicator.code === 'high_tech_firms'),
      'G60',
    ).latest as Json
    expect(firms).toMatchObject({ value: 29_000, isSynthetic: false })
    const perCity = list.find((indicator) => indicator.code === 'high_tech_firms_city')
    expect(seriesList(perCity ?? {})).toHaveLength(9)
    const cityLatest = seriesList(perCity ?? {}).map((series) => (series.latest as Json).value as number)
    expect(cityLatest.reduce((sum, count) => sum + count, 0)).toBe(29_000)
  })

  it('lists a city’s indicators with its series alone, and one indicator with every value', async () => {
    const hefei = items(expectStatus(await send(testApp, 'GET', `${listUrl}?scope=HF`), 200))
    expect(hefei.map((indicator) => indicator.code).sort()).toEqual([
      'high_tech_firms_city',
      'rd_intensity_city',
    ])
    for (const indicator of hefei) expect(seriesList(indicator).map((series) => series.scope)).toEqual(['HF'])
    const one = expectStatus(await send(testApp, 'GET', `${listUrl}/rd_intensity_city?scope=SZ`), 200)
    expect(seriesList(one)).toHaveLength(1)
    expect(seriesOf(one, 'SZ')).toMatchObject({ scopeNameZh: '苏州' })
    expectRefusal(
      await send(testApp, 'GET', `${listUrl}/no_such_indicator`),
      404,
      'INSIGHTS_INDICATOR_NOT_FOUND',
    )
    expectRefusal(
      await send(testApp, 'GET', `${listUrl}/rd_intensity?scope=HF`),
      422,
      'INSIGHTS_INDICATOR_SCOPE_INVALID',
    )
    expectRefusal(await send(testApp, 'GET', `${listUrl}?scope=NOWHERE`), 400, 'VALIDATION_FAILED')
  })
})

describe('entering a value', () => {
  it('the office enters a value, audited; a second for the same period is refused unless replaced', async () => {
    const office = await testApp.signIn('office')
    const added = expectStatus(await send(testApp, 'POST', valuesUrl, office, entry()), 201)
    expect(added).toMatchObject({
      indicatorCode: 'rd_intensity',
      scope: 'G60',
      replaced: false,
      value: { periodEnd: '2019-12-31', value: 3.02, gapToTarget: 0.02, onTrack: true, measured: false },
    })
    expect(await auditsOf('indicator_value.create')).toBe(1)
    const again = await send(testApp, 'POST', valuesUrl, office, entry({ value: 2.98 }))
    expectRefusal(again, 409, 'INSIGHTS_INDICATOR_VALUE_DUPLICATE')
    const replaced = expectStatus(
      await send(testApp, 'POST', valuesUrl, office, entry({ value: 2.98, replace: true })),
      201,
    )
    expect(replaced).toMatchObject({
      replaced: true,
      value: { value: 2.98, gapToTarget: -0.02, onTrack: false },
    })
    expect(await auditsOf('indicator_value.replace')).toBe(1)
    const shown = expectStatus(await send(testApp, 'GET', `${listUrl}/rd_intensity`), 200)
    expect(valueIn(seriesOf(shown, 'G60'), '2019-12-31')).toMatchObject({ value: 2.98 })
  })

  it('refuses a value without a source with its code, and stores nothing', async () => {
    const office = await testApp.signIn('office')
    const before = await valuesWhere(sql`period_end = '2017-12-31'`)
    const blank = await send(
      testApp,
      'POST',
      valuesUrl,
      office,
      entry({ periodEnd: '2017-12-31', source: '  ' }),
    )
    expectRefusal(blank, 422, 'INSIGHTS_INDICATOR_VALUE_SOURCE_MISSING')
    const withoutField = entry({ periodEnd: '2017-12-31' })
    delete withoutField.source
    expectRefusal(await send(testApp, 'POST', valuesUrl, office, withoutField), 400, 'VALIDATION_FAILED')
    expect(await valuesWhere(sql`period_end = '2017-12-31'`)).toBe(before)
  })

  it('refuses a measure, a scope that does not fit, too many decimals and a publication before the period ends', async () => {
    const office = await testApp.signIn('office')
    const at2016 = (overrides: Json) =>
      entry({ periodEnd: '2016-12-31', publishedOn: '2017-05-20', ...overrides })
    const refusals: [Json, string][] = [
      [at2016({ indicatorCode: 'on_time_case_share', value: 97 }), 'INSIGHTS_INDICATOR_MEASURED'],
      [at2016({ scope: 'HF' }), 'INSIGHTS_INDICATOR_SCOPE_INVALID'],
      [at2016({ indicatorCode: 'rd_intensity_city', scope: 'G60' }), 'INSIGHTS_INDICATOR_SCOPE_INVALID'],
      [at2016({ value: 3.254 }), 'INSIGHTS_INDICATOR_VALUE_PRECISION'],
      [at2016({ indicatorCode: 'high_tech_firms', value: 27_000.5 }), 'INSIGHTS_INDICATOR_VALUE_PRECISION'],
      [at2016({ publishedOn: '2016-12-30' }), 'INSIGHTS_INDICATOR_PUBLICATION_DATE_INVALID'],
      // after today, within the years a date may take (1900 to 2200)
      [at2016({ publishedOn: '2199-01-01' }), 'INSIGHTS_INDICATOR_PUBLICATION_DATE_INVALID'],
    ]
    for (const [body, code] of refusals) {
      const response = await send(testApp, 'POST', valuesUrl, office, body)
      expect({ body, status: response.statusCode, code: errorCode(response) }).toEqual({
        body,
        status: 422,
        code,
      })
    }
    expectRefusal(
      await send(testApp, 'POST', valuesUrl, office, entry({ indicatorCode: 'no_such_indicator' })),
      404,
      'INSIGHTS_INDICATOR_NOT_FOUND',
    )
    expectRefusal(
      await send(testApp, 'POST', valuesUrl, office, entry({ value: '3.02' })),
      400,
      'VALIDATION_FAILED',
    )
    expectRefusal(
      await send(testApp, 'POST', valuesUrl, office, entry({ periodEnd: '2019-02-30' })),
      400,
      'VALIDATION_FAILED',
    )
    expect(await valuesWhere(sql`period_end = '2016-12-31'`)).toBe(0)
  })

  it('lets a city officer enter its own city’s values only, and nobody else but the office', async () => {
    const cityValue = entry({
      indicatorCode: 'rd_intensity_city',
      scope: 'HF',
      periodEnd: '2015-12-31',
      value: 3.1,
    })
    const officer = await testApp.signIn('officer.hf')
    expectRefusal(
      await send(testApp, 'POST', valuesUrl, officer, { ...cityValue, scope: 'SZ' }),
      403,
      'FORBIDDEN',
    )
    expectRefusal(
      await send(testApp, 'POST', valuesUrl, officer, entry({ periodEnd: '2015-12-31' })),
      403,
      'FORBIDDEN',
    )
    for (const username of ['firm.hf', 'provider.sz', 'bank.hz', 'station.hf']) {
      const response = await send(testApp, 'POST', valuesUrl, await testApp.signIn(username), cityValue)
      expectRefusal(response, 403, 'FORBIDDEN')
      expectRefusal(
        await send(testApp, 'POST', importUrl, await testApp.signIn(username), csvFile([])),
        403,
        'FORBIDDEN',
      )
    }
    expectRefusal(await send(testApp, 'POST', valuesUrl, undefined, cityValue), 401, 'AUTH_REQUIRED')
    expectRefusal(await send(testApp, 'POST', importUrl, undefined, csvFile([])), 401, 'AUTH_REQUIRED')
    expect(await valuesWhere(sql`period_end = '2015-12-31'`)).toBe(0)
    const own = expectStatus(await send(testApp, 'POST', valuesUrl, officer, cityValue), 201)
    expect(own).toMatchObject({ scope: 'HF', value: { value: 3.1, onTrack: true } })
    expect(await valuesWhere(sql`period_end = '2015-12-31'`)).toBe(1)
  })
})

describe('importing values from a file, all or nothing', () => {
  it('stores every row of a CSV (BOM, quoted fields, dates as Excel in Chinese writes them), audited once', async () => {
    const office = await testApp.signIn('office')
    const audits = await auditsOf('indicator_import.create')
    const file = csvFile([
      'rd_intensity,G60,2014-12-31,2.71,"联席办, 年度报告 / joint office, annual report",2015-05-10',
      'rd_intensity_city,hf,2014/12/31,3.05,合肥市统计公报,2015/3/20',
      'high_tech_firms,G60,2014-12-31,14230,联席办汇总,2015-04-30',
      ',,,,,',
    ])
    const summary = expectStatus(await send(testApp, 'POST', importUrl, office, file), 201)
    expect(summary).toMatchObject({ fileName: 'values.csv', rows: 3, inserted: 3, replaced: 0 })
    expect(await valuesWhere(sql`period_end = '2014-12-31'`)).toBe(3)
    expect(await auditsOf('indicator_import.create')).toBe(audits + 1)
    // the same file again: every row is a duplicate, unless the import replaces what is stored
    const again = await send(testApp, 'POST', importUrl, office, file)
    expectRefusal(again, 422, 'INSIGHTS_IMPORT_INVALID')
    expect(again.json<{ error: { details: Json } }>().error.details).toMatchObject({
      errorCount: 3,
      errors: [2, 3, 4].map((row) => ({ row, column: 'period_end', reason: 'duplicate' })),
    })
    const replaced = expectStatus(
      await send(testApp, 'POST', importUrl, office, { ...file, replace: true }),
      201,
    )
    expect(replaced).toMatchObject({ rows: 3, inserted: 0, replaced: 3 })
    expect(await valuesWhere(sql`period_end = '2014-12-31'`)).toBe(3)
    const hefei = expectStatus(await send(testApp, 'GET', `${listUrl}/rd_intensity_city?scope=HF`), 200)
    expect(valueIn(seriesOf(hefei, 'HF'), '2014-12-31')).toMatchObject({
      value: 3.05,
      source: '合肥市统计公报',
      publishedOn: '2015-03-20',
    })
    const quoted = expectStatus(await send(testApp, 'GET', `${listUrl}/rd_intensity`), 200)
    expect(valueIn(seriesOf(quoted, 'G60'), '2014-12-31')).toMatchObject({
      source: '联席办, 年度报告 / joint office, annual report',
    })
  })

  it('stores every row of an Excel workbook, with date cells and number cells', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('指标 values')
    sheet.addRow([...importColumns])
    const day = (text: string) => new Date(`${text}T00:00:00Z`)
    sheet.addRow(['rd_intensity_city', 'SZ', day('2013-12-31'), 3.61, '苏州市统计公报', day('2014-03-18')])
    sheet.addRow(['high_tech_firms_city', 'SZ', day('2013-12-31'), 4120, '苏州市科技局', day('2014-02-26')])
    sheet.addRow(['gdp', 'G60', '2013-12-31', '61250', '各城市统计公报', day('2014-04-02')])
    const content = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64')
    const office = await testApp.signIn('office')
    const summary = expectStatus(
      await send(testApp, 'POST', importUrl, office, { fileName: '指标.xlsx', contentBase64: content }),
      201,
    )
    expect(summary).toMatchObject({ rows: 3, inserted: 3 })
    const rows = await queryRows<{ indicator_code: string; value: string; published_on: string }>(
      db(),
      sql`SELECT indicator_code, value::text, published_on::text FROM insights_indicator_values
           WHERE period_end = '2013-12-31' ORDER BY indicator_code`,
    )
    expect(rows).toEqual([
      { indicator_code: 'gdp', value: '61250.000000', published_on: '2014-04-02' },
      { indicator_code: 'high_tech_firms_city', value: '4120.000000', published_on: '2014-02-26' },
      { indicator_code: 'rd_intensity_city', value: '3.610000', published_on: '2014-03-18' },
    ])
  })
})

describe('refusing an import, storing nothing', () => {
  it('stores nothing from a file with one bad row, and names the row, the column and the reason', async () => {
    const office = await testApp.signIn('office')
    const file = csvFile([
      'rd_intensity,G60,2012-12-31,2.5,联席办,2013-05-10',
      'rd_intensity_city,SZ,2012-12-31,3.4,,2013-03-01',
      'high_tech_firms,G60,2012-12-31,12000,联席办,2013-04-30',
    ])
    const refused = await send(testApp, 'POST', importUrl, office, file)
    expectRefusal(refused, 422, 'INSIGHTS_IMPORT_INVALID')
    expect(refused.json<{ error: { details: Json } }>().error.details).toMatchObject({
      rows: 3,
      errorCount: 1,
      errors: [{ row: 3, column: 'source', reason: 'source_missing' }],
    })
    expect(await valuesWhere(sql`period_end = '2012-12-31'`)).toBe(0)
    // an officer's file with another city's row: that row is refused, and so the whole file
    const officer = await testApp.signIn('officer.hf')
    const mixed = await send(
      testApp,
      'POST',
      importUrl,
      officer,
      csvFile([
        'rd_intensity_city,HF,2012-12-31,3.2,合肥市统计公报,2013-03-01',
        'rd_intensity_city,SZ,2012-12-31,3.4,苏州市统计公报,2013-03-01',
        'rd_intensity_city,HF,2012-12-31,3.2,合肥市统计公报,2013-03-01',
      ]),
    )
    expectRefusal(mixed, 422, 'INSIGHTS_IMPORT_INVALID')
    expect(mixed.json<{ error: { details: Json } }>().error.details).toMatchObject({
      errors: [
        { row: 3, column: 'scope', reason: 'scope_forbidden' },
        { row: 4, column: 'period_end', reason: 'duplicate_in_file' },
      ],
    })
    expect(await valuesWhere(sql`period_end = '2012-12-31'`)).toBe(0)
  })

  it('refuses a file it cannot read with its own code', async () => {
    const office = await testApp.signIn('office')
    const text = { fileName: 'values.txt', contentBase64: Buffer.from('x').toString('base64') }
    expectRefusal(await send(testApp, 'POST', importUrl, office, text), 422, 'INSIGHTS_IMPORT_FORMAT')
    const broken = {
      fileName: 'values.xlsx',
      contentBase64: Buffer.from('not a workbook').toString('base64'),
    }
    expectRefusal(await send(testApp, 'POST', importUrl, office, broken), 422, 'INSIGHTS_IMPORT_FORMAT')
    const gbk = {
      fileName: 'values.csv',
      contentBase64: Buffer.from([0xd6, 0xb8, 0xb1, 0xea]).toString('base64'),
    }
    expectRefusal(await send(testApp, 'POST', importUrl, office, gbk), 422, 'INSIGHTS_IMPORT_FORMAT')
    const header = {
      fileName: 'values.csv',
      contentBase64: Buffer.from('indicator,scope\r\nrd_intensity,G60\r\n').toString('base64'),
    }
    const misnamed = await send(testApp, 'POST', importUrl, office, header)
    expectRefusal(misnamed, 422, 'INSIGHTS_IMPORT_FORMAT')
    expect(misnamed.json<{ error: { details: Json } }>().error.details).toMatchObject({
      reason: 'header',
      unknown: ['indicator'],
    })
    expectRefusal(await send(testApp, 'POST', importUrl, office, csvFile([])), 422, 'INSIGHTS_IMPORT_FORMAT')
  })
})

describe('the platform’s own measures', () => {
  it('recomputes the cross-city voucher value and the on-time share as the views give them, per year', async () => {
    await db().transaction((transaction) => recomputePlatformMeasures(transaction, new Date()))
    const vouchers = await queryRows<{ year: number; fen: string }>(
      db(),
      sql`SELECT extract(year FROM occurred_at AT TIME ZONE 'Asia/Shanghai')::int AS year,
                 coalesce(sum(value) FILTER (WHERE from_city_code <> to_city_code), 0)::text AS fen
            FROM insights_flow_records WHERE kind = 'voucher' AND occurred_at <= now() GROUP BY 1`,
    )
    const cases = await queryRows<{ year: number; on_time: number; decided: number }>(
      db(),
      sql`SELECT extract(year FROM decided_at AT TIME ZONE 'Asia/Shanghai')::int AS year,
                 count(*) FILTER (WHERE on_time)::int AS on_time, count(*)::int AS decided
            FROM service_case_timeliness WHERE decided_at <= now() GROUP BY 1`,
    )
    expect(vouchers.some((row) => Number(row.fen) > 0)).toBe(true)
    expect(cases.length).toBeGreaterThan(0)
    const voucherSeries = seriesOf(
      expectStatus(await send(testApp, 'GET', `${listUrl}/cross_city_voucher_value`), 200),
      'G60',
    )
    expect(voucherSeries.values).toHaveLength(vouchers.length)
    for (const row of vouchers) {
      const shown = valueIn(voucherSeries, `${row.year}-12-31`)
      expect(shown).toMatchObject({
        measured: true,
        source: '长三角G60科创走廊平台记录 / G60 platform records',
      })
      expect(Math.round(Number(shown?.value) * 100)).toBe(Number(row.fen))
    }
    const caseSeries = seriesOf(
      expectStatus(await send(testApp, 'GET', `${listUrl}/on_time_case_share`), 200),
      'G60',
    )
    expect(caseSeries.values).toHaveLength(cases.length)
    for (const row of cases) {
      const shown = valueIn(caseSeries, `${row.year}-12-31`)
      expect(Number(shown?.value)).toBeCloseTo((100 * row.on_time) / row.decided, 5)
      expect(shown?.onTrack).toBe((100 * row.on_time) / row.decided >= 95)
    }
    // a second run over unchanged records changes nothing
    const again = await db().transaction((transaction) => recomputePlatformMeasures(transaction, new Date()))
    expect(again.changed).toBe(0)
  })
})
