// The G60 fund over the API, on the demo corridor: its figures add up (called = the calls = the investments, every
// breakdown and the heat map sum to the totals); the office records an investment, from an equity referral once; a
// follow-on and an exit keep their rules; every refusal has its code and changes nothing; and each role is denied
// what it may not do.
import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { queryRows } from '../../db/client'
import { addCalendarDays, shanghaiDateOf } from '../../platform/calendar'
import { useTestApp } from '../../testing/app'
import { countOf } from '../../testing/database'
import { expectRefusal, expectStatus, field, send, type Json } from '../../testing/requests'

const testApp = useTestApp()
const db = () => testApp.database.db
const today = shanghaiDateOf()
const fundUrl = '/api/insights/fund'
const investmentsUrl = `${fundUrl}/investments`

const items = (body: Json) => body.items as Json[]
const sumOf = (rows: Json[], key: string) => rows.reduce((sum, row) => sum + Number(row[key]), 0)

async function firmIdOf(username: string): Promise<string> {
  const cookie = await testApp.signIn(username)
  return field(expectStatus(await send(testApp, 'GET', '/api/me', cookie), 200), 'organisationId')
}

async function figures(username = 'office'): Promise<Json> {
  return expectStatus(await send(testApp, 'GET', fundUrl, await testApp.signIn(username)), 200)
}

/** What a refusal must leave as it was: the investments, the calls and every backer's called amount. */
async function fundState() {
  const [row] = await queryRows<{ investments: string; calls: string; called: string }>(
    db(),
    sql`SELECT (SELECT count(*) FROM fund_investments)::text AS investments,
               (SELECT coalesce(sum(amount_fen), 0) FROM fund_capital_calls)::text AS calls,
               (SELECT string_agg(code || ':' || called_fen, ',' ORDER BY code) FROM fund_backers) AS called`,
  )
  return row
}

async function invest(payload: Json, username = 'office', headers: Record<string, string> = {}) {
  return send(testApp, 'POST', investmentsUrl, await testApp.signIn(username), payload, headers)
}

