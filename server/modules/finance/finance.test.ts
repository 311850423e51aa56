// Tech finance through the API: products, scores with dated parameters, matching with reasons, consent-gated
// referrals to drawdown, workstation cases, figures; the denials and bad input of the issue.
import { sql } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { errorCode, useTestApp } from '../../testing/app'
import { countOf } from '../../testing/database'
import { expectRefusal, expectStatus, field, send } from '../../testing/requests'
import { defaultParameters } from './scores.service'

type Json = Record<string, unknown>

const testApp = useTestApp()
let office: string
let bank: string
let otherBank: string
let firmHefei: string
let firmShanghai: string
let station: string
let firmHefeiId: string
let bankId: string

const today = new Date(Date.now() + 8 * 60 * 60 * 1000).toISOString().slice(0, 10)
const dayAfter = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10)

function product(overrides: Json = {}): Json {
  return {
    productType: 'credit_loan',
    nameZh: '科创信用贷',
    nameEn: 'Sci-tech credit loan',
    descriptionZh: '面向科技型中小企业的纯信用贷款',
    amountMinFen: 1_000_000_00,
    amountMaxFen: 5_000_000_00,
    rateCapBps: 100,
    termMinMonths: 6,
    termMaxMonths: 36,
    citiesServed: ['HF', 'SZ', 'HZ'],
    industries: [],
    stages: [],
    minScoreTenths: 0,
    requiresHighTech: false,
    requiresTechSme: false,
    riskSharePercent: 20,
    ...overrides,
  }
}

beforeAll(async () => {
  office = await testApp.signIn('office')
  bank = await testApp.signIn('bank.hz')
  firmHefei = await testApp.signIn('firm.hf')
  firmShanghai = await testApp.signIn('firm.sh')
  station = await testApp.signIn('station.hf')
  firmHefeiId = field(expectStatus(await send(testApp, 'GET', '/api/me', firmHefei), 200), 'organisationId')
  bankId = field(expectStatus(await send(testApp, 'GET', '/api/me', bank), 200), 'organisationId')
  const institutions = expectStatus(await send(testApp, 'GET', '/api/institutions?limit=20'), 200)
  const other = (institutions.items as Json[]).find((item) => item.id !== bankId)
  expectStatus(
    await send(testApp, 'POST', '/api/users', office, {
      username: 'bank.other.test',
      password: 'another-bank-pass',
      displayNameZh: '另一家机构',
      displayNameEn: 'Another institution',
      role: 'financier',
      cityCode: String(other?.cityCode),
      organisationId: String(other?.id),
    }),
    201,
  )
  otherBank = await testApp.signIn('bank.other.test', 'another-bank-pass')
})

