import { sql } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../../db/client'
import { requestHashOf } from '../../platform/idempotency/idempotency.plugin'
import { errorCode, useTestApp } from '../../testing/app'
import { countOf } from '../../testing/database'
import { verifyLedger } from './ledger.service'
import * as repository from './orders.repository'
import { expectStatus, field, send } from '../../testing/requests'
import { useVoucherActors } from '../../testing/actors'
import {
  activeProviderIn,
  auditRecordCount,
  fundedScheme,
  issuedVoucher,
  ledgerSnapshot,
  publishedProduct,
} from '../../testing/factories'

const testApp = useTestApp()
const actors = useVoucherActors(testApp)
/** a Suzhou test (¥10,000) of the demo provider */
let suzhouTest: string
/** a Hefei consulting product of another active provider */
let hefeiConsulting: string

beforeAll(async () => {
  suzhouTest = field(await publishedProduct(testApp, actors.providerSuzhou, { priceFen: 10_000_00 }), 'id')
  const hefeiProvider = await activeProviderIn(testApp, 'HF')
  hefeiConsulting = field(
    await publishedProduct(testApp, actors.office, {
      providerId: hefeiProvider,
      category: 'consulting',
      nameZh: '工艺咨询',
      nameEn: 'Process consulting',
      priceFen: 4_000_00,
    }),
    'id',
  )
})

async function voucherUnder(overrides: Record<string, unknown> = {}, amountFen = 20_000_00) {
  const scheme = await fundedScheme(testApp, actors.officerShanghai, 'SH-SJ', overrides)
  return issuedVoucher(testApp, actors.shanghai, field(scheme, 'id'), amountFen)
}

function order(
  voucher: Record<string, unknown>,
  productId: string,
  extra: Record<string, unknown> = {},
  cookie?: string,
) {
  return send(testApp, 'POST', '/api/voucher-orders', cookie ?? actors.firmShanghai, {
    voucherId: voucher.id,
    productId,
    ...extra,
  })
}

async function voucherState(voucher: Record<string, unknown>) {
  return expectStatus(
    await send(testApp, 'GET', `/api/vouchers/${field(voucher, 'id')}`, actors.firmShanghai),
    200,
  )
}

/** A refusal: the status and code, and nothing changed (ledger, orders, claims, audit). */
async function expectRefusal(request: () => ReturnType<typeof send>, status: number, code: string) {
  const before = await ledgerSnapshot(testApp)
  const response = await request()
  expect(response.statusCode, response.body).toBe(status)
  expect(errorCode(response)).toBe(code)
  expect(await ledgerSnapshot(testApp)).toBe(before)
  return response
}