describe('the fund’s figures', () => {
  it('add up: called = the calls = the investments, and every breakdown and the heat map sum to the totals', async () => {
    const body = await figures('firm.sh')
    const totals = body.totals as Json
    const backers = body.backers as Json[]
    expect(body.isSynthetic).toBe(true)
    expect(backers).toHaveLength(10)
    expect(sumOf(backers, 'calledFen')).toBe(totals.calledFen)
    expect(sumOf(backers, 'committedFen')).toBe(totals.committedFen)
    expect(totals.calledFen).toBe(totals.investedFen)
    const [calls] = await queryRows<{ total: string }>(
      db(),
      sql`SELECT coalesce(sum(amount_fen), 0)::text AS total FROM fund_capital_calls`,
    )
    expect(Number(calls?.total)).toBe(totals.calledFen)
    // each backer's called amount is the sum of its calls, within its commitment
    const mismatched = await countOf(
      db(),
      sql`SELECT count(*) FROM fund_backers b
           WHERE b.called_fen <> (SELECT coalesce(sum(c.amount_fen), 0) FROM fund_capital_calls c
                                   WHERE c.backer_code = b.code) OR b.called_fen > b.committed_fen`,
    )
    expect(mismatched).toBe(0)
    for (const key of ['byIndustry', 'byCity', 'byStage']) {
      const rows = body[key] as Json[]
      expect(sumOf(rows, 'amountFen'), key).toBe(totals.investedFen)
      expect(sumOf(rows, 'investments'), key).toBe(totals.investments)
    }
    const heatMap = body.heatMap as Json
    const cells = heatMap.cells as Json[]
    expect(cells).toHaveLength(7 * 9)
    expect(sumOf(cells, 'amountFen')).toBe(totals.investedFen)
    expect(sumOf(cells, 'investments')).toBe(totals.investments)
    expect(sumOf(body.byIndustry as Json[], 'exits')).toBe(totals.exits)
  })

  it('tell a believable story: ten backers, Haitong the largest, about two hundred investments over the seven', async () => {
    const body = await figures()
    const backers = body.backers as Json[]
    const haitong = backers.find((backer) => backer.code === 'haitong')
    expect(haitong).toMatchObject({ cityCode: null, nameZh: '海通证券股份有限公司' })
    expect(Math.max(...backers.map((backer) => Number(backer.committedFen)))).toBe(haitong?.committedFen)
    expect(new Set(backers.map((backer) => backer.cityCode)).size).toBe(10)
    const totals = body.totals as Json
    expect(totals.investments).toBeGreaterThanOrEqual(170)
    expect(totals.investments).toBeLessThanOrEqual(230)
    expect(Number(totals.followOns) / Number(totals.investments)).toBeGreaterThan(0.08)
    expect(Number(totals.followOns) / Number(totals.investments)).toBeLessThan(0.22)
    expect(totals.exits).toBeGreaterThanOrEqual(2)
    expect(Number(totals.calledFen)).toBeLessThan(Number(totals.committedFen))
    expect((body.byIndustry as Json[]).every((row) => Number(row.investments) > 0)).toBe(true)
    const cell = (industry: string, cityCode: string) =>
      Number(
        ((body.heatMap as Json).cells as Json[]).find(
          (found) => found.industry === industry && found.cityCode === cityCode,
        )?.investments,
      )
    expect(cell('integrated_circuits', 'SH-SJ') + cell('integrated_circuits', 'HF')).toBeGreaterThan(
      cell('integrated_circuits', 'XC') + cell('integrated_circuits', 'JH'),
    )
    expect(cell('new_energy_vehicles', 'HF') + cell('new_energy_vehicles', 'WH')).toBeGreaterThan(
      cell('new_energy_vehicles', 'SZ') + cell('new_energy_vehicles', 'HUZ'),
    )
    const industry = (body.byIndustry as Json[])[0]?.industry as Json
    expect(industry).toMatchObject({ code: 'integrated_circuits', nameZh: '集成电路' })
  })

  it('are read by every signed-in role, and by nobody anonymous', async () => {
    for (const username of ['officer.hf', 'provider.sz', 'bank.hz', 'station.hf', 'talent.hz'])
      await figures(username)
    expectRefusal(await send(testApp, 'GET', fundUrl), 401, 'AUTH_REQUIRED')
  })
})