describe('scores', () => {
  it('record values with source and date, show each contribution, and let a firm self-report only', async () => {
    // Newer than any value of the seed (its newest describes a year-end at least a month back), so these count.
    const asOf = dayAfter(today, -1)
    const recorded = expectStatus(
      await send(testApp, 'POST', `/api/firms/${firmHefeiId}/indicators`, station, {
        values: [
          { code: 'rd_spend', value: 10_000_000_00, source: 'tax_bureau', asOf },
          { code: 'rd_intensity', value: 12, source: 'audited_report', asOf },
          { code: 'invention_patents', value: 5, source: 'ip_office', asOf },
          { code: 'graduates_hired', value: 50, source: 'tax_bureau', asOf },
        ],
      }),
      200,
    )
    const rdSpend = (recorded.contributions as Json[]).find((item) => item.code === 'rd_spend')
    expect(rdSpend).toMatchObject({
      value: 10_000_000_00,
      source: 'tax_bureau',
      asOf,
      attainment: 0.5,
    })
    expect(recorded.totalTenths).toBe(
      (recorded.contributions as Json[]).reduce((sum, item) => sum + Number(item.pointsTenths), 0),
    )
    const selfReported = await send(testApp, 'POST', `/api/firms/${firmHefeiId}/indicators`, firmHefei, {
      values: [{ code: 'revenue', value: 1, source: 'tax_bureau', asOf }],
    })
    expect(errorCode(selfReported)).toBe('INDICATOR_SOURCE_NOT_ALLOWED')
    const indicatorValues = sql`SELECT count(*) AS count FROM firm_indicator_values`
    const recordedBefore = await countOf(testApp.database.db, indicatorValues)
    // two days ahead of the test's today: still after the server's today if the run crosses midnight
    const ahead = await send(testApp, 'POST', `/api/firms/${firmHefeiId}/indicators`, station, {
      values: [{ code: 'revenue', value: 1, source: 'tax_bureau', asOf: dayAfter(today, 2) }],
    })
    expectRefusal(ahead, 422, 'INDICATOR_AS_OF_IN_FUTURE')
    expect(await countOf(testApp.database.db, indicatorValues)).toBe(recordedBefore)
    expect(errorCode(await send(testApp, 'GET', `/api/firms/${firmHefeiId}/score`, bank))).toBe('FORBIDDEN')
    expect(errorCode(await send(testApp, 'GET', `/api/firms/${firmHefeiId}/score`, firmShanghai))).toBe(
      'FORBIDDEN',
    )
  })

  it('apply a weight change from its effective day and leave earlier scores reproducible', async () => {
    const before = expectStatus(
      await send(testApp, 'GET', `/api/firms/${firmHefeiId}/score?asOf=${today}`, firmHefei),
      200,
    )
    const effectiveFrom = dayAfter(today, 10)
    const weights = structuredClone(defaultParameters.weights)
    for (const stage of ['start_up', 'growth', 'mature'] as const) {
      weights[stage].graduates_hired += weights[stage].rd_spend
      weights[stage].rd_spend = 0
    }
    const created = await send(testApp, 'POST', '/api/score-parameters', office, {
      effectiveFrom,
      weights,
      fullMarks: defaultParameters.fullMarks,
      note: '提高吸纳就业权重',
    })
    expect(created.statusCode).toBe(201)
    const again = expectStatus(
      await send(testApp, 'GET', `/api/firms/${firmHefeiId}/score?asOf=${today}`, firmHefei),
      200,
    )
    expect(again.totalTenths).toBe(before.totalTenths)
    const later = expectStatus(
      await send(testApp, 'GET', `/api/firms/${firmHefeiId}/score?asOf=${effectiveFrom}`, firmHefei),
      200,
    )
    expect(later.parameterSetEffectiveFrom).toBe(effectiveFrom)
    expect(later.totalTenths).not.toBe(before.totalTenths)
    const duplicate = await send(testApp, 'POST', '/api/score-parameters', office, {
      effectiveFrom,
      weights,
      fullMarks: defaultParameters.fullMarks,
      note: 'again',
    })
    expect(errorCode(duplicate)).toBe('SCORE_PARAMETERS_EXIST')
    const broken = structuredClone(weights)
    broken.growth.rd_growth += 1
    const refused = await send(testApp, 'POST', '/api/score-parameters', office, {
      effectiveFrom: dayAfter(today, 20),
      weights: broken,
      fullMarks: defaultParameters.fullMarks,
      note: 'broken',
    })
    expect(errorCode(refused)).toBe('SCORE_PARAMETERS_INVALID')
    const past = await send(testApp, 'POST', '/api/score-parameters', office, {
      effectiveFrom: dayAfter(today, -1),
      weights,
      fullMarks: defaultParameters.fullMarks,
      note: 'rewrite history',
    })
    expect(errorCode(past)).toBe('SCORE_PARAMETERS_IN_PAST')
    expect(
      errorCode(
        await send(testApp, 'POST', '/api/score-parameters', station, {
          effectiveFrom,
          weights,
          fullMarks: defaultParameters.fullMarks,
          note: 'x',
        }),
      ),
    ).toBe('FORBIDDEN')
  })
})

