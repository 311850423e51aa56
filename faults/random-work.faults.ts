// Random voucher work with duplicated and concurrent Idempotency-Keys (fast-check), checked against the ledger's
// invariants and the keys' exactly-once answers. Each run is a few waves of orders and cancels sent at once, over
// four server processes on PostgreSQL (one on PGlite), with keys drawn from a small pool so that the same request
// arrives twice, concurrently or later, and a key is now and then reused for another request. After each run:
// every key has had one answer however often it was sent and is answered the same again; each acknowledged order
// exists once and nothing else does; every voucher holds its amount less what its live orders reserve; the ledger
// verifies.
import { randomUUID } from 'node:crypto'
import { sql } from 'drizzle-orm'
import fc from 'fast-check'
import type { LightMyRequestResponse } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../server/db/client'
import { verifyLedger } from '../server/modules/vouchers/ledger.service'
import { signInActors, type VoucherActors } from '../server/testing/actors'
import { createTestApp, errorCode, type TestApp, type TestSibling } from '../server/testing/app'
import { runsOnPostgres } from '../server/testing/database'
import { fundedScheme, issuedVoucher, publishedProduct } from '../server/testing/factories'
import { field, send, type Json } from '../server/testing/requests'

/** fast-check runs; each sends up to wavesMax × waveSizeMax requests, then replays every key */
const runs = 40
const wavesMax = 6
const waveSizeMax = 8
/** distinct keys a run draws its orders (and its cancels) from: few enough that most are sent more than once */
const keyPoolSize = 6
const vouchersPerRun = 2
/** a voucher pays ¥50 of a ¥100 order or ¥36.60 of a ¥73.21 one: its three keys ask more than it holds */
const voucherAmountFen = 100_00
/** a request answered "still in progress" is sent again, at most this often */
const inProgressRetriesMax = 50
const siblingCount = 3

type Command =
  { kind: 'place'; key: number; variant: number } | { kind: 'cancel'; key: number; target: number }

interface Request {
  key: string
  url: string
  body: Json
}

/** An answer as a client compares answers under one key: the status and the order it names or the refusal's code. */
function identityOf(response: LightMyRequestResponse): string {
  const body: unknown = response.json()
  const id = typeof body === 'object' && body !== null && 'id' in body ? String(body.id) : ''
  return response.statusCode < 300
    ? `${response.statusCode} ${id}`
    : `${response.statusCode} ${errorCode(response)}`
}

const commandArbitrary: fc.Arbitrary<Command> = fc.oneof(
  { weight: 3, arbitrary: placeArbitrary() },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('cancel' as const),
      key: fc.nat({ max: keyPoolSize - 1 }),
      target: fc.nat({ max: keyPoolSize - 1 }),
    }),
  },
)

function placeArbitrary(): fc.Arbitrary<Command> {
  return fc.record({
    kind: fc.constant('place' as const),
    key: fc.nat({ max: keyPoolSize - 1 }),
    // 1 in 8: the key's request with another body, which must be refused as a reused key (or be the first)
    variant: fc.nat({ max: 7 }),
  })
}

const wavesArbitrary = fc.array(fc.array(commandArbitrary, { minLength: 1, maxLength: waveSizeMax }), {
  minLength: 1,
  maxLength: wavesMax,
})

let testApp: TestApp
let siblings: TestSibling[] = []
let actors: VoucherActors
let productIds: string[] = []

let turn = 0
/** how often a key came back with another body (refused), over every run */
let reusedKeyCount = 0
/** The processes in turn: concurrent requests race on separate connections and separate group commits. */
function nextProcess(): TestApp {
  turn += 1
  const sibling = siblings[turn % (siblings.length + 1)]
  return sibling === undefined ? testApp : { ...testApp, app: sibling.app }
}