describe('the investments list', () => {
  it('is newest first, pages with a hard limit, names firms in both languages, and finds by number or name', async () => {
    const office = await testApp.signIn('office')
    const first = expectStatus(await send(testApp, 'GET', `${investmentsUrl}?limit=100`, office), 200)
    const page = items(first)
    expect(page).toHaveLength(100)
    expect(first.total).toBeGreaterThan(100)
    const days = page.map((row) => String(row.investedOn))
    expect(days).toEqual([...days].sort().reverse())
    for (const row of page) {
      expect((row.firm as Json).nameZh).toMatch(/\S/)
      expect((row.firm as Json).nameEn).toMatch(/\S/)
      expect((row.city as Json).nameZh).toMatch(/\S/)
      expect(row.number).toMatch(/^G60F-\d{4}-\d{4}$/)
    }
    const cursor = encodeURIComponent(String(first.nextCursor))
    const second = items(
      expectStatus(await send(testApp, 'GET', `${investmentsUrl}?limit=100&cursor=${cursor}`, office), 200),
    )
    expect(second.length).toBeGreaterThan(0)
    expect(String(second[0]?.investedOn) <= String(days[days.length - 1])).toBe(true)
    expect(new Set([...page, ...second].map((row) => row.id)).size).toBe(page.length + second.length)
    expectRefusal(await send(testApp, 'GET', `${investmentsUrl}?limit=101`, office), 400, 'VALIDATION_FAILED')
    expectRefusal(
      await send(testApp, 'GET', `${investmentsUrl}?cursor=nonsense`, office),
      400,
      'CURSOR_INVALID',
    )
    const quoted = page[7] as Json
    const byNumber = items(
      expectStatus(await send(testApp, 'GET', `${investmentsUrl}?q=${String(quoted.number)}`, office), 200),
    )
    expect(byNumber.map((row) => row.id)).toEqual([quoted.id])
    const name = String((quoted.firm as Json).nameZh)
    const byName = items(
      expectStatus(
        await send(testApp, 'GET', `${investmentsUrl}?q=${encodeURIComponent(name)}`, office),
        200,
      ),
    )
    expect(byName.map((row) => row.id)).toContain(quoted.id)
  })

  it('filters by industry, city, stage, round and exit', async () => {
    const office = await testApp.signIn('office')
    const list = async (query: string) =>
      items(expectStatus(await send(testApp, 'GET', `${investmentsUrl}?limit=100&${query}`, office), 200))
    const biomedicine = await list('industry=biomedicine')
    expect(biomedicine.length).toBeGreaterThan(0)
    expect(biomedicine.every((row) => (row.industry as Json).code === 'biomedicine')).toBe(true)
    const hefei = await list('city=HF&stage=growth')
    expect(
      hefei.every((row) => (row.city as Json).code === 'HF' && (row.stage as Json).code === 'growth'),
    ).toBe(true)
    const followOns = await list('round=follow_on')
    expect(followOns.length).toBeGreaterThan(0)
    expect(followOns.every((row) => row.round === 'follow_on')).toBe(true)
    for (const row of followOns) expect((row.follows as Json).number).toMatch(/^G60F-\d{4}-\d{4}$/)
    const exited = await list('exited=true')
    expect(exited.length).toBe(((await figures()).totals as Json).exits)
    expect(exited.every((row) => row.exit !== null)).toBe(true)
    expectRefusal(
      await send(testApp, 'GET', `${investmentsUrl}?industry=real_estate`, office),
      400,
      'VALIDATION_FAILED',
    )
  })

  it('is the office’s, any city’s officers’ and workstations’; a firm sees its own only; others none', async () => {
    const total = (await figures()).totals as Json
    for (const username of ['officer.sh', 'station.hf']) {
      const body = expectStatus(
        await send(testApp, 'GET', investmentsUrl, await testApp.signIn(username)),
        200,
      )
      expect(body.total).toBe(total.investments)
    }
    const firmHf = await firmIdOf('firm.hf')
    const own = expectStatus(await send(testApp, 'GET', investmentsUrl, await testApp.signIn('firm.hf')), 200)
    expect(items(own).every((row) => (row.firm as Json).id === firmHf)).toBe(true)
    const firmSh = await testApp.signIn('firm.sh')
    expectRefusal(await send(testApp, 'GET', `${investmentsUrl}?firmId=${firmHf}`, firmSh), 403, 'FORBIDDEN')
    for (const username of ['provider.sz', 'bank.hz', 'talent.hz'])
      expectRefusal(
        await send(testApp, 'GET', investmentsUrl, await testApp.signIn(username)),
        403,
        'FORBIDDEN',
      )
    expectRefusal(await send(testApp, 'GET', investmentsUrl), 401, 'AUTH_REQUIRED')
  })
})

