import { sql } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { errorCode, useTestApp } from '../../testing/app'
import { formatVoucherNumber, isValidVoucherNumber } from './rules'
import { expectRefusal, expectStatus, field, send } from '../../testing/requests'
import { useVoucherActors } from '../../testing/actors'
import {
  auditRecordCount,
  fundedScheme,
  issuedVoucher,
  ledgerSnapshot,
  publishedProduct,
  schemeInput,
} from '../../testing/factories'

const testApp = useTestApp()
const actors = useVoucherActors(testApp)

beforeAll(async () => {
  // Known facts for the eligibility rules: the Songjiang demo firm is a certified tech SME, not high-tech.
  expectStatus(
    await send(testApp, 'PATCH', `/api/firms/${actors.firmShanghaiId}`, actors.office, {
      isTechSme: true,
      isHighTech: false,
      highTechCertifiedOn: null,
    }),
    200,
  )
})

function claim(
  cookie: string,
  schemeId: string,
  requestedAmountFen: number,
  extra: Record<string, unknown> = {},
) {
  return send(testApp, 'POST', '/api/voucher-claims', cookie, {
    schemeId,
    requestedAmountFen,
    purpose: 'Testing and design services for a new product',
    ...extra,
  })
}

function approve(cookie: string, claimId: string, body: Record<string, unknown> = {}) {
  return send(testApp, 'POST', `/api/voucher-claims/${claimId}/approve`, cookie, body)
}

async function shanghaiScheme(overrides: Record<string, unknown> = {}, fundingFen?: number) {
  return field(await fundedScheme(testApp, actors.officerShanghai, 'SH-SJ', overrides, fundingFen), 'id')
}

describe('schemes and their budgets', () => {
  it('lets a city officer create a scheme of its own city, recognising all nine cities by default', async () => {
    const before = await auditRecordCount(testApp)
    const created = expectStatus(
      await send(testApp, 'POST', '/api/voucher-schemes', actors.officerShanghai, schemeInput('SH-SJ')),
      201,
    )
    expect(created.recognisedCityCodes).toHaveLength(9)
    expect(created.budget).toEqual({ availableFen: 0, appropriatedFen: 0, issuedFen: 0 })
    expect(created.status).toBe('open')
    expect(await auditRecordCount(testApp)).toBe(before + 1)
    const listed = expectStatus(await send(testApp, 'GET', '/api/voucher-schemes?city=SH-SJ&limit=100'), 200)
    expect((listed.items as { id: string }[]).map((item) => item.id)).toContain(created.id)
  })

  it("refuses another city's officer, a firm and an anonymous caller", async () => {
    const body = schemeInput('SH-SJ')
    const otherCity = await send(testApp, 'POST', '/api/voucher-schemes', actors.officerHefei, body)
    expectRefusal(otherCity, 403, 'FORBIDDEN')
    expect(errorCode(await send(testApp, 'POST', '/api/voucher-schemes', actors.firmShanghai, body))).toBe(
      'FORBIDDEN',
    )
    const anonymous = await send(testApp, 'POST', '/api/voucher-schemes', undefined, body)
    expectRefusal(anonymous, 401, 'AUTH_REQUIRED')
  })

  it('refuses caps out of order: per claim ≤ per firm per year ≤ per firm in total', async () => {
    const response = await send(
      testApp,
      'POST',
      '/api/voucher-schemes',
      actors.officerShanghai,
      schemeInput('SH-SJ', { claimCapFen: 200_000_00, firmYearCapFen: 100_000_00 }),
    )
    expectRefusal(response, 422, 'SCHEME_CAPS_INCONSISTENT')
    const schemeId = await shanghaiScheme()
    const patch = await send(testApp, 'PATCH', `/api/voucher-schemes/${schemeId}`, actors.officerShanghai, {
      firmTotalCapFen: 1_00,
    })
    expect(errorCode(patch)).toBe('SCHEME_CAPS_INCONSISTENT')
    const hefeiPatch = await send(testApp, 'PATCH', `/api/voucher-schemes/${schemeId}`, actors.officerHefei, {
      nameEn: 'Renamed by Hefei',
    })
    expect(errorCode(hefeiPatch)).toBe('FORBIDDEN')
  })

  it("funds the budget from the city's appropriation source, within the annual budget", async () => {
    const scheme = expectStatus(
      await send(
        testApp,
        'POST',
        '/api/voucher-schemes',
        actors.officerShanghai,
        schemeInput('SH-SJ', { annualBudgetFen: 1_000_000_00 }),
      ),
      201,
    )
    const url = `/api/voucher-schemes/${field(scheme, 'id')}/appropriations`
    const first = expectStatus(
      await send(testApp, 'POST', url, actors.officerShanghai, {
        amountFen: 600_000_00,
        budgetYear: 2026,
        documentReference: '松财〔2026〕12号',
      }),
      201,
    )
    expect(first.scheme).toMatchObject({ budget: { availableFen: 600_000_00, appropriatedFen: 600_000_00 } })
    const before = await ledgerSnapshot(testApp)
    const over = await send(testApp, 'POST', url, actors.officerShanghai, {
      amountFen: 400_000_01,
      budgetYear: 2026,
      documentReference: '松财〔2026〕13号',
    })
    expectRefusal(over, 422, 'APPROPRIATION_OVER_ANNUAL_BUDGET')
    expect(await ledgerSnapshot(testApp)).toBe(before)
    expect(
      errorCode(
        await send(testApp, 'POST', url, actors.officerHefei, { amountFen: 1, documentReference: 'x' }),
      ),
    ).toBe('FORBIDDEN')
    expectStatus(
      await send(testApp, 'POST', url, actors.officerShanghai, {
        amountFen: 400_000_00,
        budgetYear: 2027,
        documentReference: '松财〔2027〕1号',
      }),
      201,
    )
    const list = expectStatus(await send(testApp, 'GET', url), 200)
    expect((list.items as { amountFen: number }[]).map((item) => item.amountFen)).toEqual([
      600_000_00, 400_000_00,
    ])
  })
})