/** Bad product bodies are refused with their codes, and another institution may not edit the product. */
async function expectBadProductsRefused(eligibleId: string) {
  const cases: [Json, number, string][] = [
    [{ amountMinFen: 0 }, 400, 'VALIDATION_FAILED'],
    [{ amountMinFen: -5 }, 400, 'VALIDATION_FAILED'],
    [{ amountMaxFen: 100_00, amountMinFen: 200_00 }, 422, 'FINANCE_PRODUCT_RANGES_INVALID'],
    [{ productType: 'magic_loan' }, 400, 'VALIDATION_FAILED'],
    [{ productType: 'insurance' }, 422, 'FINANCE_PRODUCT_RATE_NOT_APPLICABLE'],
    [{ rateCapBps: 5000 }, 400, 'VALIDATION_FAILED'],
  ]
  for (const [overrides, status, code] of cases) {
    const response = await send(testApp, 'POST', '/api/finance-products', bank, product(overrides))
    expect({ overrides, status: response.statusCode, code: errorCode(response) }).toEqual({
      overrides,
      status,
      code,
    })
  }
  const edit = await send(testApp, 'PATCH', `/api/finance-products/${eligibleId}`, otherBank, {
    nameZh: '改名',
  })
  expect(errorCode(edit)).toBe('FORBIDDEN')
}

describe('products, matching, referral and drawdown', () => {
  let needId: string
  let eligibleId: string
  const nearMissIds: string[] = []

  beforeAll(async () => {
    const published = await publishProductsAndNeed(nearMissIds)
    eligibleId = published.eligibleId
    needId = published.needId
  })

  it('refuses bad products and another institution editing this one', () =>
    expectBadProductsRefused(eligibleId))

  it('ranks what passes with reasons, and lists near misses with the real failed conditions', () =>
    expectRankedMatchesAndNearMisses(needId, eligibleId, nearMissIds))

  it("ranks on the firm's current score, sees a product edit at once, and answers an unknown need with 404", async () => {
    const before = expectStatus(
      await send(testApp, 'GET', `/api/financing-needs/${needId}/matches`, firmHefei),
      200,
    )
    const score = expectStatus(await send(testApp, 'GET', `/api/firms/${firmHefeiId}/score`, firmHefei), 200)
    expect(before.firmScoreTenths).toBe(score.totalTenths)
    const matchedIds = () =>
      send(testApp, 'GET', `/api/financing-needs/${needId}/matches`, firmHefei).then((response) =>
        (expectStatus(response, 200).matches as Json[]).map((match) => (match.product as Json).id),
      )
    expect(await matchedIds()).toContain(eligibleId)
    // the catalogue is held in memory for a few seconds; an edit in this process must not wait for that
    const raised = { minScoreTenths: Number(score.totalTenths) + 1 }
    expectStatus(await send(testApp, 'PATCH', `/api/finance-products/${eligibleId}`, bank, raised), 200)
    expect(await matchedIds()).not.toContain(eligibleId)
    expectStatus(
      await send(testApp, 'PATCH', `/api/finance-products/${eligibleId}`, bank, { minScoreTenths: 0 }),
      200,
    )
    expect(await matchedIds()).toContain(eligibleId)
    const unknown = await send(testApp, 'GET', '/api/financing-needs/fned_unknown/matches', firmHefei)
    expect({ status: unknown.statusCode, code: errorCode(unknown) }).toEqual({
      status: 404,
      code: 'NEED_NOT_FOUND',
    })
  })

  it('lets the institution read the firm only under consent, every read audited, and not after revocation', async () => {
    const noConsent = await send(testApp, 'POST', '/api/referrals', firmHefei, {
      needId,
      productId: eligibleId,
      consent: false,
    })
    expect(errorCode(noConsent)).toBe('VALIDATION_FAILED')
    const referral = expectStatus(
      await send(testApp, 'POST', '/api/referrals', firmHefei, {
        needId,
        productId: eligibleId,
        consent: true,
      }),
      201,
    )
    const id = field(referral, 'id')
    // the bank's queue names the firm, the product and the institution in the list itself
    const [queue, firm, product, institution] = await Promise.all(
      [
        `/api/referrals?need=${needId}`,
        `/api/firms/${firmHefeiId}`,
        `/api/finance-products/${eligibleId}`,
        `/api/institutions/${bankId}`,
      ].map(async (path) => expectStatus(await send(testApp, 'GET', path, bank), 200)),
    )
    const named = (record: Json | undefined, recordId: string) => ({
      id: recordId,
      nameZh: record?.nameZh,
      nameEn: record?.nameEn,
    })
    expect(firm?.nameZh).toMatch(/\S/)
    expect((queue?.items as Json[]).find((item) => item.id === id)).toMatchObject({
      firm: named(firm, firmHefeiId),
      product: named(product, eligibleId),
      institution: named(institution, bankId),
    })
    const read = expectStatus(await send(testApp, 'GET', `/api/referrals/${id}/firm-indicators`, bank), 200)
    expect((read.score as Json).firmId).toBe(firmHefeiId)
    expect(errorCode(await send(testApp, 'GET', `/api/referrals/${id}/firm-indicators`, otherBank))).toBe(
      'FORBIDDEN',
    )
    const audit = await countOf(
      testApp.database.db,
      sql`SELECT count(*) AS count FROM audit_log WHERE action = 'firm_indicators.read' AND entity_id = ${firmHefeiId}`,
    )
    expect(audit).toBe(1)
    expect(
      expectStatus(await send(testApp, 'POST', `/api/referrals/${id}/revoke-consent`, firmHefei, {}), 200)
        .consent,
    ).toMatchObject({ live: false })
    const afterRevoke = await send(testApp, 'GET', `/api/referrals/${id}/firm-indicators`, bank)
    expectRefusal(afterRevoke, 403, 'CONSENT_REQUIRED')
  })

  it('records a decision within the cap and a drawdown, counted in the figures', () =>
    decideAndDrawDown(eligibleId))
})