describe('one investment', () => {
  it('shows its calls per backer summing to its amount, the round it follows and that round’s follow-ons', async () => {
    const office = await testApp.signIn('office')
    const [followOn] = items(
      expectStatus(await send(testApp, 'GET', `${investmentsUrl}?round=follow_on&limit=1`, office), 200),
    )
    const detail = expectStatus(
      await send(testApp, 'GET', `${investmentsUrl}/${String(followOn?.id)}`, office),
      200,
    )
    const investment = detail.investment as Json
    const calls = detail.calls as Json[]
    expect(calls).toHaveLength(10)
    expect(sumOf(calls, 'amountFen')).toBe(investment.amountFen)
    expect(detail.callsTotalFen).toBe(investment.amountFen)
    expect((calls[0]?.backer as Json).nameZh).toMatch(/\S/)
    const follows = detail.follows as Json
    expect(follows.id).toBe((investment.follows as Json).id)
    expect((follows.firm as Json).id).toBe((investment.firm as Json).id)
    expect(follows.industry).toEqual(investment.industry)
    const followed = expectStatus(
      await send(testApp, 'GET', `${investmentsUrl}/${String(follows.id)}`, office),
      200,
    )
    expect((followed.followOns as Json[]).map((row) => row.id)).toContain(investment.id)
    expectRefusal(
      await send(testApp, 'GET', `${investmentsUrl}/fund_nothing`, office),
      404,
      'INSIGHTS_FUND_INVESTMENT_NOT_FOUND',
    )
    // a firm reads its own investments only
    const firmSh = await firmIdOf('firm.sh')
    const others = items(expectStatus(await send(testApp, 'GET', `${investmentsUrl}?limit=5`, office), 200))
    const notOwn = others.find((row) => (row.firm as Json).id !== firmSh)
    expectRefusal(
      await send(testApp, 'GET', `${investmentsUrl}/${String(notOwn?.id)}`, await testApp.signIn('firm.sh')),
      403,
      'FORBIDDEN',
    )
  })
})

describe('recording an investment (the office)', () => {
  it('calls its capital from every backer pro rata, numbers it for its year, audits it, and moves the figures', async () => {
    const before = await figures()
    const firmHf = await firmIdOf('firm.hf')
    const amountFen = 123_456_789
    const created = expectStatus(
      await invest({
        firmId: firmHf,
        industry: 'integrated_circuits',
        stage: 'early',
        amountFen,
        investedOn: today,
      }),
      201,
    )
    const investment = created.investment as Json
    expect(investment).toMatchObject({
      round: 'initial',
      amountFen,
      investedOn: today,
      follows: null,
      exit: null,
    })
    expect(investment.number).toMatch(new RegExp(`^G60F-${today.slice(0, 4)}-\\d{4}$`))
    expect((investment.city as Json).code).toBe('HF')
    expect((investment.firm as Json).id).toBe(firmHf)
    const calls = created.calls as Json[]
    expect(sumOf(calls, 'amountFen')).toBe(amountFen)
    const backers = before.backers as Json[]
    const committedFen = sumOf(backers, 'committedFen')
    for (const call of calls) {
      const backer = backers.find((found) => found.code === (call.backer as Json).code)
      const exact = (amountFen * Number(backer?.committedFen)) / committedFen
      expect(Math.abs(Number(call.amountFen) - exact)).toBeLessThan(1)
    }
    const after = await figures()
    expect((after.totals as Json).calledFen).toBe(Number((before.totals as Json).calledFen) + amountFen)
    expect((after.totals as Json).investedFen).toBe(Number((before.totals as Json).investedFen) + amountFen)
    for (const backer of after.backers as Json[]) {
      const was = backers.find((found) => found.code === backer.code)
      const call = calls.find((found) => (found.backer as Json).code === backer.code)
      expect(backer.calledFen).toBe(Number(was?.calledFen) + Number(call?.amountFen))
    }
    const audited = await countOf(
      db(),
      sql`SELECT count(*) FROM audit_log WHERE entity_id = ${String(investment.id)} AND action = 'fund_investment.invest'`,
    )
    expect(audited).toBe(1)
    const own = expectStatus(await send(testApp, 'GET', investmentsUrl, await testApp.signIn('firm.hf')), 200)
    expect(items(own).map((row) => row.id)).toContain(investment.id)
  })

  it('answers a retry with the same Idempotency-Key with the first answer, investing once', async () => {
    const firmSh = await firmIdOf('firm.sh')
    const payload = {
      firmId: firmSh,
      industry: 'artificial_intelligence',
      stage: 'seed',
      amountFen: 5_000_000_00,
      investedOn: today,
    }
    const headers = { 'idempotency-key': 'fund-retry-1' }
    const first = expectStatus(await invest(payload, 'office', headers), 201)
    const state = await fundState()
    const retry = await invest(payload, 'office', headers)
    expect(retry.statusCode).toBe(201)
    expect(retry.headers['idempotent-replayed']).toBe('true')
    expect((expectStatus(retry, 201).investment as Json).id).toBe((first.investment as Json).id)
    expect(await fundState()).toEqual(state)
  })
})

