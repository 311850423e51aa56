// Flows and the integration index over the API, on the demo corridor: every matrix cell equals the sum of its
// records, the published index equals the index recomputed from the records, new weights from a month leave the
// months before it unchanged, and each caller sees only the records within its reach.
import { describe, expect, it } from 'vitest'
import { shanghaiDateOf } from '../../platform/calendar'
import { useTestApp } from '../../testing/app'
import { expectRefusal, expectStatus, send, type Json } from '../../testing/requests'
import { indexFigureOf, type Shares } from './integration-index'
import { flowKinds, type FlowKind } from './insights.states'
import type { IndexWeights } from './insights.tables'
import { addMonths, monthOf } from './period'

const testApp = useTestApp()
const thisMonth = monthOf(shanghaiDateOf())
const lastTwelve = `${addMonths(thisMonth, -11).slice(0, 7)}..${thisMonth.slice(0, 7)}`
const pagesMax = 200

interface Cell {
  fromCityCode: string
  toCityCode: string
  value: number | null
  records: number
  suppressed: boolean
}

async function office() {
  return testApp.signIn('office')
}

async function matricesOf(cookie: string | undefined, query: string): Promise<Json[]> {
  const body = expectStatus(await send(testApp, 'GET', `/api/insights/flows?${query}`, cookie), 200)
  return body.matrices as Json[]
}

/** Every record of a filter, page after page: their count and sum, and the totals the API gave. */
async function recordsOf(cookie: string, query: string) {
  let cursor: string | null = null
  let records = 0
  let value = 0
  const items: Json[] = []
  for (let page = 0; page < pagesMax; page++) {
    const url: string = `/api/insights/flows/records?${query}&limit=100${cursor === null ? '' : `&cursor=${cursor}`}`
    const body = expectStatus(await send(testApp, 'GET', url, cookie), 200)
    const totals = body.totals as Json
    for (const item of body.items as Json[]) {
      records += 1
      value += item.value as number
      items.push(item)
    }
    cursor = body.nextCursor as string | null
    if (cursor === null) return { records, value, totals, items }
  }
  throw new Error('too many pages')
}

async function refreshAll() {
  expectStatus(await send(testApp, 'POST', '/api/insights/refresh', await office(), { full: true }), 200)
}

describe('the flow matrices', () => {
  it('has activity of every kind in the demo year, and cross-city activity in most', async () => {
    await refreshAll()
    const matrices = await matricesOf(await office(), `period=${lastTwelve}`)
    expect(matrices.map((matrix) => matrix.kind)).toEqual([...flowKinds])
    for (const matrix of matrices) expect(matrix.records, String(matrix.kind)).toBeGreaterThan(0)
    expect(matrices.filter((matrix) => (matrix.cross as number) > 0).length).toBeGreaterThanOrEqual(4)
  })

  it('makes every cell the sum of its records', async () => {
    const cookie = await office()
    for (const matrix of await matricesOf(cookie, `period=${lastTwelve}`)) {
      const cells = (matrix.cells as Cell[]).slice().sort((a, b) => a.records - b.records)
      // the smallest and the largest cells, and one between, each read record by record
      const chosen = [cells[0], cells[Math.floor(cells.length / 2)], cells.at(-1)].filter(
        (cell) => cell !== undefined,
      )
      for (const cell of chosen) {
        const query = `kind=${String(matrix.kind)}&period=${lastTwelve}&from=${cell.fromCityCode}&to=${cell.toCityCode}`
        if (cell.records > pagesMax * 100) {
          const body = expectStatus(
            await send(testApp, 'GET', `/api/insights/flows/records?${query}`, cookie),
            200,
          )
          expect(body.totals).toEqual({ records: cell.records, value: cell.value })
          continue
        }
        const found = await recordsOf(cookie, query)
        expect(
          { records: found.records, value: found.value },
          `${String(matrix.kind)} ${cell.fromCityCode}→${cell.toCityCode}`,
        ).toEqual({
          records: cell.records,
          value: cell.value,
        })
        expect(found.totals).toEqual({ records: cell.records, value: cell.value })
      }
    }
  })

  it('suppresses a money cell of fewer than three records for those who cannot open it', async () => {
    const everyone = await matricesOf(undefined, `period=${lastTwelve}`)
    const forOffice = await matricesOf(await office(), `period=${lastTwelve}`)
    for (const [position, matrix] of everyone.entries()) {
      const unit = matrix.unit as string
      for (const cell of matrix.cells as Cell[]) {
        const seen = ((forOffice[position]?.cells ?? []) as Cell[]).find(
          (other) => other.fromCityCode === cell.fromCityCode && other.toCityCode === cell.toCityCode,
        )
        expect(seen?.suppressed).toBe(false)
        const hidden = unit === 'fen' && cell.records < 3
        expect(cell.suppressed).toBe(hidden)
        expect(cell.value).toBe(hidden ? null : seen?.value)
      }
    }
  })
})