describe('claims and the vouchers they issue', () => {
  it('issues a real-name voucher with a checked number and an expiry when the officer approves, possibly for less', () =>
    approveAndIssueVoucher())

  it("refuses another city's officer approving a claim, and changes nothing", async () => {
    const schemeId = await shanghaiScheme()
    const submitted = expectStatus(await claim(actors.firmShanghai, schemeId, 10_000_00), 201)
    const before = await ledgerSnapshot(testApp)
    const response = await approve(actors.officerHefei, field(submitted, 'id'))
    expectRefusal(response, 403, 'FORBIDDEN')
    const reject = await send(
      testApp,
      'POST',
      `/api/voucher-claims/${field(submitted, 'id')}/reject`,
      actors.officerHefei,
      {
        reason: 'not ours',
      },
    )
    expect(errorCode(reject)).toBe('FORBIDDEN')
    expect(await ledgerSnapshot(testApp)).toBe(before)
  })

  it('refuses a firm approving its own claim, and changes nothing', async () => {
    const schemeId = await shanghaiScheme()
    const submitted = expectStatus(await claim(actors.firmShanghai, schemeId, 10_000_00), 201)
    const before = await ledgerSnapshot(testApp)
    const response = await approve(actors.firmShanghai, field(submitted, 'id'))
    expectRefusal(response, 403, 'FORBIDDEN')
    expect(await ledgerSnapshot(testApp)).toBe(before)
  })

  it('refuses an officer deciding a claim it filed for a firm; another official decides it', async () => {
    const schemeId = await shanghaiScheme()
    const filed = expectStatus(
      await claim(actors.officerShanghai, schemeId, 10_000_00, { firmId: actors.firmShanghaiId }),
      201,
    )
    const self = await approve(actors.officerShanghai, field(filed, 'id'))
    expectRefusal(self, 403, 'CLAIM_SELF_DECISION')
    expectStatus(await approve(actors.office, field(filed, 'id')), 200)
    const forHefeiFirm = await claim(actors.officerShanghai, schemeId, 10_000_00, {
      firmId: actors.firmHefeiId,
    })
    expect(errorCode(forHefeiFirm)).toBe('FORBIDDEN')
  })

  it('decides a claim once: a second decision is refused', () => decideOnce())

  it('rejects with a reason, issuing nothing', async () => {
    const schemeId = await shanghaiScheme()
    const submitted = expectStatus(await claim(actors.firmShanghai, schemeId, 10_000_00), 201)
    const url = `/api/voucher-claims/${field(submitted, 'id')}/reject`
    const noReason = await send(testApp, 'POST', url, actors.officerShanghai, {})
    expect(errorCode(noReason)).toBe('VALIDATION_FAILED')
    const before = await ledgerSnapshot(testApp)
    const rejected = expectStatus(
      await send(testApp, 'POST', url, actors.officerShanghai, { reason: '材料不全 (incomplete documents)' }),
      200,
    )
    expect(rejected).toMatchObject({
      claim: { status: 'rejected', decisionReason: '材料不全 (incomplete documents)', voucherId: null },
      voucher: null,
    })
    const after = JSON.parse(await ledgerSnapshot(testApp))
    expect(after.balances).toBe(JSON.parse(before).balances)
  })

  it('keeps one open claim per firm and scheme', async () => {
    const schemeId = await shanghaiScheme()
    expectStatus(await claim(actors.firmShanghai, schemeId, 10_000_00), 201)
    const second = await claim(actors.firmShanghai, schemeId, 5_000_00)
    expectRefusal(second, 409, 'CLAIM_ALREADY_PENDING')
  })

  it('refuses an approval above the requested amount and one the budget cannot pay', async () => {
    const schemeId = await shanghaiScheme({}, 5_000_00)
    const submitted = expectStatus(await claim(actors.firmShanghai, schemeId, 10_000_00), 201)
    const before = await ledgerSnapshot(testApp)
    const over = await approve(actors.officerShanghai, field(submitted, 'id'), {
      approvedAmountFen: 10_000_01,
    })
    expect(errorCode(over)).toBe('CLAIM_APPROVAL_OVER_REQUEST')
    const unfunded = await approve(actors.officerShanghai, field(submitted, 'id'))
    expectRefusal(unfunded, 409, 'SCHEME_BUDGET_INSUFFICIENT')
    expect(await ledgerSnapshot(testApp)).toBe(before)
    expectStatus(
      await approve(actors.officerShanghai, field(submitted, 'id'), { approvedAmountFen: 5_000_00 }),
      200,
    )
  })
})