describe('refusals of an investment', () => {
  it('refuses an industry outside the seven with its code, and changes nothing', async () => {
    const firmHf = await firmIdOf('firm.hf')
    const state = await fundState()
    const base = { firmId: firmHf, stage: 'growth', amountFen: 10_000_000_00, investedOn: today }
    expectRefusal(await invest({ ...base, industry: 'real_estate' }), 422, 'INSIGHTS_FUND_INDUSTRY_OUTSIDE')
    expectRefusal(await invest({ ...base, industry: 'Semiconductors!' }), 400, 'VALIDATION_FAILED')
    expect(await fundState()).toEqual(state)
  })

  it('refuses bad input with a 4xx and its code, never coercing, and changes nothing', async () => {
    const firmHf = await firmIdOf('firm.hf')
    const state = await fundState()
    const good = {
      firmId: firmHf,
      industry: 'new_materials',
      stage: 'early',
      amountFen: 20_000_000_00,
      investedOn: today,
    }
    const refusals: [Json, number, string][] = [
      [{ ...good, amountFen: '2000000000' }, 400, 'VALIDATION_FAILED'],
      [{ ...good, amountFen: 0 }, 400, 'VALIDATION_FAILED'],
      [{ ...good, amountFen: 1_000_000.5 }, 400, 'VALIDATION_FAILED'],
      [{ ...good, amountFen: 600_000_000_000 }, 400, 'VALIDATION_FAILED'],
      [{ ...good, stage: 'mezzanine' }, 400, 'VALIDATION_FAILED'],
      [{ ...good, investedOn: '2026-02-30' }, 400, 'VALIDATION_FAILED'],
      [{ ...good, note: 'extra' }, 400, 'VALIDATION_FAILED'],
      [{ ...good, investedOn: addCalendarDays(today, 1) }, 422, 'INSIGHTS_FUND_DATE_INVALID'],
      [{ ...good, investedOn: '2019-06-30' }, 422, 'INSIGHTS_FUND_DATE_INVALID'],
      [{ ...good, firmId: 'firm_nothing' }, 404, 'FIRM_NOT_FOUND'],
      [{ ...good, referralId: 'fref_nothing' }, 404, 'INSIGHTS_FUND_REFERRAL_NOT_FOUND'],
    ]
    for (const [payload, status, code] of refusals) expectRefusal(await invest(payload), status, code)
    expect(await fundState()).toEqual(state)
  })

  it('is the office’s alone: every other role is forbidden, an anonymous caller must sign in', async () => {
    const firmHf = await firmIdOf('firm.hf')
    const state = await fundState()
    const payload = {
      firmId: firmHf,
      industry: 'biomedicine',
      stage: 'early',
      amountFen: 10_000_000_00,
      investedOn: today,
    }
    for (const username of ['firm.hf', 'officer.hf', 'provider.sz', 'bank.hz', 'station.hf', 'talent.hz'])
      expectRefusal(await invest(payload, username), 403, 'FORBIDDEN')
    expectRefusal(await send(testApp, 'POST', investmentsUrl, undefined, payload), 401, 'AUTH_REQUIRED')
    expect(await fundState()).toEqual(state)
  })
})