describe('the voucher share and the co-pay', () => {
  it('computes the split from the scheme, reserves the voucher share and records one audit record', async () => {
    const voucher = await voucherUnder({ voucherShareMaxPercent: 50 })
    const before = await auditRecordCount(testApp)
    const placed = expectStatus(await order(voucher, suzhouTest, { quantity: 2 }), 201)
    expect(placed).toMatchObject({
      status: 'reserved',
      quantity: 2,
      unitPriceFen: 10_000_00,
      amountFen: 20_000_00,
      voucherShareFen: 10_000_00,
      firmCopayFen: 10_000_00,
      issuerCityCode: 'SH-SJ',
      providerCityCode: 'SZ',
      providerId: actors.providerSuzhouId,
      settlementModel: 'provider_paid',
    })
    expect(await auditRecordCount(testApp)).toBe(before + 1)
    expect(await voucherState(voucher)).toMatchObject({ availableFen: 10_000_00, reservedFen: 10_000_00 })
    const ledger = expectStatus(
      await send(testApp, 'GET', `/api/vouchers/${field(voucher, 'id')}/ledger`, actors.firmShanghai),
      200,
    )
    expect(
      (ledger.items as { kind: string; amountFen: number }[]).map((entry) => [entry.kind, entry.amountFen]),
    ).toEqual([
      ['reserve', 10_000_00],
      ['issue', 20_000_00],
    ])
    // each entry numbers and names the record it was made for, in the same answer: the claim by its number and
    // scheme, the order by its number and product
    const [reserve, issue] = ledger.items as { subject: Record<string, unknown> | null }[]
    expect(issue?.subject).toMatchObject({ kind: 'claim', id: field(voucher, 'claimId') })
    expect(issue?.subject?.number).toMatch(/^SQ-\d{4}-\d{6}-[0-9A-Z]$/)
    expect(issue?.subject?.nameEn).not.toBe('')
    expect(reserve?.subject).toMatchObject({
      kind: 'order',
      id: field(placed, 'id'),
      number: field(placed, 'number'),
      nameZh: '芯片可靠性测试',
      nameEn: 'Chip reliability testing',
    })
  })

  it('covers an order under the threshold in full', async () => {
    const voucher = await voucherUnder({ voucherShareMaxPercent: 50, fullCoverageBelowFen: 5_000_00 })
    const placed = expectStatus(await order(voucher, hefeiConsulting), 201)
    expect(placed).toMatchObject({ amountFen: 4_000_00, voucherShareFen: 4_000_00, firmCopayFen: 0 })
    const overThreshold = expectStatus(await order(voucher, suzhouTest), 201)
    expect(overThreshold).toMatchObject({ voucherShareFen: 5_000_00, firmCopayFen: 5_000_00 })
  })

  it('lets the firm ask the voucher to pay less, refuses more than the rule allows, and uses what is left', async () => {
    const voucher = await voucherUnder({ voucherShareMaxPercent: 50 }, 6_000_00)
    expect(expectStatus(await order(voucher, suzhouTest, { voucherShareFen: 2_000_00 }), 201)).toMatchObject({
      voucherShareFen: 2_000_00,
      firmCopayFen: 8_000_00,
    })
    await expectRefusal(
      () => order(voucher, suzhouTest, { voucherShareFen: 5_000_01 }),
      422,
      'VOUCHER_SHARE_OVER_LIMIT',
    )
    await expectRefusal(
      () => order(voucher, suzhouTest, { voucherShareFen: 4_000_01 }),
      409,
      'VOUCHER_BALANCE_INSUFFICIENT',
    )
    // Without an asked-for share the voucher pays what it still holds (¥4,000 of the ¥5,000 the rule allows).
    expect(expectStatus(await order(voucher, suzhouTest), 201)).toMatchObject({
      voucherShareFen: 4_000_00,
      firmCopayFen: 6_000_00,
    })
    await expectRefusal(() => order(voucher, suzhouTest), 409, 'VOUCHER_BALANCE_INSUFFICIENT')
    expect(await voucherState(voucher)).toMatchObject({ availableFen: 0, reservedFen: 6_000_00 })
  })
})

