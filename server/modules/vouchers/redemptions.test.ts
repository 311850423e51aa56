// Redemption, settlement and clearing through the API: both settlement models end to end, spot checks, the
// denials of the issue, and bad input that must change nothing.
import { sql } from 'drizzle-orm'
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { errorCode, useTestApp } from '../../testing/app'
import { countOf } from '../../testing/database'
import { shanghaiDateOf } from './rules'
import { expectRefusal, expectStatus, field, send } from '../../testing/requests'
import { signedInNewUser, useVoucherActors, type VoucherClaimants } from '../../testing/actors'
import {
  activeProviderIn,
  fundedScheme,
  issuedVoucher,
  ledgerSnapshot,
  publishedProduct,
} from '../../testing/factories'

type Json = Record<string, unknown>

const testApp = useTestApp()
const actors = useVoucherActors(testApp)
/** a ¥10,000 test of the Suzhou demo provider */
let suzhouTest: string
/** a user of another provider (Hefei) */
let otherProvider: string

const today = shanghaiDateOf(new Date())
const deliverable = {
  fileName: '测试报告.pdf',
  contentType: 'application/pdf',
  contentBase64: Buffer.from('%PDF-1.4 reliability test report').toString('base64'),
}
let invoiceSerial = 0
const nextInvoice = () => `FP-2026-${String(++invoiceSerial).padStart(6, '0')}`

beforeAll(async () => {
  suzhouTest = field(await publishedProduct(testApp, actors.providerSuzhou, { priceFen: 10_000_00 }), 'id')
  const hefeiProvider = await activeProviderIn(testApp, 'HF', actors.providerSuzhouId)
  otherProvider = await signedInNewUser(testApp, actors.office, {
    username: 'provider.hf.test',
    password: 'another-provider',
    displayNameZh: '合肥服务机构',
    displayNameEn: 'Hefei provider',
    role: 'provider',
    cityCode: 'HF',
    organisationId: hefeiProvider,
  })
})

async function deliveredOrder(
  claimants: VoucherClaimants,
  schemeOverrides: Json = {},
): Promise<{ order: Json; voucher: Json; schemeId: string }> {
  const scheme = await fundedScheme(testApp, claimants.officer, claimants.cityCode, {
    spotCheckPercent: 0,
    ...schemeOverrides,
  })
  const voucher = await issuedVoucher(testApp, claimants, field(scheme, 'id'), 20_000_00)
  const order = expectStatus(
    await send(testApp, 'POST', '/api/voucher-orders', claimants.firm, {
      voucherId: voucher.id,
      productId: suzhouTest,
    }),
    201,
  )
  return { order, voucher, schemeId: field(scheme, 'id') }
}

function claim(orderId: unknown, overrides: Json = {}, cookie = actors.providerSuzhou) {
  return send(testApp, 'POST', '/api/redemptions', cookie, {
    orderId,
    contractNumber: 'HT-2026-001',
    invoiceNumber: nextInvoice(),
    deliverable,
    ...overrides,
  })
}

const confirm = (id: string, cookie: string, rating = 5) =>
  send(testApp, 'POST', `/api/redemptions/${id}/confirm`, cookie, { rating, comment: '服务专业' })
const approve = (id: string, cookie: string) =>
  send(testApp, 'POST', `/api/redemptions/${id}/approve`, cookie, {})

interface Flow {
  issuerCityCode: string
  providerCityCode: string
  count: number
  valueFen: number
  providerPaidFen: number
}

/** Today's clearing report: the demo data holds a year of flows, so the tests compare before and after. */
async function clearingToday(): Promise<{
  flows: Flow[]
  positions: { cityCode: string; netFen: number }[]
}> {
  const report = expectStatus(
    await send(testApp, 'GET', `/api/clearing?periodStart=${today}&periodEnd=${today}`, actors.office),
    200,
  )
  return report as unknown as { flows: Flow[]; positions: { cityCode: string; netFen: number }[] }
}