async function decideOnce() {
  const schemeId = await shanghaiScheme()
  const submitted = expectStatus(await claim(actors.firmShanghai, schemeId, 10_000_00), 201)
  expectStatus(await approve(actors.officerShanghai, field(submitted, 'id')), 200)
  const before = await ledgerSnapshot(testApp)
  const again = await approve(actors.officerShanghai, field(submitted, 'id'))
  expectRefusal(again, 409, 'CLAIM_TRANSITION_INVALID')
  const reject = await send(
    testApp,
    'POST',
    `/api/voucher-claims/${field(submitted, 'id')}/reject`,
    actors.officerShanghai,
    {
      reason: 'changed my mind',
    },
  )
  expect(errorCode(reject)).toBe('CLAIM_TRANSITION_INVALID')
  expect(await ledgerSnapshot(testApp)).toBe(before)
}

async function approveAndIssueVoucher() {
  const schemeId = await shanghaiScheme({ validityDays: 365 })
  const submitted = expectStatus(await claim(actors.firmShanghai, schemeId, 20_000_00), 201)
  expect(submitted).toMatchObject({ status: 'submitted', cityCode: 'SH-SJ', voucherId: null })
  const decision = expectStatus(
    await approve(actors.officerShanghai, field(submitted, 'id'), {
      approvedAmountFen: 15_000_00,
      note: '核减',
    }),
    200,
  )
  const voucher = decision.voucher as Record<string, unknown>
  expect(decision.claim).toMatchObject({
    status: 'approved',
    approvedAmountFen: 15_000_00,
    voucherId: voucher.id,
  })
  expect(voucher).toMatchObject({
    firmId: actors.firmShanghaiId,
    cityCode: 'SH-SJ',
    amountFen: 15_000_00,
    availableFen: 15_000_00,
    reservedFen: 0,
    status: 'active',
  })
  const number = field(voucher, 'number')
  expect(number).toMatch(/^SHSJ-\d{4}-\d{6}-[0-9A-Z]$/)
  expect(isValidVoucherNumber(number)).toBe(true)
  const firm = expectStatus(await send(testApp, 'GET', `/api/firms/${actors.firmShanghaiId}`), 200)
  expect(voucher.holderNameZh).toBe(firm.nameZh)
  expect(voucher.holderCreditCode).toBe(firm.creditCode)
  const days = (Date.parse(field(voucher, 'expiresAt')) - Date.parse(field(voucher, 'issuedAt'))) / 86_400_000
  expect(days).toBeGreaterThan(364)
  expect(days).toBeLessThanOrEqual(365)
  const scheme = expectStatus(await send(testApp, 'GET', `/api/voucher-schemes/${schemeId}`), 200)
  expect(scheme.budget).toEqual({
    availableFen: 1_000_000_00 - 15_000_00,
    appropriatedFen: 1_000_000_00,
    issuedFen: 15_000_00,
  })
  const byNumber = expectStatus(
    await send(testApp, 'GET', `/api/vouchers/by-number/${number.toLowerCase()}`, actors.firmShanghai),
    200,
  )
  expect(byNumber.id).toBe(voucher.id)
}

