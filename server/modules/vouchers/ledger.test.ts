import { sql } from 'drizzle-orm'
import type { InjectOptions } from 'fastify'
import { beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../../db/client'
import { AppError } from '../../platform/errors'
import { errorCode, useTestApp } from '../../testing/app'
import { countOf } from '../../testing/database'
import * as ledger from './ledger.repository'
import { verifyLedger } from './ledger.service'
import { splitOrder } from './rules'
import { amountFenMax } from './vouchers.schemas'
import { expectStatus, field, send } from '../../testing/requests'
import { useVoucherActors } from '../../testing/actors'
import { fundedScheme, issuedVoucher, ledgerSnapshot, publishedProduct } from '../../testing/factories'
import { ledgerAccountKinds, reversalRoutes, transferKinds, transferRoutes } from './vouchers.reference'

const testApp = useTestApp()
const actors = useVoucherActors(testApp)
let schemeId: string
let voucher: Record<string, unknown>
let productId: string
let orderId: string

beforeAll(async () => {
  schemeId = field(
    await fundedScheme(testApp, actors.officerShanghai, 'SH-SJ', { claimCapFen: 20_000_00 }),
    'id',
  )
  voucher = await issuedVoucher(testApp, actors.shanghai, schemeId, 20_000_00)
  productId = field(await publishedProduct(testApp, actors.providerSuzhou, { priceFen: 3_000_00 }), 'id')
  const placed = expectStatus(
    await send(testApp, 'POST', '/api/voucher-orders', actors.firmShanghai, {
      voucherId: voucher.id,
      productId,
    }),
    201,
  )
  orderId = field(placed, 'id')
  const cancelled = expectStatus(
    await send(testApp, 'POST', '/api/voucher-orders', actors.firmShanghai, {
      voucherId: voucher.id,
      productId,
    }),
    201,
  )
  expectStatus(
    await send(
      testApp,
      'POST',
      `/api/voucher-orders/${field(cancelled, 'id')}/cancel`,
      actors.firmShanghai,
      {},
    ),
    200,
  )
})

async function accountOf(kind: 'voucher' | 'reservation' | 'budget', ownerId: string): Promise<string> {
  const rows = await queryRows<{ id: string }>(
    testApp.database.db,
    sql`SELECT id FROM ledger_accounts WHERE kind = ${kind} AND owner_id = ${ownerId}`,
  )
  const id = rows[0]?.id
  if (id === undefined) throw new Error(`no ${kind} account of ${ownerId}`)
  return id
}

describe('the database functions agree with the rules in TypeScript', () => {
  it('splits orders exactly as splitOrder does', async () => {
    const cases: Parameters<typeof splitOrder>[0][] = []
    for (const amountFen of [1, 99, 100, 999, 1_999_99, 2_000_00, 10_000_00, 9_999_999_999_99])
      for (const voucherShareMaxPercent of [1, 33, 50, 80, 100])
        for (const fullCoverageBelowFen of [0, 2_000_00])
          for (const availableFen of [0, 1, 5_000_00, 100_000_000_00])
            for (const requestedShareFen of [null, 1, 1_000_00])
              cases.push({
                amountFen,
                voucherShareMaxPercent,
                fullCoverageBelowFen,
                availableFen,
                requestedShareFen,
              })
    const rows = await queryRows<{ share_fen: string | number; refusal: string | null }>(
      testApp.database.db,
      sql`SELECT split.share_fen, split.refusal
            FROM jsonb_array_elements(${JSON.stringify(cases)}::jsonb) WITH ORDINALITY AS c(item, position),
                 LATERAL voucher_order_split((item->>'amountFen')::bigint, (item->>'voucherShareMaxPercent')::integer,
                   (item->>'fullCoverageBelowFen')::bigint, (item->>'availableFen')::bigint,
                   (item->>'requestedShareFen')::bigint) AS split
           ORDER BY c.position`,
    )
    expect(rows).toHaveLength(cases.length)
    cases.forEach((input, position) => {
      const expected = splitOrder(input)
      const row = rows[position]
      const actual = row?.refusal ? { refusal: row.refusal } : { voucherShareFen: Number(row?.share_fen) }
      expect(actual, JSON.stringify(input)).toEqual(
        expected.ok ? { voucherShareFen: expected.voucherShareFen } : { refusal: expected.refusal },
      )
    })
  })

  it('allows exactly the transfer routes of the reference table', async () => {
    const allowed = new Set([
      ...Object.entries(transferRoutes).map(([kind, [from, to]]) => `${kind}:${from}:${to}`),
      ...reversalRoutes.map(([from, to]) => `reversal:${from}:${to}`),
    ])
    const combinations = transferKinds.flatMap((kind) =>
      ledgerAccountKinds.flatMap((from) => ledgerAccountKinds.map((to) => ({ kind, from, to }))),
    )
    const rows = await queryRows<{ kind: string; from_kind: string; to_kind: string; allowed: boolean }>(
      testApp.database.db,
      sql`SELECT c.kind, c.from_kind, c.to_kind, ledger_transfer_route_allowed(c.kind, c.from_kind, c.to_kind) AS allowed
            FROM jsonb_to_recordset(${JSON.stringify(
              combinations.map(({ kind, from, to }) => ({ kind, from_kind: from, to_kind: to })),
            )}::jsonb) AS c(kind text, from_kind text, to_kind text)`,
    )
    expect(rows).toHaveLength(combinations.length)
    for (const row of rows) {
      expect(row.allowed, `${row.kind}: ${row.from_kind} → ${row.to_kind}`).toBe(
        allowed.has(`${row.kind}:${row.from_kind}:${row.to_kind}`),
      )
    }
  })
})

describe('the ledger function', () => {
  it('refuses a zero amount and an overdraft with coded errors, and a route its kind does not allow as a bug', async () => {
    const db = testApp.database.db
    const budget = await accountOf('budget', schemeId)
    const voucherAccount = await accountOf('voucher', field(voucher, 'id'))
    const before = await ledgerSnapshot(testApp)
    const attempt = async (input: ledger.TransferInput) => {
      try {
        await ledger.transfer(db, input)
      } catch (error) {
        return error instanceof AppError ? error.code : 'bug'
      }
      return 'moved'
    }
    const base = { reference: 'test', actorUserId: null }
    expect(
      await attempt({
        ...base,
        kind: 'issue',
        fromAccountId: budget,
        toAccountId: voucherAccount,
        amountFen: 0,
      }),
    ).toBe('LEDGER_AMOUNT_INVALID')
    expect(
      await attempt({
        ...base,
        kind: 'issue',
        fromAccountId: budget,
        toAccountId: voucherAccount,
        amountFen: 10 ** 12,
      }),
    ).toBe('LEDGER_BALANCE_INSUFFICIENT')
    expect(
      await attempt({
        ...base,
        kind: 'reserve',
        fromAccountId: budget,
        toAccountId: voucherAccount,
        amountFen: 1,
      }),
    ).toBe('bug')
    expect(await ledgerSnapshot(testApp)).toBe(before)
  })

  it('moves a batch in the order given, in one statement, and refuses the whole batch when one transfer fails', async () => {
    const db = testApp.database.db
    const voucherAccount = await accountOf('voucher', field(voucher, 'id'))
    const reservation = await accountOf('reservation', field(voucher, 'id'))
    const base = { reference: 'batch test', actorUserId: null }
    const reservedFen = Number(
      (
        await queryRows<{ balance_fen: string }>(
          db,
          sql`SELECT balance_fen FROM ledger_accounts WHERE id = ${reservation}`,
        )
      )[0]?.balance_fen,
    )
    const out = { ...base, kind: 'reserve' as const, fromAccountId: voucherAccount, toAccountId: reservation }
    const back = {
      ...base,
      kind: 'release' as const,
      fromAccountId: reservation,
      toAccountId: voucherAccount,
    }
    const before = await ledgerSnapshot(testApp)
    // the release can only run after the reserve: it moves more than the reservation held before the batch
    const ids = await ledger.transferMany(db, [
      { ...out, amountFen: reservedFen + 5 },
      { ...back, amountFen: reservedFen + 5 },
    ])
    expect(ids).toHaveLength(2)
    const moved = await queryRows<{ id: string; kind: string }>(
      db,
      sql`SELECT id, kind FROM ledger_transfers WHERE id IN (${ids[0]}, ${ids[1]}) ORDER BY kind DESC`,
    )
    expect(moved.map((row) => row.kind)).toEqual(['reserve', 'release'])
    expect((await verifyLedger(db)).ok).toBe(true)
    const afterFirst = await ledgerSnapshot(testApp)
    expect(JSON.parse(afterFirst).balances).toBe(JSON.parse(before).balances)
    // the same pair the other way round overdraws the reservation: nothing of the batch stays
    await expect(
      ledger.transferMany(db, [
        { ...out, amountFen: 1 },
        { ...back, amountFen: reservedFen + 2 },
      ]),
    ).rejects.toMatchObject({ code: 'LEDGER_BALANCE_INSUFFICIENT' })
    expect(await ledgerSnapshot(testApp)).toBe(afterFirst)
    const tooMany = Array.from({ length: ledger.transfersPerBatchMax + 1 }, () => ({ ...out, amountFen: 1 }))
    await expect(ledger.transferMany(db, tooMany)).rejects.toThrow(/too large/)
    expect(await ledgerSnapshot(testApp)).toBe(afterFirst)
  })

  it('keeps transfers append-only', async () => {
    await expect(
      testApp.database.db.execute(sql`UPDATE ledger_transfers SET amount_fen = amount_fen + 1`),
    ).rejects.toThrow()
    await expect(testApp.database.db.execute(sql`DELETE FROM ledger_transfers`)).rejects.toThrow()
  })
})

describe('verifyLedger', () => {
  it('finds every invariant holding after appropriations, issues, reservations and releases', async () => {
    const result = await verifyLedger(testApp.database.db)
    expect(result.firstViolation).toBe(null)
    expect(result.ok).toBe(true)
    expect(result.balanceSumFen).toBe(0)
    const stored = await countOf(testApp.database.db, sql`SELECT count(*) AS count FROM ledger_transfers`)
    expect(result.transferCount).toBe(stored)
    expect(result.transferCount).toBeGreaterThanOrEqual(5)
    expect(result.checks.every((check) => check.ok)).toBe(true)
  })

  it('names the account whose balance was altered, and sees the voucher and the sum broken too', async () => {
    const db = testApp.database.db
    const account = await accountOf('voucher', field(voucher, 'id'))
    await db.execute(sql`UPDATE ledger_accounts SET balance_fen = balance_fen + 1 WHERE id = ${account}`)
    try {
      const result = await verifyLedger(db)
      expect(result.ok).toBe(false)
      expect(result.firstViolation).toMatchObject({ check: 'balances_match_transfers', subjectId: account })
      expect(result.firstViolation?.message).toContain(account)
      const failed = result.checks.filter((check) => !check.ok).map((check) => check.check)
      expect(failed).toEqual(['balances_match_transfers', 'sum_is_zero', 'vouchers_match_orders'])
      expect(result.balanceSumFen).toBe(1)
    } finally {
      await db.execute(sql`UPDATE ledger_accounts SET balance_fen = balance_fen - 1 WHERE id = ${account}`)
    }
    expect((await verifyLedger(db)).ok).toBe(true)
  })

  it('names the voucher whose orders no longer match its reservation', async () => {
    const db = testApp.database.db
    await db.execute(
      sql`UPDATE voucher_orders SET voucher_share_fen = voucher_share_fen - 1, firm_copay_fen = firm_copay_fen + 1
           WHERE id = ${orderId}`,
    )
    try {
      const result = await verifyLedger(db)
      expect(result.firstViolation).toMatchObject({ check: 'vouchers_match_orders', subjectId: voucher.id })
      expect(result.firstViolation?.message).toContain(field(voucher, 'number'))
    } finally {
      await db.execute(
        sql`UPDATE voucher_orders SET voucher_share_fen = voucher_share_fen + 1, firm_copay_fen = firm_copay_fen - 1
             WHERE id = ${orderId}`,
      )
    }
  })

  it('answers the corridor office over the API and refuses everyone else', async () => {
    const result = expectStatus(
      await send(testApp, 'GET', '/api/voucher-ledger/verification', actors.office),
      200,
    )
    expect(result).toMatchObject({ ok: true, balanceSumFen: 0, firstViolation: null })
    const firm = await send(testApp, 'GET', '/api/voucher-ledger/verification', actors.firmShanghai)
    expect(errorCode(firm)).toBe('FORBIDDEN')
    const officer = await send(testApp, 'GET', '/api/voucher-ledger/verification', actors.officerShanghai)
    expect(errorCode(officer)).toBe('FORBIDDEN')
  })
})

const order = (payload: Record<string, unknown>, headers: Record<string, string> = {}): InjectOptions => ({
  method: 'POST',
  url: '/api/voucher-orders',
  headers: { ...headers, cookie: actors.firmShanghai },
  payload: { voucherId: voucher.id, productId, ...payload },
})
const claim = (payload: Record<string, unknown>): InjectOptions => ({
  method: 'POST',
  url: '/api/voucher-claims',
  headers: { cookie: actors.firmShanghai },
  payload: { schemeId, requestedAmountFen: 1_000_00, purpose: 'testing', ...payload },
})
const appropriation = (amountFen: unknown): InjectOptions => ({
  method: 'POST',
  url: `/api/voucher-schemes/${schemeId}/appropriations`,
  headers: { cookie: actors.officerShanghai },
  payload: { amountFen, documentReference: '松财〔2026〕99号' },
})
/** Each bad request, built when its test runs, with the status and code it must get. */
const badInputCases: { name: string; status: number; code: string; request: () => InjectOptions }[] = [
  {
    name: 'a negative claim',
    status: 400,
    code: 'VALIDATION_FAILED',
    request: () => claim({ requestedAmountFen: -100 }),
  },
  {
    name: 'a fractional claim',
    status: 400,
    code: 'VALIDATION_FAILED',
    request: () => claim({ requestedAmountFen: 100.5 }),
  },
  {
    name: 'a zero claim',
    status: 400,
    code: 'VALIDATION_FAILED',
    request: () => claim({ requestedAmountFen: 0 }),
  },
  {
    name: 'a claim beyond any amount',
    status: 400,
    code: 'VALIDATION_FAILED',
    request: () => claim({ requestedAmountFen: amountFenMax + 1 }),
  },
  {
    name: 'a claim over the cap per claim',
    status: 422,
    code: 'CLAIM_OVER_CLAIM_CAP',
    request: () => claim({ requestedAmountFen: 20_000_01 }),
  },
  {
    name: 'a claim under an unknown scheme',
    status: 404,
    code: 'SCHEME_NOT_FOUND',
    request: () => claim({ schemeId: 'vsch_unknown' }),
  },
  {
    name: 'a negative appropriation',
    status: 400,
    code: 'VALIDATION_FAILED',
    request: () => appropriation(-1),
  },
  {
    name: 'a fractional appropriation',
    status: 400,
    code: 'VALIDATION_FAILED',
    request: () => appropriation(0.5),
  },
  {
    name: 'an unknown voucher',
    status: 404,
    code: 'VOUCHER_NOT_FOUND',
    request: () => order({ voucherId: 'vch_unknown' }),
  },
  {
    name: 'an unknown product',
    status: 404,
    code: 'PRODUCT_NOT_FOUND',
    request: () => order({ productId: 'sprod_unknown' }),
  },
  {
    name: 'a negative voucher share',
    status: 400,
    code: 'VALIDATION_FAILED',
    request: () => order({ voucherShareFen: -5 }),
  },
  {
    name: 'a fractional voucher share',
    status: 400,
    code: 'VALIDATION_FAILED',
    request: () => order({ voucherShareFen: 1.25 }),
  },
  {
    name: 'a quantity of zero',
    status: 400,
    code: 'VALIDATION_FAILED',
    request: () => order({ quantity: 0 }),
  },
  {
    name: 'a fractional quantity',
    status: 400,
    code: 'VALIDATION_FAILED',
    request: () => order({ quantity: 1.5 }),
  },
  {
    name: 'an unknown field',
    status: 400,
    code: 'VALIDATION_FAILED',
    request: () => order({ discountFen: 100 }),
  },
  {
    name: 'an Idempotency-Key that is too long',
    status: 400,
    code: 'IDEMPOTENCY_KEY_INVALID',
    request: () => order({}, { 'idempotency-key': 'k'.repeat(201) }),
  },
  {
    name: 'an Idempotency-Key with a space',
    status: 400,
    code: 'IDEMPOTENCY_KEY_INVALID',
    request: () => order({}, { 'idempotency-key': 'two words' }),
  },
  {
    name: 'an approval of an unknown claim',
    status: 404,
    code: 'CLAIM_NOT_FOUND',
    request: () => ({
      method: 'POST',
      url: '/api/voucher-claims/vclm_unknown/approve',
      headers: { cookie: actors.officerShanghai },
      payload: {},
    }),
  },
  {
    name: 'a negative approved amount',
    status: 400,
    code: 'VALIDATION_FAILED',
    request: () => ({
      method: 'POST',
      url: '/api/voucher-claims/vclm_unknown/approve',
      headers: { cookie: actors.officerShanghai },
      payload: { approvedAmountFen: -1 },
    }),
  },
  {
    name: 'cancelling an unknown order',
    status: 404,
    code: 'ORDER_NOT_FOUND',
    request: () => ({
      method: 'POST',
      url: '/api/voucher-orders/vord_unknown/cancel',
      headers: { cookie: actors.firmShanghai },
      payload: {},
    }),
  },
  {
    name: 'a scheme share over 100%',
    status: 400,
    code: 'VALIDATION_FAILED',
    request: () => ({
      method: 'PATCH',
      url: `/api/voucher-schemes/${schemeId}`,
      headers: { cookie: actors.officerShanghai },
      payload: { voucherShareMaxPercent: 101 },
    }),
  },
  {
    name: 'an unknown service category',
    status: 400,
    code: 'VALIDATION_FAILED',
    request: () => ({
      method: 'PATCH',
      url: `/api/voucher-schemes/${schemeId}`,
      headers: { cookie: actors.officerShanghai },
      payload: { serviceCategories: ['catering'] },
    }),
  },
  {
    name: 'an unknown recognised city',
    status: 400,
    code: 'VALIDATION_FAILED',
    request: () => ({
      method: 'PATCH',
      url: `/api/voucher-schemes/${schemeId}`,
      headers: { cookie: actors.officerShanghai },
      payload: { recognisedCityCodes: ['XX'] },
    }),
  },
  {
    name: 'a product priced at zero',
    status: 400,
    code: 'VALIDATION_FAILED',
    request: () => ({
      method: 'PATCH',
      url: `/api/service-products/${productId}`,
      headers: { cookie: actors.providerSuzhou },
      payload: { priceFen: 0 },
    }),
  },
  {
    name: 'a malformed cursor',
    status: 400,
    code: 'CURSOR_INVALID',
    request: () => ({
      method: 'GET',
      url: '/api/vouchers?cursor=nonsense',
      headers: { cookie: actors.office },
    }),
  },
]

describe('bad input: a 4xx with a stable code, and the ledger unchanged', () => {
  for (const testCase of badInputCases) {
    it(`answers ${testCase.status} ${testCase.code} to ${testCase.name}`, async () => {
      const before = await ledgerSnapshot(testApp)
      const response = await testApp.app.inject(testCase.request())
      expect(response.statusCode, response.body).toBe(testCase.status)
      expect(errorCode(response)).toBe(testCase.code)
      expect(response.json().error.message).toEqual(expect.any(String))
      expect(await ledgerSnapshot(testApp)).toBe(before)
    })
  }
})