describe('what the rules forbid', () => {
  it('refuses a provider of a city the scheme does not recognise', async () => {
    const voucher = await voucherUnder({ recognisedCityCodes: ['SH-SJ', 'SZ'] })
    await expectRefusal(() => order(voucher, hefeiConsulting), 422, 'PROVIDER_NOT_RECOGNISED')
    expectStatus(await order(voucher, suzhouTest), 201)
  })

  it('refuses a service category the scheme does not pay for', async () => {
    const voucher = await voucherUnder({ serviceCategories: ['testing'] })
    await expectRefusal(() => order(voucher, hefeiConsulting), 422, 'SERVICE_CATEGORY_NOT_ALLOWED')
  })

  it('refuses an expired voucher', async () => {
    const voucher = await voucherUnder()
    // Time passes: the voucher's last valid day is behind us.
    await testApp.database.db.execute(
      sql`UPDATE vouchers SET issued_at = now() - interval '2 days', expires_at = now() - interval '1 minute'
           WHERE id = ${field(voucher, 'id')}`,
    )
    await expectRefusal(() => order(voucher, suzhouTest), 409, 'VOUCHER_EXPIRED')
    expect((await voucherState(voucher)).status).toBe('expired')
  })

  it('refuses a suspended provider and one not yet admitted, and a withdrawn product', async () => {
    const voucher = await voucherUnder()
    const providerId = await activeProviderIn(testApp, 'JX')
    const product = field(await publishedProduct(testApp, actors.office, { providerId }), 'id')
    expectStatus(await order(voucher, product), 201)
    expectStatus(
      await send(testApp, 'POST', `/api/providers/${providerId}/admission`, actors.office, {
        status: 'suspended',
        reason: 'spot check found a falsified report',
      }),
      200,
    )
    await expectRefusal(() => order(voucher, product), 409, 'PROVIDER_SUSPENDED')
    const noticePage = expectStatus(
      await send(testApp, 'GET', '/api/providers?status=public_notice&limit=1'),
      200,
    )
    const noticeProvider = field((noticePage.items as Record<string, unknown>[])[0] ?? {}, 'id')
    const noticeProduct = field(
      await publishedProduct(testApp, actors.office, { providerId: noticeProvider }),
      'id',
    )
    await expectRefusal(() => order(voucher, noticeProduct), 409, 'PROVIDER_NOT_ADMITTED')
    const withdrawn = field(await publishedProduct(testApp, actors.providerSuzhou), 'id')
    expectStatus(
      await send(testApp, 'PATCH', `/api/service-products/${withdrawn}`, actors.providerSuzhou, {
        status: 'withdrawn',
      }),
      200,
    )
    await expectRefusal(() => order(voucher, withdrawn), 409, 'PRODUCT_WITHDRAWN')
  })

  it("refuses a firm spending another firm's voucher, and anyone but a firm ordering", async () => {
    const voucher = await voucherUnder()
    await expectRefusal(() => order(voucher, suzhouTest, {}, actors.firmHefei), 403, 'FORBIDDEN')
    await expectRefusal(() => order(voucher, suzhouTest, {}, actors.providerSuzhou), 403, 'FORBIDDEN')
    await expectRefusal(() => order(voucher, suzhouTest, {}, actors.officerShanghai), 403, 'FORBIDDEN')
    await expectRefusal(() => order(voucher, suzhouTest, {}, actors.office), 403, 'FORBIDDEN')
    const anonymous = await send(testApp, 'POST', '/api/voucher-orders', undefined, {
      voucherId: voucher.id,
      productId: suzhouTest,
    })
    expect(errorCode(anonymous)).toBe('AUTH_REQUIRED')
  })
})

describe("an order's copies of its voucher and provider", () => {
  /** the constraint that refused a statement, from the driver's error or its cause */
  async function refusingConstraint(statement: Promise<unknown>): Promise<string | null> {
    try {
      await statement
      return null
    } catch (error) {
      const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error
      return cause instanceof Error && 'constraint' in cause ? String(cause.constraint) : String(cause)
    }
  }

  it('cannot disagree with the voucher or the provider they were copied from', async () => {
    const db = testApp.database.db
    const orderId = field(expectStatus(await order(await voucherUnder(), suzhouTest), 201), 'id')
    const [other] = await queryRows<{ firm_id: string; city_code: string }>(
      db,
      sql`SELECT f.id AS firm_id, c.code AS city_code FROM firms f, cities c, voucher_orders o
           WHERE o.id = ${orderId} AND f.id <> o.firm_id AND c.code NOT IN (o.issuer_city_code, o.provider_city_code)
           LIMIT 1`,
    )
    if (other === undefined) throw new Error('the test needs another firm and a third city')
    const changes = [
      [
        'voucher_orders_voucher_fk',
        sql`UPDATE voucher_orders SET firm_id = ${other.firm_id} WHERE id = ${orderId}`,
      ],
      [
        'voucher_orders_voucher_fk',
        sql`UPDATE voucher_orders SET issuer_city_code = ${other.city_code} WHERE id = ${orderId}`,
      ],
      [
        'voucher_orders_provider_fk',
        sql`UPDATE voucher_orders SET provider_city_code = ${other.city_code} WHERE id = ${orderId}`,
      ],
    ] as const
    const before = await ledgerSnapshot(testApp)
    for (const [constraint, change] of changes) {
      expect(await refusingConstraint(db.execute(change))).toBe(constraint)
    }
    expect(await ledgerSnapshot(testApp)).toBe(before)
  })
})