describe('who sees which records', () => {
  it('refuses anonymous callers and a professional, and an officer a cell between two other cities', async () => {
    const query = `kind=voucher&period=${lastTwelve}`
    expectRefusal(await send(testApp, 'GET', `/api/insights/flows/records?${query}`), 401, 'AUTH_REQUIRED')
    const talent = await testApp.signIn('talent.hz')
    expectRefusal(
      await send(testApp, 'GET', `/api/insights/flows/records?${query}`, talent),
      403,
      'FORBIDDEN',
    )
    const officer = await testApp.signIn('officer.hf')
    for (const outside of ['from=SZ&to=HZ', 'city=SZ'])
      expectRefusal(
        await send(testApp, 'GET', `/api/insights/flows/records?${query}&${outside}`, officer),
        403,
        'INSIGHTS_CELL_OUT_OF_REACH',
      )
  })

  it('gives an officer the records touching its city, and a firm or provider only its own', async () => {
    const officer = await testApp.signIn('officer.hf')
    const seen = await recordsOf(officer, `kind=voucher&period=${lastTwelve}&from=HF`)
    expect(seen.records).toBeGreaterThan(0)
    for (const item of seen.items) expect(item.fromCityCode).toBe('HF')
    const anyHefei = await recordsOf(officer, `kind=case&period=${lastTwelve}`)
    for (const item of anyHefei.items) expect([item.fromCityCode, item.toCityCode]).toContain('HF')
    for (const username of ['firm.hf', 'provider.sz']) {
      const cookie = await testApp.signIn(username)
      const me = expectStatus(await send(testApp, 'GET', '/api/me', cookie), 200)
      for (const kind of ['voucher', 'instrument'] as const) {
        const own = await recordsOf(cookie, `kind=${kind}&period=${lastTwelve}`)
        for (const item of own.items) expect([item.partyId, item.counterpartyId]).toContain(me.organisationId)
      }
    }
  })
})

interface IndexMonth {
  month: string
  weightsId: string
  indexValue: number | null
  kinds: { kind: FlowKind; cross: number; total: number }[]
}

async function indexOf(scope: string): Promise<{ months: IndexMonth[]; versions: Json[] }> {
  const body = expectStatus(
    await send(testApp, 'GET', `/api/insights/index?scope=${scope}&period=${lastTwelve}`),
    200,
  )
  const scopes = body.scopes as { scope: string; months: IndexMonth[] }[]
  return { months: scopes[0]?.months ?? [], versions: body.weightVersions as Json[] }
}

/** A scope's shares in a month, from the records alone: the whole, less what stayed within one city. */
async function sharesFromRecords(cookie: string, scope: string, month: string): Promise<Shares> {
  const shares: Shares = {}
  const period = month.slice(0, 7)
  for (const kind of flowKinds) {
    const where = scope === 'G60' ? '' : `&city=${scope}`
    const all = await recordsOf(cookie, `kind=${kind}&period=${period}${where}`)
    if (all.value === 0) continue
    let within = 0
    for (const item of all.items) if (item.fromCityCode === item.toCityCode) within += item.value as number
    shares[kind] = { cross: all.value - within, total: all.value }
  }
  return shares
}

describe('the integration index', () => {
  it('publishes for the corridor and each city the figure its records give', async () => {
    await refreshAll()
    const cookie = await office()
    for (const scope of ['G60', 'HF']) {
      const { months, versions } = await indexOf(scope)
      const published = months.filter((month) => month.indexValue !== null).slice(-2)
      expect(published.length).toBeGreaterThan(0)
      for (const month of published) {
        const version = versions.find((candidate) => candidate.id === month.weightsId) as Json
        const shares = await sharesFromRecords(cookie, scope, month.month)
        const baseShares = await sharesFromRecords(cookie, scope, version.baseMonth as string)
        const figure = indexFigureOf(shares, baseShares, version.weights as IndexWeights)
        expect(figure.indexValue, `${scope} ${month.month}`).toBe(month.indexValue)
        for (const kind of month.kinds)
          expect(shares[kind.kind]).toEqual({ cross: kind.cross, total: kind.total })
      }
    }
  })

  it('takes new weights from a month on and leaves the months before it unchanged', async () => {
    const before = await indexOf('G60')
    const weights = { voucher: 40, instrument: 10, case: 30, credit: 10, award: 10 }
    const body = {
      effectiveFrom: thisMonth,
      baseMonth: before.versions[0]?.baseMonth,
      weights,
      note: '试行权重',
    }
    const created = expectStatus(
      await send(testApp, 'POST', '/api/insights/index/weights', await office(), body),
      201,
    )
    const after = await indexOf('G60')
    for (const month of before.months.filter((found) => found.month < thisMonth))
      expect(after.months.find((found) => found.month === month.month)).toEqual(month)
    const current = after.months.find((found) => found.month === thisMonth)
    if (current !== undefined) expect(current.weightsId).toBe(created.id)
    expectRefusal(
      await send(testApp, 'POST', '/api/insights/index/weights', await office(), body),
      422,
      'INSIGHTS_WEIGHTS_DATE_INVALID',
    )
  })

  it('refuses weights that do not add up, a past month, and anyone but the office', async () => {
    const cookie = await office()
    const base = { baseMonth: addMonths(thisMonth, -11), note: 'x' }
    const uneven = {
      ...base,
      effectiveFrom: addMonths(thisMonth, 2),
      weights: { voucher: 50, instrument: 10, case: 10, credit: 10, award: 10 },
    }
    expectRefusal(
      await send(testApp, 'POST', '/api/insights/index/weights', cookie, uneven),
      422,
      'INSIGHTS_WEIGHTS_INVALID',
    )
    const fine = { voucher: 20, instrument: 20, case: 20, credit: 20, award: 20 }
    const past = { ...base, effectiveFrom: addMonths(thisMonth, -1), weights: fine }
    expectRefusal(
      await send(testApp, 'POST', '/api/insights/index/weights', cookie, past),
      422,
      'INSIGHTS_WEIGHTS_DATE_INVALID',
    )
    const later = { ...base, effectiveFrom: addMonths(thisMonth, 3), weights: fine }
    for (const username of ['officer.hf', 'firm.hf'])
      expectRefusal(
        await send(testApp, 'POST', '/api/insights/index/weights', await testApp.signIn(username), later),
        403,
        'FORBIDDEN',
      )
    expectRefusal(
      await send(testApp, 'POST', '/api/insights/index/weights', undefined, later),
      401,
      'AUTH_REQUIRED',
    )
    expectRefusal(
      await send(testApp, 'POST', '/api/insights/index/weights', cookie, {
        ...later,
        weights: { ...fine, voucher: '20' },
      }),
      400,
      'VALIDATION_FAILED',
    )
    expectRefusal(
      await send(testApp, 'POST', '/api/insights/refresh', await testApp.signIn('officer.hf'), {
        full: false,
      }),
      403,
      'FORBIDDEN',
    )
  })
})

