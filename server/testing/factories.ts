// Test factories: schemes funded, products published and vouchers issued through the API, and what a refusal must
// leave unchanged (the ledger, the audit log).
import { sql } from 'drizzle-orm'
import { queryRows } from '../db/client'
import type { VoucherClaimants } from './actors'
import type { TestApp } from './app'
import { expectStatus, field, send, type Json } from './requests'
import { countOf } from './database'

/** The number of audit records: a refusal must not add one. */
export function auditRecordCount(testApp: TestApp): Promise<number> {
  return countOf(testApp.database.db, sql`SELECT count(*) AS count FROM audit_log`)
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

/** A claim by the firm under the scheme, approved by the officer of its city: the issued voucher. */
export async function issuedVoucher(
  testApp: TestApp,
  holder: VoucherClaimants,
  schemeId: string,
  amountFen: number,
): Promise<Json> {
  const claim = expectStatus(
    await send(testApp, 'POST', '/api/voucher-claims', holder.firm, {
      schemeId,
      requestedAmountFen: amountFen,
      purpose: 'Reliability testing of a new chip',
    }),
    201,
  )
  const decision = expectStatus(
    await send(testApp, 'POST', `/api/voucher-claims/${field(claim, 'id')}/approve`, holder.officer, {}),
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
