// Races over redemption and settlement, settled by the database: on PostgreSQL, where app.inject() requests use
// parallel pool connections. Ends with a randomized run of many clients, the ledger checked during and after.
import { sql } from 'drizzle-orm'
import type { LightMyRequestResponse } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../../db/client'
import { createTestApp, errorCode, type TestApp } from '../../testing/app'
import { runsOnPostgres, countOf } from '../../testing/database'
import { verifyLedger } from './ledger.service'
import { shanghaiDateOf } from './rules'
import { expectStatus, field, send } from '../../testing/requests'
import { signInActors, type VoucherActors } from '../../testing/actors'
import { fundedScheme, issuedVoucher, publishedProduct } from '../../testing/factories'

type Json = Record<string, unknown>

const deliverable = {
  fileName: 'report.pdf',
  contentType: 'application/pdf',
  contentBase64: Buffer.from('report').toString('base64'),
}
let invoiceSerial = 0
const nextInvoice = () => `RACE-${++invoiceSerial}`

/** A small deterministic generator (mulberry32), so that a failing run can be replayed from its seed. */
function randomFrom(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state)
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296
  }
}

let testApp: TestApp
let actors: VoucherActors
let productId: string

/** Claims and confirms redemption of a fresh order on the voucher: a submitted claim. */
async function submittedClaim(voucherId: string): Promise<string> {
  const order = expectStatus(
    await send(testApp, 'POST', '/api/voucher-orders', actors.firmShanghai, { voucherId, productId }),
    201,
  )
  const claimed = expectStatus(
    await send(testApp, 'POST', '/api/redemptions', actors.providerSuzhou, {
      orderId: order.id,
      contractNumber: 'HT-RACE',
      invoiceNumber: nextInvoice(),
      deliverable,
    }),
    201,
  )
  const id = field(claimed, 'id')
  expectStatus(
    await send(testApp, 'POST', `/api/redemptions/${id}/confirm`, actors.firmShanghai, { rating: 5 }),
    200,
  )
  return id
}

describe.runIf(runsOnPostgres())('redemption and settlement races on PostgreSQL', () => {
  beforeAll(async () => {
    testApp = await createTestApp()
    actors = await signInActors(testApp)
    productId = field(await publishedProduct(testApp, actors.providerSuzhou, { priceFen: 100_00 }), 'id')
  })
  afterAll(async () => {
    try {
      expect((await verifyLedger(testApp.database.db)).firstViolation).toBe(null)
    } finally {
      await testApp.close()
    }
  })

  it('makes one payable when two officers approve one claim at once', async () => {
    const scheme = await fundedScheme(testApp, actors.officerShanghai, 'SH-SJ', { spotCheckPercent: 0 })
    const voucher = await issuedVoucher(testApp, actors.shanghai, field(scheme, 'id'), 10_000_00)
    for (let round = 0; round < 8; round++) {
      const id = await submittedClaim(field(voucher, 'id'))
      const decisions = await Promise.all(
        [actors.officerShanghai, actors.office, actors.officerShanghai, actors.office].map((cookie) =>
          send(testApp, 'POST', `/api/redemptions/${id}/approve`, cookie, {}),
        ),
      )
      expect(decisions.filter((response) => response.statusCode === 200)).toHaveLength(1)
      expect(new Set(decisions.filter((response) => response.statusCode !== 200).map(errorCode))).toEqual(
        new Set(['REDEMPTION_TRANSITION_INVALID']),
      )
      const transfers = await countOf(
        testApp.database.db,
        sql`SELECT count(*) AS count FROM ledger_transfers WHERE kind = 'redeem' AND reference = ${id}`,
      )
      expect(transfers).toBe(1)
    }
  })

  it('closes a settlement run cleanly while approvals arrive: each approved claim is settled once or waits', () =>
    settleWhileApprovalsArrive())

  it('keeps every invariant through a randomized run of many clients, checked during and after', async () => {
    const seed = Number(process.env.G60_RACE_SEED ?? 20261129)
    const run = await startRandomRun(seed)
    const checksDuring = await runClientsWhileVerifying(run)
    expect(checksDuring.length).toBeGreaterThan(0)
    expect(checksDuring.filter((violation) => violation !== null)).toEqual([])
    expect((await verifyLedger(testApp.database.db)).firstViolation).toBe(null)
    // the run did real work of every kind, or it proved little
    for (const expected of ['claim ok', 'order ok', 'redeem ok', 'approve ok', 'confirm ok']) {
      expect({ seed, expected, done: (run.outcomes.get(expected) ?? 0) > 0 }).toEqual({
        seed,
        expected,
        done: true,
      })
    }
  }, 120_000)
})