describe('rules for claims', () => {
  it('holds the caps per claim, per firm per year and per firm in total', async () => {
    const schemeId = await shanghaiScheme({
      claimCapFen: 20_000_00,
      firmYearCapFen: 30_000_00,
      firmTotalCapFen: 40_000_00,
    })
    const perClaim = await claim(actors.firmShanghai, schemeId, 20_000_01)
    expectRefusal(perClaim, 422, 'CLAIM_OVER_CLAIM_CAP')
    const first = expectStatus(await claim(actors.firmShanghai, schemeId, 20_000_00), 201)
    expectStatus(await approve(actors.officerShanghai, field(first, 'id')), 200)
    const overYear = await claim(actors.firmShanghai, schemeId, 20_000_00)
    expect(errorCode(overYear)).toBe('CLAIM_OVER_YEAR_CAP')
    expect(overYear.json().error.details).toMatchObject({ remainingFen: 10_000_00 })
    const second = expectStatus(await claim(actors.firmShanghai, schemeId, 10_000_00), 201)
    expectStatus(await approve(actors.officerShanghai, field(second, 'id')), 200)
    // A year passes: the approvals now belong to last year, so only the cap in total still counts them.
    await testApp.database.db.execute(
      sql`UPDATE voucher_claims SET decided_at = decided_at - interval '1 year' WHERE scheme_id = ${schemeId}`,
    )
    const overTotal = await claim(actors.firmShanghai, schemeId, 20_000_00)
    expect(errorCode(overTotal)).toBe('CLAIM_OVER_TOTAL_CAP')
    expectStatus(await claim(actors.firmShanghai, schemeId, 10_000_00), 201)
  })

  it('admits only eligible firms of the issuing city to an open scheme', async () => {
    const highTechOnly = await shanghaiScheme({ eligibleFirms: ['high_tech'] })
    const refused = await claim(actors.firmShanghai, highTechOnly, 10_000_00)
    expectRefusal(refused, 422, 'FIRM_NOT_ELIGIBLE')
    const techSmes = await shanghaiScheme({ eligibleFirms: ['high_tech', 'tech_sme'] })
    expectStatus(await claim(actors.firmShanghai, techSmes, 10_000_00), 201)
    const otherCity = await claim(actors.firmHefei, techSmes, 10_000_00)
    expect(errorCode(otherCity)).toBe('FIRM_NOT_IN_SCHEME_CITY')
    const closing = await shanghaiScheme()
    expectStatus(
      await send(testApp, 'PATCH', `/api/voucher-schemes/${closing}`, actors.officerShanghai, {
        status: 'closed',
      }),
      200,
    )
    const closed = await claim(actors.firmShanghai, closing, 10_000_00)
    expectRefusal(closed, 409, 'SCHEME_CLOSED')
  })
})