/** The products a need is matched against (one aimed at the firm, three near misses) and the need. */
async function publishProductsAndNeed(nearMissIds: string[]) {
  // aimed at this firm's industry and stage, at the lowest rate, the need in the middle of its ranges: no product
  // of the demo data outranks it
  const firm = expectStatus(await send(testApp, 'GET', `/api/firms/${firmHefeiId}`), 200)
  const aimed = {
    industries: [firm.industryCode],
    stages: [firm.stage],
    rateCapBps: 20,
    termMinMonths: 6,
    termMaxMonths: 18,
  }
  const eligibleId = field(
    expectStatus(await send(testApp, 'POST', '/api/finance-products', bank, product(aimed)), 201),
    'id',
  )
  for (const overrides of [
    { nameZh: '大额贷款', amountMinFen: 4_000_000_00 },
    { nameZh: '苏杭贷', citiesServed: ['SZ', 'HZ'] },
    { nameZh: '高分贷', minScoreTenths: 900 },
  ]) {
    const created = await send(testApp, 'POST', '/api/finance-products', bank, product(overrides))
    nearMissIds.push(field(expectStatus(created, 201), 'id'))
  }
  const needId = field(
    expectStatus(
      await send(testApp, 'POST', '/api/financing-needs', firmHefei, {
        productType: 'credit_loan',
        amountFen: 3_000_000_00,
        termMonths: 12,
        purpose: '扩大中试产线',
        urgency: 'urgent',
      }),
      201,
    ),
    'id',
  )
  return { eligibleId, needId }
}