describe('the division of labour', () => {
  it('gives five years of location quotients and Krugman indices between 0 and 2', async () => {
    const body = expectStatus(await send(testApp, 'GET', '/api/insights/division-of-labour'), 200)
    const years = body.years as Json[]
    expect(years).toHaveLength(5)
    const last = years.at(-1) as Json
    expect(last.firms).toBeGreaterThan(0)
    const krugman = last.krugman as { pairs: Json[]; mean: number }
    expect(krugman.pairs).toHaveLength(36)
    expect(krugman.mean).toBeGreaterThan(0)
    expect(krugman.mean).toBeLessThanOrEqual(2)
    expectRefusal(
      await send(testApp, 'GET', '/api/insights/division-of-labour?basis=revenue'),
      400,
      'VALIDATION_FAILED',
    )
  })
})

describe('the demo year (what the README tells)', () => {
  it('bases the index on the demo year’s first whole month and moves it month by month', async () => {
    const { months, versions } = await indexOf('G60')
    const baseMonth = addMonths(thisMonth, -11)
    expect(versions[0]?.baseMonth).toBe(baseMonth)
    expect(months.find((month) => month.month === baseMonth)?.indexValue).toBe(100)
    const values = new Set(months.map((month) => month.indexValue).filter((value) => value !== null))
    expect(values.size).toBeGreaterThanOrEqual(10)
  })

  it('holds five years of sourced indicators, R&D intensity 3.25 % in 2022, and about 29,000 high-tech firms', async () => {
    const body = expectStatus(await send(testApp, 'GET', '/api/insights/indicators?scope=G60'), 200)
    const indicators = body.items as { code: string; series: { values: Json[] }[] }[]
    const valuesOf = (code: string) =>
      indicators.find((found) => found.code === code)?.series[0]?.values ?? []
    const research = valuesOf('rd_intensity')
    expect(research.find((value) => value.periodEnd === '2022-12-31')?.value).toBe(3.25)
    expect(research.length).toBeGreaterThanOrEqual(5)
    for (const value of research) expect(String(value.source).length).toBeGreaterThan(2)
    expect(valuesOf('high_tech_firms').at(-1)?.value).toBe(29_000)
    expect(valuesOf('cross_city_voucher_value').length).toBeGreaterThan(0)
  })

  it('has the fund’s ten backers, ¥14.1 billion committed, about 200 investments and a referral waiting', async () => {
    const office = await testApp.signIn('office')
    const fund = expectStatus(await send(testApp, 'GET', '/api/insights/fund', office), 200)
    const backers = fund.backers as { code: string; committedFen: number }[]
    expect(backers).toHaveLength(10)
    const largest = backers.slice().sort((a, b) => b.committedFen - a.committedFen)[0]
    expect(largest?.code).toBe('haitong')
    const totals = fund.totals as Record<string, number>
    expect(totals.committedFen).toBe(1_410_000_000_000)
    expect(totals.investments).toBeGreaterThanOrEqual(150)
    expect(totals.investments).toBeLessThanOrEqual(250)
    expect(totals.followOns).toBeGreaterThan(0)
    expect(totals.exits).toBeGreaterThan(0)
    const waiting = expectStatus(
      await send(testApp, 'GET', '/api/insights/fund/equity-referrals', office),
      200,
    )
    expect((waiting.items as Json[]).length).toBeGreaterThan(0)
  })
})