const flowOf = (report: { flows: Flow[] }, issuer: string, provider: string): Flow =>
  report.flows.find((flow) => flow.issuerCityCode === issuer && flow.providerCityCode === provider) ?? {
    issuerCityCode: issuer,
    providerCityCode: provider,
    count: 0,
    valueFen: 0,
    providerPaidFen: 0,
  }

/** Yuan as the exports write them: amounts here are small enough for toFixed to be exact. */
const yuanText = (amountFen: number) => (amountFen / 100).toFixed(2)

/** The first data row of the workbook's sheet whose cell in `column` holds `value`. */
function rowWhere(workbook: ExcelJS.Workbook, sheetName: string, column: number, value: unknown) {
  const worksheet = workbook.getWorksheet(sheetName)
  const rows = worksheet === undefined ? [] : (worksheet.getRows(2, worksheet.rowCount - 1) ?? [])
  return rows.find((row) => row.getCell(column).value === value)
}

/** The payment batch workbook, read back: the payee's amount is a yuan number, the claim's approval a date. */
async function expectTypedWorkbook(bytes: Buffer, payee: Json | undefined, redemptionId: string) {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(new Uint8Array(bytes).buffer)
  const amount = rowWhere(workbook, 'payments', 3, payee?.payeeCreditCode)?.getCell(6)
  expect(amount?.type).toBe(ExcelJS.ValueType.Number)
  expect(amount?.value).toBe(Number(payee?.amountFen) / 100)
  expect(amount?.numFmt).toBe('#,##0.00')
  const approvedAt = rowWhere(workbook, 'redemptions', 1, redemptionId)?.getCell(3)
  expect(approvedAt?.value).toBeInstanceOf(Date)
  expect(approvedAt?.numFmt).toBe('yyyy-mm-dd hh:mm')
}

const netOf = (report: { positions: { cityCode: string; netFen: number }[] }, cityCode: string) =>
  report.positions.find((position) => position.cityCode === cityCode)?.netFen ?? 0

async function allPayments(runId: string): Promise<Json[]> {
  const page = expectStatus(
    await send(testApp, 'GET', `/api/settlements/${runId}/payments?limit=100`, actors.office),
    200,
  )
  return page.items as Json[]
}

async function verification() {
  return expectStatus(await send(testApp, 'GET', '/api/voucher-ledger/verification', actors.office), 200)
}