describe('an equity referral becoming an investment', () => {
  it('waits in the office’s queue, becomes an investment once, and is refused the second time', async () => {
    const office = await testApp.signIn('office')
    const queue = expectStatus(await send(testApp, 'GET', `${fundUrl}/equity-referrals`, office), 200)
    const referral = items(queue)[0]
    if (referral === undefined) throw new Error('the demo leaves an approved equity referral waiting')
    expect(queue.total).toBeGreaterThanOrEqual(items(queue).length)
    expect((referral.firm as Json).nameZh).toMatch(/\S/)
    expect((referral.institution as Json).nameEn).toMatch(/\S/)
    const firmId = String((referral.firm as Json).id)
    const payload = {
      firmId,
      referralId: referral.id,
      industry: 'biomedicine',
      stage: 'growth',
      amountFen: Math.max(1_000_000, Number(referral.approvedAmountFen)),
      investedOn: today,
    }
    const otherFirm =
      firmId === (await firmIdOf('firm.hf')) ? await firmIdOf('firm.sh') : await firmIdOf('firm.hf')
    expectRefusal(
      await invest({ ...payload, firmId: otherFirm }),
      422,
      'INSIGHTS_FUND_REFERRAL_FIRM_MISMATCH',
    )
    const created = expectStatus(await invest(payload), 201)
    expect((created.investment as Json).referralId).toBe(referral.id)
    expect(((created.investment as Json).city as Json).code).toBe((referral.city as Json).code)
    const after = expectStatus(await send(testApp, 'GET', `${fundUrl}/equity-referrals`, office), 200)
    expect(items(after).map((row) => row.id)).not.toContain(referral.id)
    const state = await fundState()
    expectRefusal(await invest(payload), 409, 'INSIGHTS_FUND_REFERRAL_USED')
    expect(await fundState()).toEqual(state)
  })

  it('is a queue for the office only', async () => {
    for (const username of ['officer.hf', 'bank.hz', 'station.hf', 'firm.hf'])
      expectRefusal(
        await send(testApp, 'GET', `${fundUrl}/equity-referrals`, await testApp.signIn(username)),
        403,
        'FORBIDDEN',
      )
    expectRefusal(await send(testApp, 'GET', `${fundUrl}/equity-referrals`), 401, 'AUTH_REQUIRED')
  })
})