describe('cancelling and reading orders', () => {
  it('releases the reservation when the firm cancels before delivery, once', async () => {
    const voucher = await voucherUnder()
    const placed = expectStatus(await order(voucher, suzhouTest), 201)
    const url = `/api/voucher-orders/${field(placed, 'id')}/cancel`
    expect(await voucherState(voucher)).toMatchObject({ availableFen: 15_000_00, reservedFen: 5_000_00 })
    const cancelled = expectStatus(
      await send(testApp, 'POST', url, actors.firmShanghai, { reason: 'plan changed' }),
      200,
    )
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: 'plan changed' })
    expect(await voucherState(voucher)).toMatchObject({ availableFen: 20_000_00, reservedFen: 0 })
    await expectRefusal(
      () => send(testApp, 'POST', url, actors.firmShanghai, {}),
      409,
      'ORDER_TRANSITION_INVALID',
    )
  })

  it('lets the provider cancel its own order, and refuses other firms and providers', async () => {
    const voucher = await voucherUnder()
    const placed = expectStatus(await order(voucher, suzhouTest), 201)
    const url = `/api/voucher-orders/${field(placed, 'id')}/cancel`
    await expectRefusal(() => send(testApp, 'POST', url, actors.firmHefei, {}), 403, 'FORBIDDEN')
    const hefeiOrder = expectStatus(await order(voucher, hefeiConsulting), 201)
    await expectRefusal(
      () =>
        send(
          testApp,
          'POST',
          `/api/voucher-orders/${field(hefeiOrder, 'id')}/cancel`,
          actors.providerSuzhou,
          {},
        ),
      403,
      'FORBIDDEN',
    )
    expectStatus(await send(testApp, 'POST', url, actors.providerSuzhou, { reason: 'instrument down' }), 200)
  })

  it('shows an order to its firm, its provider, the officers of its two cities and the office', async () => {
    const voucher = await voucherUnder()
    const placed = expectStatus(await order(voucher, suzhouTest), 201)
    const url = `/api/voucher-orders/${field(placed, 'id')}`
    for (const cookie of [
      actors.firmShanghai,
      actors.providerSuzhou,
      actors.officerShanghai,
      actors.office,
    ]) {
      expect((await send(testApp, 'GET', url, cookie)).statusCode).toBe(200)
    }
    expect(errorCode(await send(testApp, 'GET', url, actors.firmHefei))).toBe('FORBIDDEN')
    expect(errorCode(await send(testApp, 'GET', url, actors.officerHefei))).toBe('FORBIDDEN')
    expect(errorCode(await send(testApp, 'GET', url, actors.bank))).toBe('FORBIDDEN')
    const providerList = expectStatus(
      await send(testApp, 'GET', '/api/voucher-orders?limit=100', actors.providerSuzhou),
      200,
    )
    const items = providerList.items as { providerId: string; id: string }[]
    expect(items.map((item) => item.id)).toContain(placed.id)
    expect(items.every((item) => item.providerId === actors.providerSuzhouId)).toBe(true)
    // the list names the firm, the provider and the product itself: no lookup per row
    const [firm, provider] = await Promise.all(
      [`/api/firms/${actors.firmShanghaiId}`, `/api/providers/${actors.providerSuzhouId}`].map(async (path) =>
        expectStatus(await send(testApp, 'GET', path, actors.office), 200),
      ),
    )
    expect(items.find((item) => item.id === placed.id)).toMatchObject({
      firm: { id: actors.firmShanghaiId, nameZh: firm?.nameZh, nameEn: firm?.nameEn },
      provider: { id: actors.providerSuzhouId, nameZh: provider?.nameZh, nameEn: provider?.nameEn },
      subject: { id: suzhouTest, nameZh: '芯片可靠性测试', nameEn: 'Chip reliability testing' },
    })
    const firmList = expectStatus(
      await send(testApp, 'GET', `/api/voucher-orders?voucher=${field(voucher, 'id')}`, actors.firmShanghai),
      200,
    )
    expect(firmList.items).toHaveLength(1)
    expect(
      errorCode(
        await send(testApp, 'GET', `/api/voucher-orders?firm=${actors.firmShanghaiId}`, actors.firmHefei),
      ),
    ).toBe('FORBIDDEN')
  })
})