describe('the lifecycle, provider paid (通兑): Songjiang voucher spent in Suzhou', () => {
  let redemptionId: string
  let orderId: string

  it('lets the provider claim with contract, invoice and deliverable, marking the order delivered', async () => {
    const { order } = await deliveredOrder(actors.shanghai)
    orderId = field(order, 'id')
    const claimed = expectStatus(await claim(orderId, { invoiceNumber: 'fp 2026 sh-001' }), 201)
    redemptionId = field(claimed, 'id')
    expect(claimed).toMatchObject({
      status: 'awaiting_confirmation',
      amountFen: 5_000_00,
      invoiceNumber: 'FP2026SH-001',
      issuerCityCode: 'SH-SJ',
      providerCityCode: 'SZ',
      settlementModel: 'provider_paid',
    })
    const stored = Buffer.from(deliverable.contentBase64, 'base64')
    const { createHash } = await import('node:crypto')
    expect(claimed.deliverable).toEqual({
      fileName: deliverable.fileName,
      contentType: 'application/pdf',
      sizeBytes: stored.length,
      sha256: createHash('sha256').update(stored).digest('hex'),
    })
    const orderNow = expectStatus(
      await send(testApp, 'GET', `/api/voucher-orders/${orderId}`, actors.firmShanghai),
      200,
    )
    expect(orderNow.status).toBe('delivered')
    const listed = expectStatus(
      await send(testApp, 'GET', `/api/redemptions?order=${orderId}`, actors.officerShanghai),
      200,
    )
    // the list names what was bought and from whom, in the list itself
    expect(listed.items).toEqual([
      expect.objectContaining({
        id: redemptionId,
        category: 'testing',
        subject: { nameZh: '芯片可靠性测试', nameEn: 'Chip reliability testing' },
        firm: expect.objectContaining({ id: actors.firmShanghaiId, nameZh: expect.stringMatching(/\S/) }),
        provider: expect.objectContaining({
          id: actors.providerSuzhouId,
          nameEn: expect.stringMatching(/\S/),
        }),
      }),
    ])
    const file = await send(
      testApp,
      'GET',
      `/api/redemptions/${redemptionId}/deliverable`,
      actors.officerShanghai,
    )
    expect(file.statusCode).toBe(200)
    expect(file.headers['content-type']).toBe('application/pdf')
    expect(file.rawPayload.equals(stored)).toBe(true)
  })

  it('refuses the same invoice again anywhere in the corridor, whatever its spacing or case', async () => {
    const { order } = await deliveredOrder(actors.hefei)
    const before = await ledgerSnapshot(testApp)
    const response = await claim(order.id, { invoiceNumber: 'FP2026SH-001' })
    expectRefusal(response, 409, 'REDEMPTION_INVOICE_DUPLICATE')
    expect(await ledgerSnapshot(testApp)).toBe(before)
  })

  it('refuses a second claim on an order with one in progress', async () => {
    const response = await claim(orderId)
    expect(errorCode(response)).toBe('REDEMPTION_ALREADY_CLAIMED')
  })

  it('refuses approval before the firm confirms', async () => {
    const response = await approve(redemptionId, actors.officerShanghai)
    expectRefusal(response, 409, 'REDEMPTION_TRANSITION_INVALID')
  })

  it('lets only the holder confirm, then only the issuing city approve, moving reservation to payable', () =>
    confirmThenApprove(redemptionId, orderId))

  it('settles the period as one payment batch, this claim paid to the provider, exported as CSV and Excel', () =>
    settleAndExportPeriod(redemptionId))

  it('exports the clearing report, to officials only, for a valid period', async () => {
    const csv = await send(
      testApp,
      'GET',
      `/api/clearing/export?periodStart=${today}&periodEnd=${today}`,
      actors.officerHefei,
    )
    expect(csv.statusCode).toBe(200)
    const flow = flowOf(await clearingToday(), 'SH-SJ', 'SZ')
    expect(csv.body).toContain(
      `flow,SH-SJ,SZ,${flow.count},${yuanText(flow.valueFen)},${yuanText(flow.providerPaidFen)},,${today},${today}`,
    )
    expect(
      errorCode(
        await send(
          testApp,
          'GET',
          `/api/clearing?periodStart=${today}&periodEnd=${today}`,
          actors.firmShanghai,
        ),
      ),
    ).toBe('FORBIDDEN')
    expect(
      errorCode(
        await send(
          testApp,
          'GET',
          `/api/clearing?periodStart=2026-03-01&periodEnd=2026-02-01`,
          actors.office,
        ),
      ),
    ).toBe('CLEARING_PERIOD_INVALID')
  })
})

