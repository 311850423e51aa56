// The expiry lapse: unreserved balance of expired vouchers goes back to the scheme budget; reservations stay
// until their orders are redeemed or cancelled, and a cancellation after expiry is swept on the next run.
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../../db/client'
import { createTestApp, errorCode, type TestApp } from '../../testing/app'
import { ensureLapseScheduled, lapseExpiredVouchers, lapseJobKind } from './expiry.service'
import { verifyLedger } from './ledger.service'
import {
  expectStatus,
  field,
  fundedScheme,
  issuedVoucher,
  publishedProduct,
  send,
  signInActors,
  type VoucherActors,
} from './vouchers.factories'

let testApp: TestApp
let actors: VoucherActors

beforeAll(async () => {
  testApp = await createTestApp()
  actors = await signInActors(testApp)
})
afterAll(async () => testApp.close())

async function expire(voucherId: string) {
  await testApp.database.db.execute(
    sql`UPDATE vouchers SET issued_at = now() - interval '2 days', expires_at = now() - interval '1 second'
         WHERE id = ${voucherId}`,
  )
}

describe('the expiry lapse', () => {
  it('returns the unreserved balance to the budget, keeps the reservation, and sweeps a later release', async () => {
    const scheme = await fundedScheme(testApp, actors.officerShanghai, 'SH-SJ', {
      voucherShareMaxPercent: 50,
    })
    const schemeId = field(scheme, 'id')
    const productId = field(
      await publishedProduct(testApp, actors.providerSuzhou, { priceFen: 1_000_00 }),
      'id',
    )
    const voucher = await issuedVoucher(testApp, {
      firmCookie: actors.firmShanghai,
      officerCookie: actors.officerShanghai,
      schemeId,
      amountFen: 2_000_00,
    })
    const voucherId = field(voucher, 'id')
    const order = expectStatus(
      await send(testApp, 'POST', '/api/voucher-orders', actors.firmShanghai, { voucherId, productId }),
      201,
    )
    const budgetBefore = expectStatus(await send(testApp, 'GET', `/api/voucher-schemes/${schemeId}`), 200)
    await expire(voucherId)
    const expired = await send(testApp, 'POST', '/api/voucher-orders', actors.firmShanghai, {
      voucherId,
      productId,
    })
    expect(errorCode(expired)).toBe('VOUCHER_EXPIRED')

    expect(await lapseExpiredVouchers(testApp.database.db)).toBeGreaterThanOrEqual(1)
    const lapsed = expectStatus(
      await send(testApp, 'GET', `/api/vouchers/${voucherId}`, actors.firmShanghai),
      200,
    )
    expect(lapsed).toMatchObject({ status: 'lapsed', availableFen: 0, reservedFen: 500_00 })
    const budgetAfter = expectStatus(await send(testApp, 'GET', `/api/voucher-schemes/${schemeId}`), 200)
    const available = (body: Record<string, unknown>) =>
      (body.budget as { availableFen: number }).availableFen
    expect(available(budgetAfter) - available(budgetBefore)).toBe(1_500_00)
    expect(await lapseExpiredVouchers(testApp.database.db)).toBe(0)

    // cancelled after expiry: the release lands on the lapsed voucher, and the next run sweeps it back
    expectStatus(
      await send(
        testApp,
        'POST',
        `/api/voucher-orders/${field(order, 'id')}/cancel`,
        actors.firmShanghai,
        {},
      ),
      200,
    )
    expect(await lapseExpiredVouchers(testApp.database.db)).toBe(1)
    const swept = expectStatus(
      await send(testApp, 'GET', `/api/vouchers/${voucherId}`, actors.firmShanghai),
      200,
    )
    expect(swept).toMatchObject({ status: 'lapsed', availableFen: 0, reservedFen: 0 })
    const budgetSwept = expectStatus(await send(testApp, 'GET', `/api/voucher-schemes/${schemeId}`), 200)
    expect(available(budgetSwept) - available(budgetBefore)).toBe(2_000_00)
    expect((await verifyLedger(testApp.database.db)).firstViolation).toBe(null)
  })

  it('is scheduled once, however often the platform starts', async () => {
    await ensureLapseScheduled(testApp.database.db)
    await ensureLapseScheduled(testApp.database.db)
    const rows = await queryRows<{ count: string | number }>(
      testApp.database.db,
      sql`SELECT count(*) AS count FROM jobs WHERE kind = ${lapseJobKind} AND state = 'queued'`,
    )
    expect(Number(rows[0]?.count)).toBe(1)
  })
})
