// Races settled by the database: run on PostgreSQL, where app.inject() requests use parallel pool connections.
// Orders placed at once in one process share one statement (the group commit), so the order races spread their
// requests over four server processes on the same database: their batches race on separate connections.
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../../db/client'
import { createTestApp, errorCode, type TestApp, type TestSibling } from '../../testing/app'
import { runsOnPostgres, countOf } from '../../testing/database'
import { verifyLedger } from './ledger.service'
import { expectRefusal, expectStatus, field, send } from '../../testing/requests'
import { signInActors, type VoucherActors } from '../../testing/actors'
import { fundedScheme, issuedVoucher, publishedProduct } from '../../testing/factories'

let testApp: TestApp
let siblings: TestSibling[] = []
let actors: VoucherActors
let schemeId: string
let productId: string

const newVoucher = (amountFen: number) => issuedVoucher(testApp, actors.shanghai, schemeId, amountFen)

let orderCount = 0
/** The next of the four processes, in turn. */
const nextProcess = (): TestApp => {
  orderCount += 1
  const sibling = siblings[orderCount % (siblings.length + 1)]
  return sibling === undefined ? testApp : { ...testApp, app: sibling.app }
}

const order = (voucherId: unknown, headers: Record<string, string> = {}) =>
  send(nextProcess(), 'POST', '/api/voucher-orders', actors.firmShanghai, { voucherId, productId }, headers)

async function ordersOf(voucherId: string) {
  return queryRows<{ id: string; voucher_share_fen: string | number; status: string }>(
    testApp.database.db,
    sql`SELECT id, voucher_share_fen, status FROM voucher_orders WHERE voucher_id = ${voucherId}`,
  )
}

async function keyRowsOf(key: string) {
  return queryRows<{ state: string; response_status: number | null; resource_id: string | null }>(
    testApp.database.db,
    sql`SELECT state, response_status, resource_id FROM idempotency_keys WHERE key = ${key}`,
  )
}

async function voucherState(voucherId: string) {
  return expectStatus(await send(testApp, 'GET', `/api/vouchers/${voucherId}`, actors.firmShanghai), 200)
}

describe.runIf(runsOnPostgres())('concurrency on PostgreSQL with parallel connections', () => {
  beforeAll(async () => {
    testApp = await createTestApp()
    actors = await signInActors(testApp)
    schemeId = field(
      await fundedScheme(testApp, actors.officerShanghai, 'SH-SJ', { voucherShareMaxPercent: 50 }),
      'id',
    )
    // ¥100 a test: the voucher pays ¥50 of each
    productId = field(await publishedProduct(testApp, actors.providerSuzhou, { priceFen: 100_00 }), 'id')
    siblings = await Promise.all(Array.from({ length: 3 }, () => testApp.openSibling()))
  })
  afterAll(async () => {
    try {
      expect((await verifyLedger(testApp.database.db)).firstViolation).toBe(null)
    } finally {
      for (const sibling of siblings) await sibling.close()
      await testApp.close()
    }
  })

  it('lets 64 concurrent orders against one voucher never overspend it', async () => {
    // ¥1,030: twenty orders at ¥50, one more takes the last ¥30, the rest are refused.
    const voucher = await newVoucher(1_030_00)
    const voucherId = field(voucher, 'id')
    const responses = await Promise.all(Array.from({ length: 64 }, () => order(voucherId)))
    const placed = responses.filter((response) => response.statusCode === 201)
    const refused = responses.filter((response) => response.statusCode !== 201)
    expect(placed).toHaveLength(21)
    expect(new Set(refused.map((response) => `${response.statusCode} ${errorCode(response)}`))).toEqual(
      new Set(['409 VOUCHER_BALANCE_INSUFFICIENT']),
    )
    const shares = placed.map((response) => Number(response.json().voucherShareFen))
    expect(shares.reduce((sum, share) => sum + share, 0)).toBe(1_030_00)
    expect(shares.filter((share) => share === 50_00)).toHaveLength(20)
    const stored = await ordersOf(voucherId)
    expect(stored).toHaveLength(21)
    expect(stored.reduce((sum, row) => sum + Number(row.voucher_share_fen), 0)).toBe(1_030_00)
    expect(await voucherState(voucherId)).toMatchObject({ availableFen: 0, reservedFen: 1_030_00 })
  })

  it('gives one order replayed concurrently with one Idempotency-Key one effect', async () => {
    const voucher = await newVoucher(10_000_00)
    const voucherId = field(voucher, 'id')
    const attempts = 16
    const responses = await Promise.all(
      Array.from({ length: attempts }, () => order(voucherId, { 'idempotency-key': 'concurrent-order-1' })),
    )
    expect(responses.map((response) => response.statusCode)).toEqual(Array(attempts).fill(201))
    expect(new Set(responses.map((response) => response.json().id)).size).toBe(1)
    expect(responses.filter((response) => response.headers['idempotent-replayed'] === 'true')).toHaveLength(
      attempts - 1,
    )
    const stored = await ordersOf(voucherId)
    expect(stored.map((row) => row.id)).toEqual([...new Set(responses.map((response) => response.json().id))])
    expect(new Set(responses.map((response) => response.body)).size).toBe(1)
    expect(await keyRowsOf('concurrent-order-1')).toEqual([
      { state: 'completed', response_status: 201, resource_id: stored[0]?.id },
    ])
    expect(await voucherState(voucherId)).toMatchObject({ availableFen: 9_950_00, reservedFen: 50_00 })
  })

  it('gives concurrent orders with one key for two different requests one order, refusing the other request', () =>
    reuseOneKeyForTwoOrders())

  it('gives concurrent refused orders with one key no effect and stores one refusal', async () => {
    // ¥10 on the voucher, ¥50 asked of it: every attempt is refused
    const voucher = await newVoucher(10_00)
    const voucherId = field(voucher, 'id')
    const responses = await Promise.all(
      Array.from({ length: 8 }, () =>
        send(
          nextProcess(),
          'POST',
          '/api/voucher-orders',
          actors.firmShanghai,
          { voucherId, productId, voucherShareFen: 50_00 },
          { 'idempotency-key': 'concurrent-refused-1' },
        ),
      ),
    )
    expect(new Set(responses.map((response) => `${response.statusCode} ${errorCode(response)}`))).toEqual(
      new Set(['409 VOUCHER_BALANCE_INSUFFICIENT']),
    )
    expect(await ordersOf(voucherId)).toHaveLength(0)
    const keys = await keyRowsOf('concurrent-refused-1')
    expect(keys).toEqual([{ state: 'completed', response_status: 409, resource_id: null }])
    expect(await voucherState(voucherId)).toMatchObject({ availableFen: 10_00, reservedFen: 0 })
  })

  it('releases a reservation once when one order is cancelled concurrently', async () => {
    const voucher = await newVoucher(1_000_00)
    const placed = expectStatus(await order(field(voucher, 'id')), 201)
    const responses = await Promise.all(
      Array.from({ length: 8 }, () =>
        send(testApp, 'POST', `/api/voucher-orders/${field(placed, 'id')}/cancel`, actors.firmShanghai, {}),
      ),
    )
    expect(responses.filter((response) => response.statusCode === 200)).toHaveLength(1)
    expect(new Set(responses.filter((response) => response.statusCode !== 200).map(errorCode))).toEqual(
      new Set(['ORDER_TRANSITION_INVALID']),
    )
    expect(await voucherState(field(voucher, 'id'))).toMatchObject({ availableFen: 1_000_00, reservedFen: 0 })
  })

  it('issues one voucher when a claim is approved concurrently, and keeps one open claim per firm', () =>
    approveOneClaimConcurrently())
})