describe('service products', () => {
  it('lets a provider publish and change its own products, and nobody else’s', async () => {
    const product = await publishedProduct(testApp, actors.providerSuzhou, {
      category: 'instrument_time',
      nameZh: '透射电镜机时',
      nameEn: 'TEM instrument time',
      priceUnit: 'per_hour',
      priceFen: 800_00,
    })
    expect(product).toMatchObject({
      providerId: actors.providerSuzhouId,
      providerCityCode: 'SZ',
      status: 'published',
    })
    const url = `/api/service-products/${field(product, 'id')}`
    expect(
      expectStatus(await send(testApp, 'PATCH', url, actors.providerSuzhou, { priceFen: 900_00 }), 200)
        .priceFen,
    ).toBe(900_00)
    expect(errorCode(await send(testApp, 'PATCH', url, actors.firmShanghai, { priceFen: 1 }))).toBe(
      'FORBIDDEN',
    )
    expect(
      errorCode(
        await send(testApp, 'PATCH', `/api/service-products/${hefeiConsulting}`, actors.providerSuzhou, {
          priceFen: 1,
        }),
      ),
    ).toBe('FORBIDDEN')
    const forOther = await send(testApp, 'POST', '/api/service-products', actors.providerSuzhou, {
      providerId: await activeProviderIn(testApp, 'HF'),
      category: 'testing',
      nameZh: '冒名',
      nameEn: 'Impostor',
      descriptionZh: '冒名',
      descriptionEn: 'Impostor',
      priceFen: 1_00,
      priceUnit: 'per_service',
    })
    expect(errorCode(forOther)).toBe('FORBIDDEN')
    const found = expectStatus(
      await send(
        testApp,
        'GET',
        `/api/service-products?q=${encodeURIComponent('透射电镜')}&city=SZ&category=instrument_time`,
      ),
      200,
    )
    expect((found.items as { id: string }[]).map((item) => item.id)).toEqual([product.id])
    const english = expectStatus(await send(testApp, 'GET', '/api/service-products?q=tem%20instrument'), 200)
    expect((english.items as { id: string }[]).map((item) => item.id)).toContain(product.id)
  })

  it('answers the vocabulary in both languages', async () => {
    const reference = expectStatus(await send(testApp, 'GET', '/api/voucher-reference'), 200)
    expect(reference.serviceCategories).toContainEqual({
      code: 'testing',
      nameZh: '检验检测',
      nameEn: 'testing',
    })
    expect(reference.settlementModels).toHaveLength(2)
  })
})

const orderWithKey = (key: string, body: Record<string, unknown>) =>
  send(testApp, 'POST', '/api/voucher-orders', actors.firmShanghai, body, { 'idempotency-key': key })

async function keyRows(key: string) {
  return queryRows<{ state: string; response_status: number | null; resource_id: string | null }>(
    testApp.database.db,
    sql`SELECT state, response_status, resource_id FROM idempotency_keys WHERE key = ${key}`,
  )
}