async function settleWhileApprovalsArrive() {
  const scheme = await fundedScheme(testApp, actors.officerHefei, 'HF', { spotCheckPercent: 0 })
  const firmVoucher = await issuedVoucher(testApp, actors.hefei, field(scheme, 'id'), 10_000_00)
  const claims: string[] = []
  for (let index = 0; index < 24; index++) {
    const order = expectStatus(
      await send(testApp, 'POST', '/api/voucher-orders', actors.firmHefei, {
        voucherId: firmVoucher.id,
        productId,
      }),
      201,
    )
    const claimed = expectStatus(
      await send(testApp, 'POST', '/api/redemptions', actors.providerSuzhou, {
        orderId: order.id,
        contractNumber: 'HT-RUN',
        invoiceNumber: nextInvoice(),
        deliverable,
      }),
      201,
    )
    expectStatus(
      await send(testApp, 'POST', `/api/redemptions/${field(claimed, 'id')}/confirm`, actors.firmHefei, {
        rating: 4,
      }),
      200,
    )
    claims.push(field(claimed, 'id'))
  }
  // the first half approved before the run; the rest race with it
  for (const id of claims.slice(0, 12)) {
    expectStatus(await send(testApp, 'POST', `/api/redemptions/${id}/approve`, actors.officerHefei, {}), 200)
  }
  const today = shanghaiDateOf(new Date())
  const [run, ...approvals] = await Promise.all([
    send(testApp, 'POST', '/api/settlements', actors.officerHefei, {
      cityCode: 'HF',
      periodStart: today,
      periodEnd: today,
    }),
    ...claims
      .slice(12)
      .map((id) => send(testApp, 'POST', `/api/redemptions/${id}/approve`, actors.officerHefei, {})),
  ])
  const settled = expectStatus(run as LightMyRequestResponse, 201)
  expect(approvals.every((response) => response.statusCode === 200)).toBe(true)
  const rows = await queryRows<{ settlement_run_id: string | null; amount_fen: string | number }>(
    testApp.database.db,
    sql`SELECT settlement_run_id, amount_fen FROM redemptions WHERE id IN ${claims} AND status = 'approved'`,
  )
  expect(rows).toHaveLength(24)
  const inRun = rows.filter((row) => row.settlement_run_id === settled.id)
  expect(inRun.length).toBeGreaterThanOrEqual(12)
  expect(
    rows.filter((row) => row.settlement_run_id !== null && row.settlement_run_id !== settled.id),
  ).toEqual([])
  // the run also pays the city's earlier approved claims of the demo data; its total is exactly what it took
  const taken = await queryRows<{ total: string | number }>(
    testApp.database.db,
    sql`SELECT coalesce(sum(amount_fen), 0) AS total FROM redemptions WHERE settlement_run_id = ${settled.id}`,
  )
  expect(settled.totalFen).toBe(Number(taken[0]?.total))
  expect(Number(settled.totalFen)).toBeGreaterThanOrEqual(
    inRun.reduce((sum, row) => sum + Number(row.amount_fen), 0),
  )
  expect((await verifyLedger(testApp.database.db)).firstViolation).toBe(null)
}

/** A firm and the officer of its city, in the randomized run. */
interface Party {
  firm: string
  officer: string
  city: 'SH-SJ' | 'HF'
}