describe('rules for claims: the utilisation gate', () => {
  /** A gated scheme, a ¥10,000 voucher on it, and orders of ¥8,000 and ¥1 of voucher money: 80.01 % of it. */
  async function gatedVoucherWithOrders() {
    const schemeId = await shanghaiScheme({
      utilisationGatePercent: 80,
      claimCapFen: 10_000_00,
      spotCheckPercent: 0,
    })
    const voucher = await issuedVoucher(testApp, actors.shanghai, schemeId, 10_000_00)
    const large = await publishedProduct(testApp, actors.providerSuzhou, { priceFen: 16_000_00 })
    const small = await publishedProduct(testApp, actors.providerSuzhou, { priceFen: 2_00 })
    const order = async (productId: string) =>
      expectStatus(
        await send(testApp, 'POST', '/api/voucher-orders', actors.firmShanghai, {
          voucherId: voucher.id,
          productId,
        }),
        201,
      )
    const largeOrder = await order(field(large, 'id'))
    const smallOrder = await order(field(small, 'id'))
    expect([largeOrder.voucherShareFen, smallOrder.voucherShareFen]).toEqual([8_000_00, 1_00])
    return { schemeId, largeOrderId: field(largeOrder, 'id'), smallOrderId: field(smallOrder, 'id') }
  }

  /** The provider states delivery with its redemption claim; the order is then delivered, awaiting redemption. */
  async function delivered(orderId: string) {
    return expectStatus(
      await send(testApp, 'POST', '/api/redemptions', actors.providerSuzhou, {
        orderId,
        contractNumber: 'HT-GATE-001',
        invoiceNumber: `FP-GATE-${orderId}`,
        deliverable: {
          fileName: 'report.pdf',
          contentType: 'application/pdf',
          contentBase64: Buffer.from('%PDF-1.4 test report').toString('base64'),
        },
      }),
      201,
    )
  }

  async function redeemed(orderId: string) {
    const redemptionId = field(await delivered(orderId), 'id')
    const base = `/api/redemptions/${redemptionId}`
    expectStatus(await send(testApp, 'POST', `${base}/confirm`, actors.firmShanghai, { rating: 5 }), 200)
    expectStatus(await send(testApp, 'POST', `${base}/approve`, actors.officerShanghai, {}), 200)
  }

  it('does not count money only reserved: ordering, claiming again and cancelling fails', async () => {
    const { schemeId, largeOrderId, smallOrderId } = await gatedVoucherWithOrders()
    const claimed = await claim(actors.firmShanghai, schemeId, 10_000_00)
    expectRefusal(claimed, 422, 'UTILISATION_GATE_NOT_MET')
    expect(claimed.json().error.details).toMatchObject({
      usedPercent: 0,
      requiredPercentOver: 80,
      heldFen: 10_000_00,
      usedFen: 0,
    })
    for (const orderId of [largeOrderId, smallOrderId]) {
      const url = `/api/voucher-orders/${orderId}/cancel`
      expectStatus(await send(testApp, 'POST', url, actors.firmShanghai, {}), 200)
    }
    const afterCancelling = await claim(actors.firmShanghai, schemeId, 10_000_00)
    expect(errorCode(afterCancelling)).toBe('UTILISATION_GATE_NOT_MET')
  })

  it('counts redeemed money and delivered orders awaiting redemption', async () => {
    const { schemeId, largeOrderId, smallOrderId } = await gatedVoucherWithOrders()
    await redeemed(largeOrderId)
    // 80 % redeemed is not over 80 %: the small order, still reserved, does not count.
    const atGate = await claim(actors.firmShanghai, schemeId, 10_000_00)
    expectRefusal(atGate, 422, 'UTILISATION_GATE_NOT_MET')
    expect(atGate.json().error.details).toMatchObject({ usedPercent: 80, usedFen: 8_000_00 })
    await delivered(smallOrderId)
    const overGate = expectStatus(await claim(actors.firmShanghai, schemeId, 10_000_00), 201)
    expectStatus(await approve(actors.officerShanghai, field(overGate, 'id')), 200)
  })

  it('checks the gate again on approval, with the scheme rules of that moment', async () => {
    const { schemeId, largeOrderId, smallOrderId } = await gatedVoucherWithOrders()
    await delivered(largeOrderId)
    await delivered(smallOrderId)
    const overGate = expectStatus(await claim(actors.firmShanghai, schemeId, 10_000_00), 201)
    expectStatus(
      await send(testApp, 'PATCH', `/api/voucher-schemes/${schemeId}`, actors.officerShanghai, {
        utilisationGatePercent: 90,
      }),
      200,
    )
    const approval = await approve(actors.officerShanghai, field(overGate, 'id'))
    expectRefusal(approval, 422, 'UTILISATION_GATE_NOT_MET')
    expect(approval.json().error.details).toMatchObject({ usedPercent: 80, requiredPercentOver: 90 })
  })
})