describe('Idempotency-Key on orders: the order writes its own key', () => {
  it('replays a retried order with the identical answer, and writes the key with the order', async () => {
    const voucher = await voucherUnder()
    const body = { voucherId: voucher.id, productId: suzhouTest }
    const first = await orderWithKey('order-retry-1', body)
    expect(first.statusCode, first.body).toBe(201)
    expect(first.headers['idempotent-replayed']).toBeUndefined()
    // one statement wrote the order and its key: completed at once, pointing at the order
    expect(await keyRows('order-retry-1')).toEqual([
      { state: 'completed', response_status: 201, resource_id: first.json().id },
    ])
    const after = await ledgerSnapshot(testApp)
    const retry = await orderWithKey('order-retry-1', body)
    expect(retry.statusCode).toBe(201)
    expect(retry.headers['idempotent-replayed']).toBe('true')
    expect(retry.body).toBe(first.body)
    expect(await ledgerSnapshot(testApp)).toBe(after)
    expect(await voucherState(voucher)).toMatchObject({ availableFen: 15_000_00, reservedFen: 5_000_00 })
    expect((await verifyLedger(testApp.database.db)).firstViolation).toBe(null)
  })

  it('refuses the key for another order and changes nothing', async () => {
    const voucher = await voucherUnder()
    const first = expectStatus(
      await orderWithKey('order-reuse-1', { voucherId: voucher.id, productId: suzhouTest }),
      201,
    )
    const refused = await expectRefusal(
      () => orderWithKey('order-reuse-1', { voucherId: voucher.id, productId: hefeiConsulting }),
      422,
      'IDEMPOTENCY_KEY_REUSED',
    )
    expect(refused.headers['idempotent-replayed']).toBeUndefined()
    await expectRefusal(
      () => orderWithKey('order-reuse-1', { voucherId: voucher.id, productId: suzhouTest, quantity: 2 }),
      422,
      'IDEMPOTENCY_KEY_REUSED',
    )
    expect(await keyRows('order-reuse-1')).toEqual([
      { state: 'completed', response_status: 201, resource_id: first.id },
    ])
  })

  it('stores a refused order with its key and answers a retry with the same refusal', async () => {
    const voucher = await voucherUnder({ voucherShareMaxPercent: 50 })
    const body = { voucherId: voucher.id, productId: suzhouTest, voucherShareFen: 5_000_01 }
    const first = await expectRefusal(
      () => orderWithKey('order-refused-1', body),
      422,
      'VOUCHER_SHARE_OVER_LIMIT',
    )
    expect(await keyRows('order-refused-1')).toEqual([
      { state: 'completed', response_status: 422, resource_id: null },
    ])
    const retry = await expectRefusal(
      () => orderWithKey('order-refused-1', body),
      422,
      'VOUCHER_SHARE_OVER_LIMIT',
    )
    expect(retry.headers['idempotent-replayed']).toBe('true')
    // the stored answer, not a second run: the first request's id is in it
    expect(retry.body).toBe(first.body)
  })

  it('answers a retry with the order when the first answer was lost after the commit', () =>
    replayLostOrderAnswer())

  it('takes over a key abandoned while pending, and waits for one still pending', async () => {
    const voucher = await voucherUnder()
    const body = { voucherId: voucher.id, productId: suzhouTest }
    const firm = await testApp.context.identity.principalOfUsername('firm.sh')
    const requestHash = requestHashOf('POST', '/api/voucher-orders', body)
    await testApp.database.db.execute(
      sql`INSERT INTO idempotency_keys (principal_key, key, method, path, request_hash, state, created_at)
          VALUES (${firm.userId}, 'order-pending-old', 'POST', '/api/voucher-orders', ${requestHash}, 'pending',
                  now() - interval '2 minutes'),
                 (${firm.userId}, 'order-pending-new', 'POST', '/api/voucher-orders', ${requestHash}, 'pending',
                  now())`,
    )
    const takenOver = await orderWithKey('order-pending-old', body)
    expect(takenOver.statusCode, takenOver.body).toBe(201)
    expect(takenOver.headers['idempotent-replayed']).toBeUndefined()
    expect(await keyRows('order-pending-old')).toEqual([
      { state: 'completed', response_status: 201, resource_id: takenOver.json().id },
    ])
    await expectRefusal(() => orderWithKey('order-pending-new', body), 409, 'IDEMPOTENCY_IN_PROGRESS')
    expect(await keyRows('order-pending-new')).toEqual([
      { state: 'pending', response_status: null, resource_id: null },
    ])
  })

  it('places an order without a key as before, and keeps the generic claim for other routes', () =>
    orderWithoutKey())
})

