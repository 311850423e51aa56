// The expiry lapse: unreserved balance of expired vouchers goes back to the scheme budget; reservations stay
// until their orders are redeemed or cancelled, and a cancellation after expiry is swept on the next run.
import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { queryRows } from '../../db/client'
import { errorCode, useTestApp } from '../../testing/app'
import { countOf, runsOnPostgres } from '../../testing/database'
import { recurringJobHandlers, scheduleRecurringJobs } from '../../platform/jobs'
import { lapseExpiredBatch, lapseJob } from './expiry.service'
import { verifyLedger } from './ledger.service'
import { expectStatus, field, send } from '../../testing/requests'
import { useVoucherActors } from '../../testing/actors'
import { fundedScheme, issuedVoucher, publishedProduct } from '../../testing/factories'

const testApp = useTestApp()
const actors = useVoucherActors(testApp)

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
    const voucher = await issuedVoucher(testApp, actors.shanghai, schemeId, 2_000_00)
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

    expect(await lapseExpiredBatch(testApp.database.db)).toBeGreaterThanOrEqual(1)
    const lapsed = expectStatus(
      await send(testApp, 'GET', `/api/vouchers/${voucherId}`, actors.firmShanghai),
      200,
    )
    expect(lapsed).toMatchObject({ status: 'lapsed', availableFen: 0, reservedFen: 500_00 })
    const budgetAfter = expectStatus(await send(testApp, 'GET', `/api/voucher-schemes/${schemeId}`), 200)
    const available = (body: Record<string, unknown>) =>
      (body.budget as { availableFen: number }).availableFen
    expect(available(budgetAfter) - available(budgetBefore)).toBe(1_500_00)
    expect(await lapseExpiredBatch(testApp.database.db)).toBe(0)

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
    expect(await lapseExpiredBatch(testApp.database.db)).toBe(1)
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
    await scheduleRecurringJobs(testApp.database.db, [lapseJob])
    await scheduleRecurringJobs(testApp.database.db, [lapseJob])
    const rows = await countOf(
      testApp.database.db,
      sql`SELECT count(*) AS count FROM jobs WHERE kind = ${lapseJob.kind} AND state = 'queued'`,
    )
    expect(rows).toBe(1)
  })

  it('lapses one batch a run, and queues the next run an hour on when the batch was not full', async () => {
    const lapse = recurringJobHandlers([lapseJob])[lapseJob.kind]
    if (lapse === undefined) throw new Error('no handler for the lapse job')
    const queuedLater = sql`SELECT count(*) AS count FROM jobs
      WHERE kind = ${lapseJob.kind} AND state = 'queued' AND run_at > now() + interval '50 minutes'`
    const before = await countOf(testApp.database.db, queuedLater)
    await testApp.database.db.transaction((transaction) =>
      lapse({}, { db: transaction, attempt: 1, signal: new AbortController().signal }),
    )
    expect(await countOf(testApp.database.db, queuedLater)).toBe(before + 1)
  })
})

describe.runIf(runsOnPostgres())('the expiry lapse beside other writers, on PostgreSQL', () => {
  it('locks accounts before it takes the audit chain, so a claim approval holding a budget cannot deadlock it', async () => {
    const db = testApp.database.db
    const schemes = await Promise.all(
      [0, 1].map(async () => field(await fundedScheme(testApp, actors.officerShanghai, 'SH-SJ'), 'id')),
    )
    const vouchers = []
    for (const schemeId of schemes) {
      const voucher = await issuedVoucher(testApp, actors.shanghai, schemeId, 1_000_00)
      await expire(field(voucher, 'id'))
      vouchers.push({ id: field(voucher, 'id'), schemeId })
    }
    // the lapse takes vouchers in id order: the later one's budget is held, as an approval under its scheme holds it
    const later = [...vouchers].sort((left, right) => (left.id < right.id ? -1 : 1))[1]
    if (later === undefined) throw new Error('two vouchers were issued')
    let lapsing: Promise<number> | undefined
    await db.transaction(async (approval) => {
      await approval.execute(sql`SELECT 1 FROM ledger_accounts WHERE id =
        (SELECT budget_account_id FROM voucher_schemes WHERE id = ${later.schemeId}) FOR UPDATE`)
      lapsing = lapseExpiredBatch(db)
      await waitUntilLapseWaitsForALock()
      // the approval's audit record comes last, as in approveClaim: it must not wait for the lapse
      await approval.execute(
        sql`SELECT audit_append(NULL, 'test.lock_order', 'test', ${later.id}, 'SH-SJ', '{}'::jsonb)`,
      )
    })
    expect(await lapsing).toBeGreaterThanOrEqual(2)
    const lapsed = await queryRows<{ status: string }>(
      db,
      sql`SELECT status FROM vouchers WHERE id IN (${vouchers[0]?.id}, ${vouchers[1]?.id})`,
    )
    expect(lapsed.map((row) => row.status)).toEqual(['lapsed', 'lapsed'])
  })
})

/** Until the lapse statement, on another connection, waits for a row lock (bounded: 10 s). */
async function waitUntilLapseWaitsForALock() {
  const waitingMax = 200
  for (let poll = 0; poll < waitingMax; poll++) {
    const waiting = await countOf(
      testApp.database.db,
      sql`SELECT count(*) AS count FROM pg_stat_activity
           WHERE datname = current_database() AND wait_event_type = 'Lock'
             AND query LIKE '%voucher_lapse_expired%' AND pid <> pg_backend_pid()`,
    )
    if (waiting > 0) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error('the lapse never waited for the held budget account')
}