async function confirmThenApprove(redemptionId: string, orderId: string) {
  expect(errorCode(await confirm(redemptionId, actors.firmHefei))).toBe('FORBIDDEN')
  const confirmed = expectStatus(await confirm(redemptionId, actors.firmShanghai, 4), 200)
  expect(confirmed).toMatchObject({ status: 'submitted', firmRating: 4, spotCheck: { selected: false } })
  const before = await ledgerSnapshot(testApp)
  for (const cookie of [actors.officerHefei, actors.firmShanghai, actors.providerSuzhou]) {
    const denied = await approve(redemptionId, cookie)
    expectRefusal(denied, 403, 'FORBIDDEN')
  }
  expect(
    errorCode(
      await send(testApp, 'POST', `/api/redemptions/${redemptionId}/reject`, actors.officerHefei, {
        reason: 'no',
      }),
    ),
  ).toBe('FORBIDDEN')
  expect(await ledgerSnapshot(testApp)).toBe(before)
  const clearingBefore = await clearingToday()
  const approved = expectStatus(await approve(redemptionId, actors.officerShanghai), 200)
  expect(approved.status).toBe('approved')
  expect(errorCode(await approve(redemptionId, actors.officerShanghai))).toBe('REDEMPTION_TRANSITION_INVALID')
  const orderNow = expectStatus(
    await send(testApp, 'GET', `/api/voucher-orders/${orderId}`, actors.firmShanghai),
    200,
  )
  expect(orderNow.status).toBe('redeemed')
  expect((await verification()).ok).toBe(true)
  // the clearing report moves by exactly this claim: Songjiang owes Suzhou ¥5,000 more
  const clearingAfter = await clearingToday()
  const beforeFlow = flowOf(clearingBefore, 'SH-SJ', 'SZ')
  const afterFlow = flowOf(clearingAfter, 'SH-SJ', 'SZ')
  expect([afterFlow.count - beforeFlow.count, afterFlow.valueFen - beforeFlow.valueFen]).toEqual([
    1, 5_000_00,
  ])
  expect(afterFlow.providerPaidFen - beforeFlow.providerPaidFen).toBe(5_000_00)
  expect(netOf(clearingAfter, 'SH-SJ') - netOf(clearingBefore, 'SH-SJ')).toBe(-5_000_00)
  expect(netOf(clearingAfter, 'SZ') - netOf(clearingBefore, 'SZ')).toBe(5_000_00)
  expect(clearingAfter.positions.reduce((sum, position) => sum + position.netFen, 0)).toBe(0)
}

async function settleAndExportPeriod(redemptionId: string) {
  const run = expectStatus(
    await send(testApp, 'POST', '/api/settlements', actors.officerShanghai, {
      cityCode: 'SH-SJ',
      periodStart: today,
      periodEnd: today,
    }),
    201,
  )
  const runId = field(run, 'id')
  const settled = expectStatus(
    await send(testApp, 'GET', `/api/redemptions/${redemptionId}`, actors.firmShanghai),
    200,
  )
  expect(settled.settlementRunId).toBe(runId)
  const payments = await allPayments(runId)
  expect(payments).toHaveLength(Number(run.paymentCount))
  expect(payments.reduce((sum, payment) => sum + Number(payment.amountFen), 0)).toBe(run.totalFen)
  const toProvider = payments.find((payment) => payment.payeeId === actors.providerSuzhouId)
  expect(toProvider).toMatchObject({ payeeKind: 'provider' })
  expect(Number(toProvider?.amountFen)).toBeGreaterThanOrEqual(5_000_00)
  const csv = await send(
    testApp,
    'GET',
    `/api/settlements/${runId}/export?format=csv`,
    actors.officerShanghai,
  )
  expect(csv.statusCode).toBe(200)
  expect(csv.headers['content-type']).toContain('text/csv')
  expect(csv.body.trimEnd().split('\r\n')).toHaveLength(payments.length + 1)
  expect(csv.body).toContain(String(toProvider?.payeeCreditCode))
  const amountFen = Number(toProvider?.amountFen)
  expect(csv.body).toContain(`,${yuanText(amountFen)},${amountFen}\r\n`)
  const xlsx = await send(
    testApp,
    'GET',
    `/api/settlements/${runId}/export?format=xlsx`,
    actors.officerShanghai,
  )
  expect(xlsx.statusCode).toBe(200)
  expect(xlsx.headers['content-type']).toBe(
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  )
  expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK')
  await expectTypedWorkbook(xlsx.rawPayload, toProvider, redemptionId)
  // the same days cannot be settled twice, and another city's officer cannot read or run this city's batch
  const overlap = await send(testApp, 'POST', '/api/settlements', actors.officerShanghai, {
    cityCode: 'SH-SJ',
    periodStart: today,
    periodEnd: today,
  })
  expect(errorCode(overlap)).toBe('SETTLEMENT_PERIOD_OVERLAPS')
  expect(errorCode(await send(testApp, 'GET', `/api/settlements/${runId}`, actors.officerHefei))).toBe(
    'FORBIDDEN',
  )
  expect(
    errorCode(
      await send(testApp, 'POST', '/api/settlements', actors.officerHefei, {
        cityCode: 'SH-SJ',
        periodStart: '2024-01-01',
        periodEnd: '2024-01-31',
      }),
    ),
  ).toBe('FORBIDDEN')
  expect((await verification()).ok).toBe(true)
}