async function expectRankedMatchesAndNearMisses(
  needId: string,
  eligibleId: string,
  nearMissIds: readonly string[],
) {
  const result = expectStatus(
    await send(testApp, 'GET', `/api/financing-needs/${needId}/matches`, firmHefei),
    200,
  )
  const matches = result.matches as Json[]
  const matchedIds = matches.map((match) => (match.product as Json).id)
  expect(matchedIds[0]).toBe(eligibleId)
  expect((matches[0]?.reasons as string[]).length).toBe(6)
  for (const id of nearMissIds) expect(matchedIds).not.toContain(id)
  // every near miss names one or two conditions it really failed, with what it needs and what the firm has
  for (const miss of result.nearMisses as Json[]) {
    const failed = miss.failed as Json[]
    expect(failed.length).toBeGreaterThanOrEqual(1)
    expect(failed.length).toBeLessThanOrEqual(2)
    for (const condition of failed) expect(condition.required).not.toBe(condition.actual)
  }
  const expectedFailure = new Map([
    [nearMissIds[0], 'amount_below_minimum'],
    [nearMissIds[1], 'city_not_served'],
    [nearMissIds[2], 'score_below_minimum'],
  ])
  for (const miss of result.nearMisses as Json[]) {
    const expected = expectedFailure.get(String((miss.product as Json).id))
    if (expected !== undefined) expect(((miss.failed as Json[])[0] as Json).code).toBe(expected)
  }
  expect(errorCode(await send(testApp, 'GET', `/api/financing-needs/${needId}/matches`, firmShanghai))).toBe(
    'FORBIDDEN',
  )
  const fits = expectStatus(
    await send(testApp, 'GET', `/api/finance-products/${eligibleId}/matches`, bank),
    200,
  )
  expect((fits.needs as Json[]).map((need) => need.needId)).toContain(needId)
}

async function decideAndDrawDown(eligibleId: string) {
  const need = field(
    expectStatus(
      await send(testApp, 'POST', '/api/financing-needs', firmHefei, {
        productType: 'credit_loan',
        amountFen: 2_000_000_00,
        termMonths: 12,
        purpose: '研发投入',
        urgency: 'normal',
      }),
      201,
    ),
    'id',
  )
  const id = field(
    expectStatus(
      await send(testApp, 'POST', '/api/referrals', firmHefei, {
        needId: need,
        productId: eligibleId,
        consent: true,
      }),
      201,
    ),
    'id',
  )
  const hefeiFigures = async () => {
    const url = `/api/finance-figures?periodStart=${dayAfter(today, -30)}&periodEnd=${today}`
    const figures = expectStatus(await send(testApp, 'GET', url, station), 200)
    return (figures.cities as Json[]).find((city) => city.cityCode === 'HF') ?? {}
  }
  const before = await hefeiFigures()
  const decide = (body: Json, cookie = bank) =>
    send(testApp, 'POST', `/api/referrals/${id}/decision`, cookie, body)
  expect(
    errorCode(
      await decide({ decision: 'approved', approvedAmountFen: 2_000_000_00, rateBps: 150, termMonths: 12 }),
    ),
  ).toBe('DECISION_RATE_ABOVE_CAP')
  expect(
    errorCode(
      await decide({ decision: 'approved', approvedAmountFen: 2_000_000_00, rateBps: 20, termMonths: 30 }),
    ),
  ).toBe('DECISION_TERM_OUT_OF_RANGE')
  expect(
    errorCode(await decide({ decision: 'approved', approvedAmountFen: 0, rateBps: 20, termMonths: 12 })),
  ).toBe('VALIDATION_FAILED')
  expect(
    errorCode(
      await decide(
        { decision: 'approved', approvedAmountFen: 2_000_000_00, rateBps: 20, termMonths: 12 },
        otherBank,
      ),
    ),
  ).toBe('FORBIDDEN')
  expect(
    expectStatus(
      await decide({ decision: 'approved', approvedAmountFen: 1_800_000_00, rateBps: 20, termMonths: 12 }),
      200,
    ).status,
  ).toBe('approved')
  expect(
    errorCode(
      await send(testApp, 'POST', `/api/referrals/${id}/drawdown`, bank, { drawnAmountFen: 1_900_000_00 }),
    ),
  ).toBe('DECISION_AMOUNT_OUT_OF_RANGE')
  const drawn = expectStatus(
    await send(testApp, 'POST', `/api/referrals/${id}/drawdown`, bank, { drawnAmountFen: 1_800_000_00 }),
    200,
  )
  expect(drawn.status).toBe('drawn')
  // a first loan only when the firm drew no loan before, whatever the demo data holds
  const earlier = await countOf(
    testApp.database.db,
    sql`SELECT count(*) AS count FROM finance_referrals WHERE firm_id = ${firmHefeiId} AND status = 'drawn'
         AND product_type IN ('credit_loan', 'ip_pledge_loan') AND id <> ${id}`,
  )
  expect(drawn.isFirstLoan).toBe(earlier === 0)
  const after = await hefeiFigures()
  expect(Number(after.creditGrantedFen) - Number(before.creditGrantedFen)).toBe(1_800_000_00)
  expect(Number(after.creditDrawnFen) - Number(before.creditDrawnFen)).toBe(1_800_000_00)
}

