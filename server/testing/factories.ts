// Test factories: demo users signed in, schemes funded, products published and
// vouchers issued through the API, and a snapshot of the ledger to prove that a refusal changed nothing.
import { sql } from 'drizzle-orm'
import type { LightMyRequestResponse } from 'fastify'
import { queryRows } from '../db/client'
import type { TestApp } from './app'

export interface VoucherActors {
  office: string
  officerShanghai: string
  officerHefei: string
  firmShanghai: string
  firmHefei: string
  providerSuzhou: string
  bank: string
  firmShanghaiId: string
  firmHefeiId: string
  providerSuzhouId: string
}

type Json = Record<string, unknown>

export function send(
  testApp: TestApp,
  method: 'GET' | 'POST' | 'PATCH' | 'PUT',
  url: string,
  cookie?: string,
  payload?: Json,
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  return testApp.app.inject({
    method,
    url,
    headers: { ...headers, ...(cookie !== undefined ? { cookie } : {}) },
    ...(payload !== undefined ? { payload } : {}),
  })
}

/** The body of a response that must have succeeded; anything else fails the test with the answer shown. */
export function expectStatus(response: LightMyRequestResponse, status: number): Json {
  if (response.statusCode !== status) {
    throw new Error(`expected ${status}, got ${response.statusCode}: ${response.body}`)
  }
  const body: unknown = response.json()
  if (typeof body !== 'object' || body === null) throw new Error(`not an object: ${response.body}`)
  return body as Json
}

export function field(body: Json, name: string): string {
  const value = body[name]
  if (typeof value !== 'string') throw new Error(`${name} is not a string in ${JSON.stringify(body)}`)
  return value
}

export async function signInActors(testApp: TestApp): Promise<VoucherActors> {
  const [office, officerShanghai, officerHefei, firmShanghai, firmHefei, providerSuzhou, bank] =
    await Promise.all(
      ['office', 'officer.sh', 'officer.hf', 'firm.sh', 'firm.hf', 'provider.sz', 'bank.hz'].map((username) =>
        testApp.signIn(username),
      ),
    )
  if (
    office === undefined ||
    officerShanghai === undefined ||
    officerHefei === undefined ||
    firmShanghai === undefined ||
    firmHefei === undefined ||
    providerSuzhou === undefined ||
    bank === undefined
  ) {
    throw new Error('a demo account did not sign in')
  }
  const organisationOf = async (cookie: string) =>
    field(expectStatus(await send(testApp, 'GET', '/api/me', cookie), 200), 'organisationId')
  return {
    office,
    officerShanghai,
    officerHefei,
    firmShanghai,
    firmHefei,
    providerSuzhou,
    bank,
    firmShanghaiId: await organisationOf(firmShanghai),
    firmHefeiId: await organisationOf(firmHefei),
    providerSuzhouId: await organisationOf(providerSuzhou),
  }
}

export function schemeInput(cityCode: string, overrides: Json = {}): Json {
  return {
    cityCode,
    nameZh: `${cityCode} 科技创新券`,
    nameEn: `${cityCode} innovation voucher`,
    voucherType: 'general',
    eligibleFirms: ['any_firm'],
    annualBudgetFen: 100_000_000_00,
    claimCapFen: 20_000_00,
    firmYearCapFen: 100_000_00,
    firmTotalCapFen: 300_000_00,
    voucherShareMaxPercent: 50,
    fullCoverageBelowFen: 0,
    validityDays: 365,
    serviceCategories: ['testing', 'rd_design', 'consulting', 'instrument_time'],
    settlementModel: 'provider_paid',
    utilisationGatePercent: 0,
    ...overrides,
  }
}

/** A scheme of the city with its budget funded. */
export async function fundedScheme(
  testApp: TestApp,
  cookie: string,
  cityCode: string,
  overrides: Json = {},
  fundingFen = 1_000_000_00,
): Promise<Json> {
  const scheme = expectStatus(
    await send(testApp, 'POST', '/api/voucher-schemes', cookie, schemeInput(cityCode, overrides)),
    201,
  )
  const funded = expectStatus(
    await send(testApp, 'POST', `/api/voucher-schemes/${field(scheme, 'id')}/appropriations`, cookie, {
      amountFen: fundingFen,
      documentReference: `${cityCode}财〔2026〕1号`,
    }),
    201,
  )
  return funded.scheme as Json
}

export async function publishedProduct(
  testApp: TestApp,
  cookie: string,
  overrides: Json = {},
): Promise<Json> {
  return expectStatus(
    await send(testApp, 'POST', '/api/service-products', cookie, {
      category: 'testing',
      nameZh: '芯片可靠性测试',
      nameEn: 'Chip reliability testing',
      descriptionZh: '高温高湿与温度循环可靠性测试',
      descriptionEn: 'Temperature, humidity and thermal cycling reliability tests',
      priceFen: 10_000_00,
      priceUnit: 'per_service',
      ...overrides,
    }),
    201,
  )
}

/** A claim by the firm, approved by the officer: the issued voucher. */
export async function issuedVoucher(
  testApp: TestApp,
  options: { firmCookie: string; officerCookie: string; schemeId: string; amountFen: number },
): Promise<Json> {
  const claim = expectStatus(
    await send(testApp, 'POST', '/api/voucher-claims', options.firmCookie, {
      schemeId: options.schemeId,
      requestedAmountFen: options.amountFen,
      purpose: 'Reliability testing of a new chip',
    }),
    201,
  )
  const decision = expectStatus(
    await send(
      testApp,
      'POST',
      `/api/voucher-claims/${field(claim, 'id')}/approve`,
      options.officerCookie,
      {},
    ),
    200,
  )
  return decision.voucher as Json
}

/** An active provider of a city other than the demo provider, found through the registry's API. */
export async function activeProviderIn(
  testApp: TestApp,
  cityCode: string,
  exceptId?: string,
): Promise<string> {
  const page = expectStatus(
    await send(testApp, 'GET', `/api/providers?city=${cityCode}&status=active&limit=100`),
    200,
  )
  const items = Array.isArray(page.items) ? (page.items as Json[]) : []
  const found = items.find((item) => item.id !== exceptId)
  if (found === undefined) throw new Error(`no active provider in ${cityCode}`)
  return field(found, 'id')
}

/** Everything a refused request must leave untouched. */
export async function ledgerSnapshot(testApp: TestApp): Promise<string> {
  const rows = await queryRows<Record<string, unknown>>(
    testApp.database.db,
    sql`SELECT (SELECT string_agg(id || ':' || balance_fen, ',' ORDER BY id) FROM ledger_accounts) AS balances,
               (SELECT count(*) FROM ledger_transfers) AS transfers,
               (SELECT count(*) FROM voucher_orders) AS orders,
               (SELECT string_agg(id || ':' || status, ',' ORDER BY id) FROM voucher_orders) AS order_states,
               (SELECT string_agg(id || ':' || status, ',' ORDER BY id) FROM voucher_claims) AS claim_states,
               (SELECT count(*) FROM vouchers) AS vouchers,
               (SELECT count(*) FROM audit_log) AS audit_records`,
  )
  return JSON.stringify(rows[0])
}