describe('who sees claims and vouchers', () => {
  let voucher: Record<string, unknown>

  beforeAll(async () => {
    const schemeId = await shanghaiScheme()
    voucher = await issuedVoucher(testApp, actors.shanghai, schemeId, 10_000_00)
    const hefeiScheme = field(await fundedScheme(testApp, actors.officerHefei, 'HF'), 'id')
    expectStatus(await claim(actors.firmHefei, hefeiScheme, 10_000_00), 201)
  })

  it("shows a firm its own claims only, and refuses asking for another firm's", async () => {
    const own = expectStatus(
      await send(testApp, 'GET', '/api/voucher-claims?limit=100', actors.firmShanghai),
      200,
    )
    const items = own.items as { firmId: string }[]
    expect(items.length).toBeGreaterThan(0)
    expect(items.every((item) => item.firmId === actors.firmShanghaiId)).toBe(true)
    const other = await send(
      testApp,
      'GET',
      `/api/voucher-claims?firm=${actors.firmHefeiId}`,
      actors.firmShanghai,
    )
    expect(errorCode(other)).toBe('FORBIDDEN')
    expect(errorCode(await send(testApp, 'GET', '/api/voucher-claims', actors.providerSuzhou))).toBe(
      'FORBIDDEN',
    )
    expect((await send(testApp, 'GET', '/api/voucher-claims')).statusCode).toBe(401)
  })

  it('names the firm and the scheme of every claim it lists, in both languages, in the list itself', async () => {
    const firm = expectStatus(
      await send(testApp, 'GET', `/api/firms/${actors.firmShanghaiId}`, actors.office),
      200,
    )
    expect(firm.nameZh).not.toBe('')
    const listed = expectStatus(
      await send(testApp, 'GET', '/api/voucher-claims?limit=100', actors.officerShanghai),
      200,
    )
    type Named = { id: string; nameZh: string; nameEn: string }
    const items = listed.items as { firmId: string; schemeId: string; firm: Named; scheme: Named }[]
    const own = items.filter((item) => item.firmId === actors.firmShanghaiId)
    expect(own.length).toBeGreaterThan(0)
    for (const item of own) {
      expect(item.firm).toEqual({ id: actors.firmShanghaiId, nameZh: firm.nameZh, nameEn: firm.nameEn })
    }
    const first = own[0]
    if (first === undefined) throw new Error('no claim of the Songjiang firm')
    const scheme = expectStatus(
      await send(testApp, 'GET', `/api/voucher-schemes/${first.schemeId}`, actors.officerShanghai),
      200,
    )
    expect(first.scheme).toEqual({ id: first.schemeId, nameZh: scheme.nameZh, nameEn: scheme.nameEn })
    expect(items.every((item) => item.firm.nameZh !== '' && item.scheme.nameEn !== '')).toBe(true)
  })

  it("shows an officer its city's claims only, and refuses another city's", async () => {
    const hefei = expectStatus(
      await send(testApp, 'GET', '/api/voucher-claims?limit=100', actors.officerHefei),
      200,
    )
    const items = hefei.items as { cityCode: string }[]
    expect(items.length).toBeGreaterThan(0)
    expect(items.every((item) => item.cityCode === 'HF')).toBe(true)
    expect(errorCode(await send(testApp, 'GET', '/api/voucher-claims?city=SH-SJ', actors.officerHefei))).toBe(
      'FORBIDDEN',
    )
    const all = expectStatus(await send(testApp, 'GET', '/api/voucher-claims?limit=100', actors.office), 200)
    // the demo data holds claims of every city: the office sees them all, this test's own among them
    expect([...new Set((all.items as { cityCode: string }[]).map((item) => item.cityCode))]).toEqual(
      expect.arrayContaining(['SH-SJ', 'HF']),
    )
  })

  it('shows a voucher to its holder, its issuing city and the corridor office only', async () => {
    const url = `/api/vouchers/${field(voucher, 'id')}`
    expect((await send(testApp, 'GET', url, actors.firmShanghai)).statusCode).toBe(200)
    expect((await send(testApp, 'GET', url, actors.officerShanghai)).statusCode).toBe(200)
    expect((await send(testApp, 'GET', url, actors.office)).statusCode).toBe(200)
    expect(errorCode(await send(testApp, 'GET', url, actors.firmHefei))).toBe('FORBIDDEN')
    expect(errorCode(await send(testApp, 'GET', url, actors.officerHefei))).toBe('FORBIDDEN')
    const listed = expectStatus(await send(testApp, 'GET', '/api/vouchers?limit=100', actors.firmHefei), 200)
    expect((listed.items as { firmId: string }[]).every((item) => item.firmId === actors.firmHefeiId)).toBe(
      true,
    )
  })

  it('refuses a voucher number with a wrong check character, and answers 404 for an unknown valid one', async () => {
    const number = field(voucher, 'number')
    const check = number.slice(-1)
    const wrongCheck = `${number.slice(0, -1)}${check === 'A' ? 'B' : 'A'}`
    const mistyped = await send(testApp, 'GET', `/api/vouchers/by-number/${wrongCheck}`, actors.firmShanghai)
    expectRefusal(mistyped, 400, 'VOUCHER_NUMBER_INVALID')
    const unknownValid = await send(
      testApp,
      'GET',
      `/api/vouchers/by-number/${formatVoucherNumber('WH', 2026, 999_999)}`,
      actors.office,
    )
    expectRefusal(unknownValid, 404, 'VOUCHER_NOT_FOUND')
    expect(errorCode(await send(testApp, 'GET', '/api/vouchers/vch_unknown', actors.office))).toBe(
      'VOUCHER_NOT_FOUND',
    )
  })
})