async function orderWithoutKey() {
  const voucher = await voucherUnder()
  const keysBefore = await countOf(testApp.database.db, sql`SELECT count(*) AS count FROM idempotency_keys`)
  expectStatus(await order(voucher, suzhouTest), 201)
  const keysAfter = await countOf(testApp.database.db, sql`SELECT count(*) AS count FROM idempotency_keys`)
  expect(keysAfter).toBe(keysBefore)
  const cancelled = await send(
    testApp,
    'POST',
    `/api/voucher-orders/${field(expectStatus(await order(voucher, suzhouTest), 201), 'id')}/cancel`,
    actors.firmShanghai,
    {},
    { 'idempotency-key': 'cancel-generic-1' },
  )
  expect(cancelled.statusCode, cancelled.body).toBe(200)
  // the cancellation went through the generic claim and completion: the answer is stored as a body
  const stored = await queryRows<{ state: string; response_status: number; response_body: string }>(
    testApp.database.db,
    sql`SELECT state, response_status, response_body FROM idempotency_keys WHERE key = 'cancel-generic-1'`,
  )
  expect(stored).toEqual([{ state: 'completed', response_status: 200, response_body: cancelled.body }])
}

async function replayLostOrderAnswer() {
  const voucher = await voucherUnder()
  const body = { voucherId: field(voucher, 'id'), productId: suzhouTest }
  const firm = await testApp.context.identity.principalOfUsername('firm.sh')
  // What a server that crashed after the order's commit leaves: the order and its completed key, no answer sent.
  const placed = await testApp.context.modules.vouchers.orders.placeOrder(firm, body, {
    principalKey: firm.userId,
    key: 'order-lost-1',
    method: 'POST',
    path: '/api/voucher-orders',
    requestHash: requestHashOf('POST', '/api/voucher-orders', body),
  })
  if (placed.kind !== 'done') throw new Error(`the order was not placed: ${placed.kind}`)
  const snapshot = await ledgerSnapshot(testApp)
  const retry = await orderWithKey('order-lost-1', body)
  expect(retry.statusCode, retry.body).toBe(201)
  expect(retry.headers['idempotent-replayed']).toBe('true')
  expect(retry.json()).toEqual(
    expectStatus(
      await send(testApp, 'GET', `/api/voucher-orders/${placed.entity.id}`, actors.firmShanghai),
      200,
    ),
  )
  expect(await ledgerSnapshot(testApp)).toBe(snapshot)
}

describe('a refusal under an Idempotency-Key, kept by the statement that refused', () => {
  it("marks a refused order's key in the refusing statement itself, so a duplicate gets that refusal", async () => {
    // No answer is stored here (the service is called without HTTP): the key row is what the statement left, and
    // it is what a duplicate sent before the answer is stored reads instead of running the order again.
    const voucher = await voucherUnder({ voucherShareMaxPercent: 50 })
    const body = { voucherId: field(voucher, 'id'), productId: suzhouTest, voucherShareFen: 5_000_01 }
    const firm = await testApp.context.identity.principalOfUsername('firm.sh')
    const claim = {
      principalKey: firm.userId,
      key: 'order-refused-in-statement',
      method: 'POST',
      path: '/api/voucher-orders',
      requestHash: requestHashOf('POST', '/api/voucher-orders', body),
    }
    await expect(testApp.context.modules.vouchers.orders.placeOrder(firm, body, claim)).rejects.toMatchObject(
      {
        code: 'VOUCHER_SHARE_OVER_LIMIT',
      },
    )
    expect(
      await queryRows(
        testApp.database.db,
        sql`SELECT state, refusal_code, response_status, resource_id FROM idempotency_keys
             WHERE key = 'order-refused-in-statement'`,
      ),
    ).toEqual([
      {
        state: 'completed',
        refusal_code: 'VOUCHER_SHARE_OVER_LIMIT',
        response_status: null,
        resource_id: null,
      },
    ])
    await expectRefusal(
      () => orderWithKey('order-refused-in-statement', body),
      422,
      'VOUCHER_SHARE_OVER_LIMIT',
    )
    const orders = sql`SELECT count(*) AS count FROM voucher_orders WHERE voucher_id = ${voucher.id}`
    expect(await countOf(testApp.database.db, orders)).toBe(0)
  })
})