describe('the corridor-wide recompute', () => {
  it("scores every firm and stores each one's ten best-fitting products, shown only to its side", async () => {
    const result = await testApp.context.modules.finance.suggestions.recomputeCorridor()
    expect(result.firms).toBeGreaterThan(10)
    expect(result.suggestions).toBeGreaterThan(0)
    const shown = expectStatus(
      await send(testApp, 'GET', `/api/firms/${firmHefeiId}/suggested-products`, firmHefei),
      200,
    )
    const suggestions = shown.suggestions as Json[]
    expect(suggestions.length).toBeGreaterThan(0)
    expect(suggestions.length).toBeLessThanOrEqual(10)
    expect(suggestions.map((item) => item.rank)).toEqual(suggestions.map((_, index) => index + 1))
    // each suggestion names its product and institution, so the firm's page looks nothing up per row
    const first = suggestions[0] as { productId: string; product: Json; institution: Json }
    const product = expectStatus(
      await send(testApp, 'GET', `/api/finance-products/${first.productId}`, firmHefei),
      200,
    )
    expect(first.product).toMatchObject({ id: product.id, nameZh: product.nameZh, nameEn: product.nameEn })
    expect(first.institution).toMatchObject({
      id: product.institutionId,
      nameZh: expect.stringMatching(/\S/),
    })
    expect(errorCode(await send(testApp, 'GET', `/api/firms/${firmHefeiId}/suggested-products`, bank))).toBe(
      'FORBIDDEN',
    )
  })
})