describe('follow-ons and exits', () => {
  it('a follow-on is a later round of the same firm, at the same or a later stage, while the round is held', async () => {
    const firmSh = await firmIdOf('firm.sh')
    const initial = expectStatus(
      await invest({
        firmId: firmSh,
        industry: 'new_energy',
        stage: 'early',
        amountFen: 30_000_000_00,
        investedOn: addCalendarDays(today, -400),
      }),
      201,
    ).investment as Json
    const office = await testApp.signIn('office')
    const followOnUrl = `${investmentsUrl}/${String(initial.id)}/follow-ons`
    const followOn = (body: Json, cookie = office) => send(testApp, 'POST', followOnUrl, cookie, body)
    const later = { stage: 'growth', amountFen: 45_000_000_00, investedOn: addCalendarDays(today, -10) }
    const state = await fundState()
    expectRefusal(await followOn({ ...later, stage: 'seed' }), 422, 'INSIGHTS_FUND_FOLLOW_ON_INVALID')
    expectRefusal(
      await followOn({ ...later, investedOn: addCalendarDays(today, -500) }),
      422,
      'INSIGHTS_FUND_FOLLOW_ON_INVALID',
    )
    expectRefusal(
      await followOn({ ...later, investedOn: addCalendarDays(today, 3) }),
      422,
      'INSIGHTS_FUND_DATE_INVALID',
    )
    expectRefusal(await followOn({ ...later, industry: 'biomedicine' }), 400, 'VALIDATION_FAILED')
    expectRefusal(await send(testApp, 'POST', followOnUrl, undefined, later), 401, 'AUTH_REQUIRED')
    expectRefusal(await followOn(later, await testApp.signIn('officer.sh')), 403, 'FORBIDDEN')
    expectRefusal(
      await send(testApp, 'POST', `${investmentsUrl}/fund_nothing/follow-ons`, office, later),
      404,
      'INSIGHTS_FUND_INVESTMENT_NOT_FOUND',
    )
    expect(await fundState()).toEqual(state)
    const created = expectStatus(await followOn(later), 201)
    const round = created.investment as Json
    expect(round).toMatchObject({ round: 'follow_on', follows: { id: initial.id, number: initial.number } })
    expect(round.firm).toEqual(initial.firm)
    expect(round.city).toEqual(initial.city)
    expect(round.industry).toEqual(initial.industry)
    expect((round.stage as Json).code).toBe('growth')
    expect(created.callsTotalFen).toBe(later.amountFen)
  })

  it('an exit is recorded once, after the investment and not in the future; a round exited has no follow-on', async () => {
    const firmHf = await firmIdOf('firm.hf')
    const initial = expectStatus(
      await invest({
        firmId: firmHf,
        industry: 'new_energy_vehicles',
        stage: 'growth',
        amountFen: 80_000_000_00,
        investedOn: addCalendarDays(today, -900),
      }),
      201,
    ).investment as Json
    const office = await testApp.signIn('office')
    const exitUrl = `${investmentsUrl}/${String(initial.id)}/exit`
    const exit = {
      exitKind: 'trade_sale',
      exitedOn: addCalendarDays(today, -5),
      exitProceedsFen: 176_000_000_00,
    }
    const before = (await figures()).totals as Json
    const refused: [Json, number, string][] = [
      [{ ...exit, exitedOn: addCalendarDays(today, -901) }, 422, 'INSIGHTS_FUND_EXIT_INVALID'],
      [{ ...exit, exitedOn: addCalendarDays(today, 1) }, 422, 'INSIGHTS_FUND_EXIT_INVALID'],
      [{ ...exit, exitKind: 'bankruptcy' }, 400, 'VALIDATION_FAILED'],
      [{ ...exit, exitProceedsFen: -1 }, 400, 'VALIDATION_FAILED'],
    ]
    for (const [payload, status, code] of refused)
      expectRefusal(await send(testApp, 'POST', exitUrl, office, payload), status, code)
    expectRefusal(
      await send(testApp, 'POST', exitUrl, await testApp.signIn('station.hf'), exit),
      403,
      'FORBIDDEN',
    )
    const exited = expectStatus(await send(testApp, 'POST', exitUrl, office, exit), 200)
    expect((exited.investment as Json).exit).toEqual({
      kind: 'trade_sale',
      exitedOn: exit.exitedOn,
      proceedsFen: exit.exitProceedsFen,
    })
    expectRefusal(await send(testApp, 'POST', exitUrl, office, exit), 409, 'INSIGHTS_FUND_ALREADY_EXITED')
    const after = (await figures()).totals as Json
    expect(after.exits).toBe(Number(before.exits) + 1)
    expect(after.exitProceedsFen).toBe(Number(before.exitProceedsFen) + exit.exitProceedsFen)
    expect(after.calledFen).toBe(before.calledFen)
    expectRefusal(
      await send(testApp, 'POST', `${investmentsUrl}/${String(initial.id)}/follow-ons`, office, {
        stage: 'late',
        amountFen: 10_000_000_00,
        investedOn: today,
      }),
      422,
      'INSIGHTS_FUND_FOLLOW_ON_INVALID',
    )
  })
})

describe('a call past a commitment', () => {
  it('is refused by the database’s check with its code, naming the backer, and changes nothing', async () => {
    // Haitong has ¥10,000 of its commitment left: its share of ¥10 million is far more, of ¥30,000 less
    await db().execute(
      sql`UPDATE fund_backers SET committed_fen = called_fen + 1000000 WHERE code = 'haitong'`,
    )
    const firmHf = await firmIdOf('firm.hf')
    const payload = { firmId: firmHf, industry: 'new_materials', stage: 'growth', investedOn: today }
    const state = await fundState()
    const refused = await invest({ ...payload, amountFen: 10_000_000_00 })
    expectRefusal(refused, 409, 'INSIGHTS_FUND_CAPITAL_EXCEEDED')
    expect(refused.json()).toMatchObject({ error: { details: { backerCodes: ['haitong'] } } })
    expect(await fundState()).toEqual(state)
    const fits = expectStatus(await invest({ ...payload, amountFen: 3_000_000 }), 201)
    expect(fits.callsTotalFen).toBe(3_000_000)
  })
})