describe('orders placed at the same moment share one statement (group commit)', () => {
  it('answers each order of a batch on its own: placed, refused, forbidden or replayed', async () => {
    // ¥20,000 on the voucher, ¥5,000 of each ¥10,000 test: four orders fit, a fifth does not
    const voucher = await voucherUnder()
    const body = { voucherId: voucher.id, productId: suzhouTest }
    const batchesBefore = testApp.context.modules.vouchers.orders.placementStatus()
    const auditBefore = await auditRecordCount(testApp)
    const responses = await Promise.all([
      ...Array.from({ length: 5 }, () => order(voucher, suzhouTest)),
      order(voucher, suzhouTest, { voucherShareFen: 6_000_00 }),
      order(voucher, suzhouTest, {}, actors.firmHefei),
      send(testApp, 'POST', '/api/voucher-orders', actors.firmShanghai, body, {
        'idempotency-key': 'batch-twins',
      }),
      send(testApp, 'POST', '/api/voucher-orders', actors.firmShanghai, body, {
        'idempotency-key': 'batch-twins',
      }),
    ])
    const answers = responses.map((response) => `${response.statusCode} ${errorCode(response) ?? ''}`.trim())
    // the first five and the twins compete for four orders' worth: whichever come first in the batch win
    expect(answers.slice(5, 7)).toEqual(['422 VOUCHER_SHARE_OVER_LIMIT', '403 FORBIDDEN'])
    const placed = responses.filter((response) => response.statusCode === 201)
    const placedIds = new Set(placed.map((response) => response.json().id))
    expect(placedIds.size).toBe(4)
    expect(answers.filter((answer) => answer === '409 VOUCHER_BALANCE_INSUFFICIENT').length).toBe(
      9 - 2 - placed.length,
    )
    const [twin, otherTwin] = responses.slice(7)
    if (twin?.statusCode === 201) {
      // one twin placed the order, the other replayed it
      expect(otherTwin?.statusCode).toBe(201)
      expect(otherTwin?.json().id).toBe(twin.json().id)
      expect(
        [twin, otherTwin].filter((response) => response?.headers['idempotent-replayed'] === 'true'),
      ).toHaveLength(1)
    }
    const batchesAfter = testApp.context.modules.vouchers.orders.placementStatus()
    expect(batchesAfter.items - batchesBefore.items).toBe(9)
    expect(batchesAfter.batches - batchesBefore.batches).toBeLessThan(9)
    expect(await auditRecordCount(testApp)).toBe(auditBefore + 4)
    expect(await voucherState(voucher)).toMatchObject({ availableFen: 0, reservedFen: 20_000_00 })
    expect((await verifyLedger(testApp.database.db)).firstViolation).toBe(null)
  })

  it('places every request alone when the batch statement itself fails, so one bad request fails alone', async () => {
    const voucher = await voucherUnder()
    const existing = expectStatus(await order(voucher, suzhouTest), 201)
    const [author] = await queryRows<{ placed_by_user_id: string; firm_id: string }>(
      testApp.database.db,
      sql`SELECT placed_by_user_id, firm_id FROM voucher_orders WHERE id = ${field(existing, 'id')}`,
    )
    if (author === undefined) throw new Error('the order was not stored')
    const request = (orderId: string, transferId: string): repository.PlacementRequest => ({
      reservation: {
        orderId,
        transferId,
        voucherId: field(voucher, 'id'),
        firmId: author.firm_id,
        productId: suzhouTest,
        quantity: 1,
        requestedShareFen: 1_00,
        actorUserId: author.placed_by_user_id,
      },
      claim: null,
    })
    // the middle request reuses the existing order's id: a primary key violation, not a rule's refusal
    const settled = await repository.reserveOrdersOnce(testApp.database.db, [
      request('vord_batchfallback000000001', 'ltrf_batchfallback000000001'),
      request(field(existing, 'id'), 'ltrf_batchfallback000000002'),
      request('vord_batchfallback000000003', 'ltrf_batchfallback000000003'),
    ])
    expect(settled.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled'])
    expect(await voucherState(voucher)).toMatchObject({ availableFen: 14_998_00, reservedFen: 5_002_00 })
    expect((await verifyLedger(testApp.database.db)).firstViolation).toBe(null)
  })
})