/** One request under its key, sent again while another with the key is still in progress (as a client would). */
async function sendKeyed(request: Request): Promise<LightMyRequestResponse> {
  for (let attempt = 0; ; attempt++) {
    const response = await send(nextProcess(), 'POST', request.url, actors.firmShanghai, request.body, {
      'idempotency-key': request.key,
    })
    const inProgress = response.statusCode === 409 && errorCode(response) === 'IDEMPOTENCY_IN_PROGRESS'
    if (!inProgress || attempt >= inProgressRetriesMax) return response
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

interface RunState {
  prefix: string
  voucherIds: string[]
  /** every request a key was sent with, and every answer it got */
  sent: Map<string, { request: Request; answers: string[] }>
  /** the order each place key was acknowledged with */
  placed: Map<number, string>
}

/**
 * The order a place key asks for depends on the key alone, so a duplicate is the same request. A variant asks for
 * a smaller voucher share under a key already sent (in an earlier wave, so which body came first is known).
 */
function placeRequest(state: RunState, command: Extract<Command, { kind: 'place' }>): Request {
  const key = `${state.prefix}-place-${command.key}`
  const voucherId = state.voucherIds[command.key % vouchersPerRun]
  const productId = productIds[Math.floor(command.key / vouchersPerRun) % productIds.length]
  if (voucherId === undefined || productId === undefined)
    throw new Error('the run has no such voucher or product')
  const body: Json = { voucherId, productId }
  if (command.variant === 0 && state.sent.has(key)) body.voucherShareFen = 10_00
  return { key, url: '/api/voucher-orders', body }
}

function cancelRequest(state: RunState, command: Extract<Command, { kind: 'cancel' }>): Request | null {
  const orderId = state.placed.get(command.target)
  if (orderId === undefined) return null
  // a cancel key names one order for the run: the same key on another order is another request
  return {
    key: `${state.prefix}-cancel-${command.key}-${command.target}`,
    url: `/api/voucher-orders/${orderId}/cancel`,
    body: { reason: 'changed plans' },
  }
}

async function runWave(state: RunState, wave: Command[]) {
  const requests = wave
    .map((command) =>
      command.kind === 'place' ? placeRequest(state, command) : cancelRequest(state, command),
    )
    .filter((request): request is Request => request !== null)
  const answers = await Promise.all(requests.map((request) => sendKeyed(request)))
  requests.forEach((request, index) => {
    const response = answers[index]
    if (response === undefined) throw new Error('a request went unanswered')
    expect(response.statusCode, response.body).toBeLessThan(500)
    const entry = state.sent.get(request.key) ?? { request, answers: [] }
    state.sent.set(request.key, entry)
    // the first body sent under a key is its request; another body under it must be refused as a reused key
    if (JSON.stringify(entry.request.body) !== JSON.stringify(request.body)) {
      expect(identityOf(response)).toBe('422 IDEMPOTENCY_KEY_REUSED')
      reusedKeyCount += 1
      return
    }
    entry.answers.push(identityOf(response))
    const placeKey = /-place-(\d+)$/.exec(request.key)
    if (placeKey !== null && response.statusCode === 201)
      state.placed.set(Number(placeKey[1]), field(response.json(), 'id'))
  })
}

async function newRunState(): Promise<RunState> {
  const schemeId = field(
    await fundedScheme(testApp, actors.officerShanghai, 'SH-SJ', { voucherShareMaxPercent: 50 }),
    'id',
  )
  const voucherIds: string[] = []
  for (let index = 0; index < vouchersPerRun; index++)
    voucherIds.push(field(await issuedVoucher(testApp, actors.shanghai, schemeId, voucherAmountFen), 'id'))
  return { prefix: randomUUID(), voucherIds, sent: new Map(), placed: new Map() }
}

/** Every key's answers agree, and sending each once more replays the same answer. */
async function checkKeys(state: RunState) {
  for (const [key, { request, answers }] of state.sent) {
    if (answers.length === 0) continue
    expect(new Set(answers), `the answers under ${key}`).toEqual(new Set([answers[0]]))
    expect(identityOf(await sendKeyed(request)), `the replay under ${key}`).toBe(answers[0])
  }
}

/** The orders on the run's vouchers are exactly those acknowledged; each voucher holds its amount less them. */
async function checkOrdersAndBalances(state: RunState) {
  const orders = await queryRows<{
    id: string
    voucher_id: string
    voucher_share_fen: string | number
    status: string
  }>(
    testApp.database.db,
    sql`SELECT id, voucher_id, voucher_share_fen, status FROM voucher_orders
        WHERE voucher_id IN (${sql.join(
          state.voucherIds.map((id) => sql`${id}`),
          sql`, `,
        )})`,
  )
  expect(orders.map((order) => order.id).sort()).toEqual([...new Set(state.placed.values())].sort())
  for (const voucherId of state.voucherIds) {
    const reservedFen = orders
      .filter((order) => order.voucher_id === voucherId && order.status !== 'cancelled')
      .reduce((sum, order) => sum + Number(order.voucher_share_fen), 0)
    const voucher = (
      await send(testApp, 'GET', `/api/vouchers/${voucherId}`, actors.firmShanghai)
    ).json<Json>()
    expect(voucher, `the balance of ${voucherId}`).toMatchObject({
      amountFen: voucherAmountFen,
      reservedFen,
      availableFen: voucherAmountFen - reservedFen,
    })
  }
  const ledger = await verifyLedger(testApp.database.db)
  expect(ledger.firstViolation).toBe(null)
}

describe('random voucher work with duplicated and concurrent keys', () => {
  beforeAll(async () => {
    testApp = await createTestApp()
    actors = await signInActors(testApp)
    productIds = [
      field(await publishedProduct(testApp, actors.providerSuzhou, { priceFen: 100_00 }), 'id'),
      field(await publishedProduct(testApp, actors.providerSuzhou, { priceFen: 73_21 }), 'id'),
    ]
    if (runsOnPostgres())
      siblings = await Promise.all(Array.from({ length: siblingCount }, () => testApp.openSibling()))
  })
  afterAll(async () => {
    for (const sibling of siblings) await sibling.close()
    await testApp?.close()
  })

  it('acts once per key, answers each key alike, and keeps every voucher and the ledger whole', async () => {
    let requestCount = 0
    const seen = new Map<string, number>()
    let duplicatedKeyCount = 0
    await fc.assert(
      fc.asyncProperty(wavesArbitrary, async (waves) => {
        const state = await newRunState()
        for (const wave of waves) await runWave(state, wave)
        requestCount += waves.reduce((sum, wave) => sum + wave.length, 0)
        await checkKeys(state)
        await checkOrdersAndBalances(state)
        for (const { answers } of state.sent.values()) {
          if (answers.length > 1) duplicatedKeyCount += 1
          for (const answer of answers) {
            const kind = answer.replace(/ [a-z]+_\w+$/, '')
            seen.set(kind, (seen.get(kind) ?? 0) + 1)
          }
        }
      }),
      { numRuns: runs, endOnFailure: true },
    )
    expect(requestCount).toBeGreaterThan(runs)
    expect(duplicatedKeyCount).toBeGreaterThan(runs)
    expect(reusedKeyCount).toBeGreaterThan(0)
    // the runs met what they are there for: orders placed and cancelled, and refused for want of balance
    expect([...seen.keys()]).toEqual(
      expect.arrayContaining([
        '201',
        '200',
        '409 VOUCHER_BALANCE_INSUFFICIENT',
        '409 ORDER_TRANSITION_INVALID',
      ]),
    )
  })
})