/** What a randomized run has made so far, the refusals a race may cause, and what came of each action. */
interface RandomRun {
  random: () => number
  pick: <Item>(items: readonly Item[]) => Item | undefined
  schemes: Record<Party['city'], string>
  parties: Party[]
  vouchers: { id: string; party: Party }[]
  orders: { id: string; party: Party }[]
  claims: { id: string; party: Party }[]
  outcomes: Map<string, number>
  record: (action: string, response: LightMyRequestResponse) => Json | null
}

const allowedRefusals = new Set([
  'CLAIM_ALREADY_PENDING',
  'CLAIM_TRANSITION_INVALID',
  'VOUCHER_BALANCE_INSUFFICIENT',
  'ORDER_TRANSITION_INVALID',
  'REDEMPTION_ALREADY_CLAIMED',
  'REDEMPTION_INVOICE_DUPLICATE',
  'REDEMPTION_TRANSITION_INVALID',
  'REDEMPTION_SPOT_CHECK_PENDING',
  'REDEMPTION_NOT_DRAWN_FOR_SPOT_CHECK',
  'SETTLEMENT_NOTHING_TO_SETTLE',
  'SETTLEMENT_PERIOD_OVERLAPS',
])

/** Two funded schemes (one provider-paid, one firm-reimbursed) and the run's state, drawn from its seed. */
async function startRandomRun(seed: number): Promise<RandomRun> {
  const random = randomFrom(seed)
  const pick = <Item>(items: readonly Item[]): Item | undefined =>
    items.length === 0 ? undefined : items[Math.floor(random() * items.length)]
  const schemes = {
    'SH-SJ': field(
      await fundedScheme(testApp, actors.officerShanghai, 'SH-SJ', { spotCheckPercent: 30 }, 10_000_000_00),
      'id',
    ),
    HF: field(
      await fundedScheme(
        testApp,
        actors.officerHefei,
        'HF',
        { spotCheckPercent: 30, settlementModel: 'firm_reimbursed', fullCoverageBelowFen: 150_00 },
        10_000_000_00,
      ),
      'id',
    ),
  }
  const parties = [
    { firm: actors.firmShanghai, officer: actors.officerShanghai, city: 'SH-SJ' as const },
    { firm: actors.firmHefei, officer: actors.officerHefei, city: 'HF' as const },
  ]
  const outcomes = new Map<string, number>()
  const record = (action: string, response: LightMyRequestResponse) => {
    const outcome = response.statusCode < 300 ? 'ok' : (errorCode(response) ?? String(response.statusCode))
    if (response.statusCode >= 300 && !allowedRefusals.has(outcome)) {
      throw new Error(`${action}: unexpected ${response.statusCode} ${response.body}`)
    }
    outcomes.set(`${action} ${outcome}`, (outcomes.get(`${action} ${outcome}`) ?? 0) + 1)
    return response.statusCode < 300 ? (response.json() as Json) : null
  }
  return { random, pick, schemes, parties, vouchers: [], orders: [], claims: [], outcomes, record }
}

/** A firm claims a voucher and its city's officer approves it. */
async function claimVoucher(run: RandomRun) {
  const { random, schemes, parties, vouchers, record } = run
  const party = parties[Math.floor(random() * parties.length)] ?? parties[0]
  if (party === undefined) return
  const submitted = record(
    'claim',
    await send(testApp, 'POST', '/api/voucher-claims', party.firm, {
      schemeId: schemes[party.city],
      requestedAmountFen: 1_000_00 + Math.floor(random() * 1_000_00),
      purpose: 'randomized run',
    }),
  )
  if (submitted === null) return
  const decision = record(
    'approve claim',
    await send(testApp, 'POST', `/api/voucher-claims/${field(submitted, 'id')}/approve`, party.officer, {}),
  )
  const voucher = decision?.voucher as Json | undefined
  if (voucher !== undefined) vouchers.push({ id: field(voucher, 'id'), party })
}

