// Open data over the API: every set documented column by column, CSV and Excel downloads that honour the filters,
// Excel cells typed as numbers and dates (read back with exceljs), ETags, and no private figure in any file: a
// firm's reported figures, a referral's amount and a loan drawn are given values found nowhere else, then every set
// is downloaded and searched for them.
import ExcelJS from 'exceljs'
import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { queryRows } from '../../db/client'
import { useTestApp } from '../../testing/app'
import { expectRefusal, expectStatus, send, type Json } from '../../testing/requests'
import { openDataSets } from './open-data.catalogue'

const testApp = useTestApp()
const db = () => testApp.database.db

/** Column names that would carry a firm's own or consent-gated figures. */
const privateColumns = [
  'research_spend',
  'revenue',
  'staff_count',
  'requested_amount',
  'approved_amount',
  'drawn_amount',
  'consent',
  'rate_bps',
  'contact',
  'phone',
  'score',
  'total_tenths',
  'firm_id',
  'party_id',
]

async function download(url: string, headers: Record<string, string> = {}) {
  return send(testApp, 'GET', url, undefined, undefined, headers)
}

describe('the open data catalogue', () => {
  it('documents every column of every set in both languages, with a licence and stable URLs', async () => {
    const catalogue = expectStatus(await send(testApp, 'GET', '/api/open-data'), 200) as unknown as Json[]
    expect(catalogue.map((set) => set.id)).toEqual(openDataSets.map((set) => set.id))
    for (const set of catalogue) {
      expect((set.licence as Json).code).toBe('CC-BY-4.0')
      expect(set.downloads).toEqual({
        csv: `/api/open-data/${String(set.id)}.csv`,
        xlsx: `/api/open-data/${String(set.id)}.xlsx`,
      })
      for (const column of set.columns as Json[]) {
        expect(
          String(column.descriptionZh).length,
          `${String(set.id)}.${String(column.name)}`,
        ).toBeGreaterThan(1)
        expect(String(column.descriptionEn).length).toBeGreaterThan(1)
        for (const name of privateColumns) expect(String(column.name)).not.toContain(name)
      }
    }
  })
})

describe('the downloads', () => {
  it('writes CSV with the documented header, honouring the filters it declares and refusing others', async () => {
    const csv = await download('/api/open-data/registry-firms.csv?city=HF')
    expect(csv.statusCode).toBe(200)
    expect(csv.headers['content-type']).toContain('text/csv')
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    const set = openDataSets.find((found) => found.id === 'registry-firms')
    expect(lines[0]).toBe(set?.columns.map((column) => column.name).join(','))
    const hefei = await queryRows<{ firms: number }>(
      db(),
      sql`SELECT count(*)::int AS firms FROM registry_firm_facts WHERE city_code = 'HF'`,
    )
    expect(lines.length - 1).toBe(hefei[0]?.firms)
    // a name may hold a quoted comma: the city is the field after the quoted names, before the industry
    for (const line of lines.slice(1)) expect(line).toMatch(/,HF,[a-z_]+,(yes|no),/)
    expectRefusal(
      await download('/api/open-data/registry-firms.csv?kind=voucher'),
      422,
      'INSIGHTS_DATASET_FILTER_INVALID',
    )
    expectRefusal(
      await download('/api/open-data/registry-firms.csv?city=XX'),
      422,
      'INSIGHTS_DATASET_FILTER_INVALID',
    )
    expectRefusal(await download('/api/open-data/salaries.csv'), 404, 'INSIGHTS_DATASET_NOT_FOUND')
    expectRefusal(await download('/api/open-data/flows.pdf'), 400, 'VALIDATION_FAILED')
  })

  it('answers a reader that has the file with 304, by its ETag', async () => {
    const first = await download('/api/open-data/policy-items.csv')
    const etag = String(first.headers.etag)
    expect(etag).toMatch(/^"[\w-]{20,}"$/)
    const again = await download('/api/open-data/policy-items.csv', { 'if-none-match': etag })
    expect(again.statusCode).toBe(304)
    expect(again.body).toBe('')
  })

  it('writes Excel with typed cells: yuan as numbers, days as dates, a frozen header', async () => {
    const file = await download('/api/open-data/policy-items.xlsx')
    expect(file.statusCode).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(new Uint8Array(file.rawPayload).buffer)
    const sheet = workbook.worksheets[0]
    if (sheet === undefined) throw new Error('no sheet')
    const header = (sheet.getRow(1).values as unknown[]).slice(1)
    expect(header).toContain('budget_yuan')
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    const budget = sheet.getRow(2).getCell(header.indexOf('budget_yuan') + 1)
    expect(budget.type).toBe(ExcelJS.ValueType.Number)
    expect(budget.numFmt).toBe('#,##0.00')
    const stored = await queryRows<{ budget_fen: number }>(
      db(),
      sql`SELECT budget_fen::float8 AS budget_fen FROM policy_open_items ORDER BY code LIMIT 1`,
    )
    expect(budget.value).toBe((stored[0]?.budget_fen ?? 0) / 100)
    const validFrom = sheet.getRow(2).getCell(header.indexOf('valid_from') + 1)
    expect(validFrom.type).toBe(ExcelJS.ValueType.Date)
  })
})

describe('no private figure leaves', () => {
  it('finds none of a firm’s reported figures or a loan’s amount in any set', async () => {
    const [firm] = await queryRows<{ id: string }>(db(), sql`SELECT id FROM firms ORDER BY id LIMIT 1`)
    const revenueFen = 987_654_321_987
    const researchFen = 876_543_219_876
    await db().execute(
      sql`UPDATE firms SET revenue_fen = ${revenueFen}, research_spend_fen = ${researchFen} WHERE id = ${firm?.id}`,
    )
    const drawnFen = 765_432_198
    await db().execute(
      sql`UPDATE finance_referrals SET drawn_amount_fen = ${drawnFen}, approved_amount_fen = ${drawnFen}
           WHERE id = (SELECT id FROM finance_referrals WHERE status = 'drawn' ORDER BY id LIMIT 1)`,
    )
    expectStatus(
      await send(testApp, 'POST', '/api/insights/refresh', await testApp.signIn('office'), { full: true }),
      200,
    )
    const secrets = [revenueFen, researchFen, drawnFen].flatMap((fen) => [
      String(fen),
      (fen / 100).toFixed(2),
    ])
    for (const set of openDataSets) {
      const file = await download(`/api/open-data/${set.id}.csv`)
      expect(file.statusCode, set.id).toBe(200)
      for (const secret of secrets) expect(file.body, `${set.id} holds ${secret}`).not.toContain(secret)
    }
  })
})