async function reuseOneKeyForTwoOrders() {
  // one open claim per firm: the two vouchers are claimed one after the other
  const voucherIds = [field(await newVoucher(1_000_00), 'id'), field(await newVoucher(1_000_00), 'id')]
  const responses = await Promise.all(
    Array.from({ length: 12 }, (_, position) =>
      order(voucherIds[position % 2], { 'idempotency-key': 'concurrent-order-2' }),
    ),
  )
  const stored = [...(await ordersOf(voucherIds[0] ?? '')), ...(await ordersOf(voucherIds[1] ?? ''))]
  expect(stored).toHaveLength(1)
  // whichever request wrote the key first placed the order; its twins replay it, the other request is refused
  const winner = responses.findIndex((response) => response.statusCode === 201)
  expect(winner).toBeGreaterThanOrEqual(0)
  responses.forEach((response, position) => {
    if (position % 2 === winner % 2) {
      expect(response.statusCode).toBe(201)
      expect(response.json().id).toBe(stored[0]?.id)
    } else {
      expectRefusal(response, 422, 'IDEMPOTENCY_KEY_REUSED')
    }
  })
}

async function approveOneClaimConcurrently() {
  const submissions = await Promise.all(
    Array.from({ length: 8 }, () =>
      send(testApp, 'POST', '/api/voucher-claims', actors.firmShanghai, {
        schemeId,
        requestedAmountFen: 1_000_00,
        purpose: 'concurrent claim',
      }),
    ),
  )
  const accepted = submissions.filter((response) => response.statusCode === 201)
  expect(accepted).toHaveLength(1)
  expect(new Set(submissions.filter((response) => response.statusCode !== 201).map(errorCode))).toEqual(
    new Set(['CLAIM_ALREADY_PENDING']),
  )
  const [acceptedClaim] = accepted
  if (acceptedClaim === undefined) throw new Error('no claim was accepted')
  const claimId = field(expectStatus(acceptedClaim, 201), 'id')
  const before = expectStatus(await send(testApp, 'GET', `/api/voucher-schemes/${schemeId}`), 200)
  const decisions = await Promise.all(
    Array.from({ length: 8 }, (_, position) =>
      send(
        testApp,
        'POST',
        `/api/voucher-claims/${claimId}/approve`,
        position % 2 === 0 ? actors.officerShanghai : actors.office,
        {},
      ),
    ),
  )
  expect(decisions.filter((response) => response.statusCode === 200)).toHaveLength(1)
  expect(new Set(decisions.filter((response) => response.statusCode !== 200).map(errorCode))).toEqual(
    new Set(['CLAIM_TRANSITION_INVALID']),
  )
  const vouchers = await countOf(
    testApp.database.db,
    sql`SELECT count(*) AS count FROM vouchers WHERE claim_id = ${claimId}`,
  )
  expect(vouchers).toBe(1)
  const after = expectStatus(await send(testApp, 'GET', `/api/voucher-schemes/${schemeId}`), 200)
  const budgetOf = (scheme: Record<string, unknown>) =>
    (scheme.budget as { availableFen: number }).availableFen
  expect(budgetOf(before) - budgetOf(after)).toBe(1_000_00)
}