async function placeOrder(run: RandomRun) {
  const { random, pick, vouchers, orders, record } = run
  const voucher = pick(vouchers)
  if (voucher === undefined) return
  const placed = record(
    'order',
    await send(testApp, 'POST', '/api/voucher-orders', voucher.party.firm, {
      voucherId: voucher.id,
      productId,
      quantity: 1 + Math.floor(random() * 3),
    }),
  )
  if (placed !== null) orders.push({ id: field(placed, 'id'), party: voucher.party })
}

async function cancelOrder(run: RandomRun) {
  const order = run.pick(run.orders)
  if (order === undefined) return
  run.record(
    'cancel',
    await send(testApp, 'POST', `/api/voucher-orders/${order.id}/cancel`, order.party.firm, {}),
  )
}

/** The provider claims an order's redemption (now and then with a duplicate invoice); the firm confirms. */
async function redeemOrder(run: RandomRun) {
  const { random, pick, orders, claims, record } = run
  const order = pick(orders)
  if (order === undefined) return
  const invoiceNumber = random() < 0.1 ? 'RACE-DUPLICATE' : nextInvoice()
  const claimed = record(
    'redeem',
    await send(testApp, 'POST', '/api/redemptions', actors.providerSuzhou, {
      orderId: order.id,
      contractNumber: 'HT-RANDOM',
      invoiceNumber,
      deliverable,
    }),
  )
  if (claimed === null) return
  claims.push({ id: field(claimed, 'id'), party: order.party })
  record(
    'confirm',
    await send(testApp, 'POST', `/api/redemptions/${field(claimed, 'id')}/confirm`, order.party.firm, {
      rating: 1 + Math.floor(random() * 5),
    }),
  )
}

/** The issuing city's officer spot-checks, approves or rejects a claim. */
async function decideClaim(run: RandomRun) {
  const { random, pick, claims, record } = run
  const claim = pick(claims)
  if (claim === undefined) return
  const path = `/api/redemptions/${claim.id}`
  const roll = random()
  if (roll < 0.3) {
    record(
      'spot check',
      await send(testApp, 'POST', `${path}/spot-check`, claim.party.officer, {
        passed: random() < 0.8,
        note: 'random check',
      }),
    )
  } else if (roll < 0.85) {
    record('approve', await send(testApp, 'POST', `${path}/approve`, claim.party.officer, {}))
  } else {
    record('reject', await send(testApp, 'POST', `${path}/reject`, claim.party.officer, { reason: 'random' }))
  }
}

/**
 * Eight clients take random steps, then each city settles, while the ledger is verified over and over; returns
 * the first violation each check found (null when none).
 */
async function runClientsWhileVerifying(run: RandomRun): Promise<(string | null)[]> {
  const { pick, parties, record } = run
  const actions: Record<string, () => Promise<void>> = {
    claim: () => claimVoucher(run),
    order: () => placeOrder(run),
    cancel: () => cancelOrder(run),
    redeem: () => redeemOrder(run),
    decide: () => decideClaim(run),
  }
  const weighted = [
    'claim',
    'order',
    'order',
    'order',
    'cancel',
    'redeem',
    'redeem',
    'decide',
    'decide',
    'decide',
  ]
  const clientCount = 8
  const stepsPerClient = 60
  let running = true
  const checksDuring: (string | null)[] = []
  const verifier = (async () => {
    while (running) {
      const result = await verifyLedger(testApp.database.db)
      checksDuring.push(result.firstViolation?.message ?? null)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  })()
  try {
    await Promise.all(
      Array.from({ length: clientCount }, async () => {
        for (let step = 0; step < stepsPerClient; step++) {
          const action = actions[pick(weighted) ?? 'order']
          if (action !== undefined) await action()
        }
      }),
    )
    const today = shanghaiDateOf(new Date())
    for (const party of parties) {
      record(
        'settle',
        await send(testApp, 'POST', '/api/settlements', party.officer, {
          cityCode: party.city,
          periodStart: today,
          periodEnd: today,
        }),
      )
    }
  } finally {
    running = false
    await verifier
  }
  return checksDuring
}