describe('the lifecycle, firm reimbursed (通用): Hefei voucher spent in Suzhou', () => {
  it('pays the firm, not the provider, and leaves the net positions of treasuries untouched', async () => {
    const { order } = await deliveredOrder(actors.hefei, { settlementModel: 'firm_reimbursed' })
    const claimed = expectStatus(await claim(order.id), 201)
    const id = field(claimed, 'id')
    expectStatus(await confirm(id, actors.firmHefei), 200)
    const clearingBefore = await clearingToday()
    expectStatus(await approve(id, actors.office), 200)
    const run = expectStatus(
      await send(testApp, 'POST', '/api/settlements', actors.officerHefei, {
        cityCode: 'HF',
        periodStart: today,
        periodEnd: today,
      }),
      201,
    )
    const toFirm = (await allPayments(field(run, 'id'))).find(
      (payment) => payment.payeeId === actors.firmHefeiId,
    )
    expect(toFirm).toMatchObject({ payeeKind: 'firm' })
    expect(Number(toFirm?.amountFen)).toBeGreaterThanOrEqual(5_000_00)
    const clearingAfter = await clearingToday()
    const beforeFlow = flowOf(clearingBefore, 'HF', 'SZ')
    const afterFlow = flowOf(clearingAfter, 'HF', 'SZ')
    expect([
      afterFlow.valueFen - beforeFlow.valueFen,
      afterFlow.providerPaidFen - beforeFlow.providerPaidFen,
    ]).toEqual([5_000_00, 0])
    expect(netOf(clearingAfter, 'HF')).toBe(netOf(clearingBefore, 'HF'))
    const verified = await verification()
    expect(verified.firstViolation).toBe(null)
  })
})

describe('spot checks', () => {
  it('hold a drawn claim until a passed check, and reject one that fails; the provider may claim again', async () => {
    const { order } = await deliveredOrder(actors.shanghai, { spotCheckPercent: 100 })
    const invoiceNumber = nextInvoice()
    const first = field(expectStatus(await claim(order.id, { invoiceNumber }), 201), 'id')
    const drawn = expectStatus(await confirm(first, actors.firmShanghai), 200)
    expect(drawn.spotCheck).toMatchObject({ selected: true, result: null })
    expect(errorCode(await approve(first, actors.officerShanghai))).toBe('REDEMPTION_SPOT_CHECK_PENDING')
    const failed = expectStatus(
      await send(testApp, 'POST', `/api/redemptions/${first}/spot-check`, actors.officerShanghai, {
        passed: false,
        note: '现场核查：报告与样品不符',
      }),
      200,
    )
    expect(failed).toMatchObject({ status: 'rejected', spotCheck: { result: 'failed' } })
    // the rejected claim frees the order and its invoice for a corrected claim
    const second = field(expectStatus(await claim(order.id, { invoiceNumber }), 201), 'id')
    expectStatus(await confirm(second, actors.firmShanghai), 200)
    expectStatus(
      await send(testApp, 'POST', `/api/redemptions/${second}/spot-check`, actors.officerShanghai, {
        passed: true,
        note: '复核通过',
      }),
      200,
    )
    expect(expectStatus(await approve(second, actors.officerShanghai), 200).status).toBe('approved')
    expect(
      errorCode(
        await send(testApp, 'POST', `/api/redemptions/${second}/spot-check`, actors.officerShanghai, {
          passed: true,
          note: 'again',
        }),
      ),
    ).toBe('REDEMPTION_NOT_DRAWN_FOR_SPOT_CHECK')
  })
})