describe('workstation cases', () => {
  it('follow a firm stage by stage, and refuse a workstation of another city', async () => {
    const created = expectStatus(
      await send(testApp, 'POST', '/api/finance-cases', station, {
        firmId: firmHefeiId,
        summary: '首次走访',
        dueOn: dayAfter(today, 7),
      }),
      201,
    )
    const id = field(created, 'id')
    const advance = (stage: string, cookie = station) =>
      send(testApp, 'POST', `/api/finance-cases/${id}/advance`, cookie, { stage, note: `进入${stage}` })
    expect(errorCode(await advance('decision'))).toBe('CASE_STAGE_INVALID')
    expect(expectStatus(await advance('assessment'), 200).stage).toBe('assessment')
    const shanghaiStation = await (async () => {
      expectStatus(
        await send(testApp, 'POST', '/api/users', office, {
          username: 'station.sh.test',
          password: 'station-sh-pass',
          displayNameZh: '松江工作站',
          displayNameEn: 'Songjiang workstation',
          role: 'workstation',
          cityCode: 'SH-SJ',
        }),
        201,
      )
      return testApp.signIn('station.sh.test', 'station-sh-pass')
    })()
    expect(errorCode(await advance('referral', shanghaiStation))).toBe('FORBIDDEN')
    expect(errorCode(await send(testApp, 'GET', `/api/finance-cases/${id}`, shanghaiStation))).toBe(
      'FORBIDDEN',
    )
    const shown = expectStatus(await send(testApp, 'GET', `/api/finance-cases/${id}`, station), 200)
    expect(shown.notes).toEqual([expect.objectContaining({ stage: 'assessment' })])
  })

  it('fill a board: filtered by officer and overdue, paged per stage, counted per stage in one answer', async () => {
    const me = expectStatus(await send(testApp, 'GET', '/api/me', station), 200)
    const open = async (summary: string, dueOn: string) =>
      field(
        expectStatus(
          await send(testApp, 'POST', '/api/finance-cases', station, { firmId: firmHefeiId, summary, dueOn }),
          201,
        ),
        'id',
      )
    const late = await open('逾期的走访', dayAfter(today, -3))
    const onTime = await open('按期的走访', dayAfter(today, 3))
    const list = async (query: string) =>
      expectStatus(await send(testApp, 'GET', `/api/finance-cases?limit=100&${query}`, station), 200)
        .items as Json[]
    const counts = async (query: string) =>
      expectStatus(await send(testApp, 'GET', `/api/finance-cases/counts?${query}`, station), 200)

    // every card names its firm and officer
    const visits = await list('stage=visit')
    const card = visits.find((item) => item.id === late)
    expect(card?.firm).toMatchObject({ id: firmHefeiId, nameZh: expect.stringMatching(/\S/) })
    expect(card?.officer).toEqual({ id: me.id, nameZh: me.displayNameZh, nameEn: me.displayNameEn })

    const overdue = await list('overdue=true')
    expect(overdue.map((item) => item.id)).toContain(late)
    expect(overdue.map((item) => item.id)).not.toContain(onTime)
    expect(overdue.every((item) => String(item.dueOn) < today && item.stage !== 'closed')).toBe(true)

    // the heads count what the columns list under the same filter
    const overdueCounts = await counts('overdue=true')
    const stages = overdueCounts.stages as { stage: string; count: number }[]
    expect(stages.map((row) => row.stage)).toEqual([
      'visit',
      'assessment',
      'referral',
      'decision',
      'drawdown',
      'closed',
    ])
    expect(stages.reduce((sum, row) => sum + row.count, 0)).toBe(overdue.length)
    expect(stages.find((row) => row.stage === 'closed')?.count).toBe(0)
    const officers = overdueCounts.officers as Json[]
    expect(officers).toContainEqual(
      expect.objectContaining({ id: me.id, nameZh: me.displayNameZh, nameEn: me.displayNameEn }),
    )
    const mine = await list(`officer=${String(me.id)}&stage=visit`)
    expect(mine.map((item) => item.id)).toEqual(expect.arrayContaining([late, onTime]))
    expect(mine.every((item) => (item.officer as Json).id === me.id)).toBe(true)
    const noOne = await counts('officer=user_nobody_at_all')
    expect((noOne.stages as { count: number }[]).every((row) => row.count === 0)).toBe(true)

    // a column is paged: its next page goes on where the first stopped
    const first = expectStatus(
      await send(testApp, 'GET', '/api/finance-cases?stage=visit&limit=1', station),
      200,
    )
    expect(first.items as Json[]).toHaveLength(1)
    expect(first.nextCursor).toEqual(expect.any(String))
    const next = expectStatus(
      await send(
        testApp,
        'GET',
        `/api/finance-cases?stage=visit&limit=1&cursor=${String(first.nextCursor)}`,
        station,
      ),
      200,
    )
    // newest first: the case opened last heads its column, and the next page goes on to older ones
    expect((first.items as Json[])[0]?.id).toBe(onTime)
    expect(String((next.items as Json[])[0]?.id) < onTime).toBe(true)

    // counting is reading: a firm may do neither
    expectRefusal(await send(testApp, 'GET', '/api/finance-cases/counts', firmHefei), 403, 'FORBIDDEN')
  })
})