describe('denials and bad input', () => {
  let orderId: string

  beforeAll(async () => {
    const { order } = await deliveredOrder(actors.shanghai)
    orderId = field(order, 'id')
  })

  it("refuses a provider claiming another provider's order, and anyone but a provider", async () => {
    const before = await ledgerSnapshot(testApp)
    for (const cookie of [otherProvider, actors.firmShanghai, actors.officerShanghai, actors.office]) {
      const response = await claim(orderId, {}, cookie)
      expectRefusal(response, 403, 'FORBIDDEN')
    }
    expect(await ledgerSnapshot(testApp)).toBe(before)
  })

  it('refuses malformed claims with a 4xx and a stable code, changing nothing', async () => {
    const before = await ledgerSnapshot(testApp)
    const cases: [Json, number, string][] = [
      [
        { deliverable: { ...deliverable, contentBase64: 'not base64!!' } },
        422,
        'REDEMPTION_DELIVERABLE_INVALID',
      ],
      [{ deliverable: { ...deliverable, fileName: '../etc/passwd' } }, 400, 'VALIDATION_FAILED'],
      [{ invoiceNumber: '' }, 400, 'VALIDATION_FAILED'],
      [{ invoiceNumber: '   ' }, 400, 'VALIDATION_FAILED'],
      [{ orderId: 'vord_unknown' }, 404, 'ORDER_NOT_FOUND'],
      [{ amountFen: 100 }, 400, 'VALIDATION_FAILED'],
    ]
    for (const [overrides, status, code] of cases) {
      const response = await claim(orderId, overrides)
      expect({ overrides, status: response.statusCode, code: errorCode(response) }).toEqual({
        overrides,
        status,
        code,
      })
    }
    expect(await ledgerSnapshot(testApp)).toBe(before)
  })

  it('refuses bad ratings, unknown claims and impossible settlement periods', async () => {
    const id = field(expectStatus(await claim(orderId), 201), 'id')
    for (const rating of [0, 6, 4.5]) {
      expect(errorCode(await confirm(id, actors.firmShanghai, rating))).toBe('VALIDATION_FAILED')
    }
    expect(errorCode(await approve('rdmp_unknown', actors.officerShanghai))).toBe('REDEMPTION_NOT_FOUND')
    const settle = (body: Json) => send(testApp, 'POST', '/api/settlements', actors.officerShanghai, body)
    expect(
      errorCode(await settle({ cityCode: 'SH-SJ', periodStart: '2030-01-01', periodEnd: '2030-01-31' })),
    ).toBe('SETTLEMENT_PERIOD_NOT_ENDED')
    expect(
      errorCode(await settle({ cityCode: 'SH-SJ', periodStart: '2025-02-01', periodEnd: '2025-01-01' })),
    ).toBe('SETTLEMENT_PERIOD_INVALID')
    expect(
      errorCode(await settle({ cityCode: 'SH-SJ', periodStart: '2025-01-01', periodEnd: '2025-01-31' })),
    ).toBe('SETTLEMENT_NOTHING_TO_SETTLE')
    expect(
      errorCode(await settle({ cityCode: 'XX', periodStart: '2025-01-01', periodEnd: '2025-01-31' })),
    ).toBe('VALIDATION_FAILED')
    const runs = await countOf(
      testApp.database.db,
      sql`SELECT count(*) AS count FROM settlement_runs WHERE period_start >= '2025-01-01' AND period_end <= '2025-01-31'`,
    )
    expect(runs).toBe(0)
  })
})
