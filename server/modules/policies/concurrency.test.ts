// Awards raced on PostgreSQL, with real parallel connections: two officers approving one award list at once pay each
// award once, and payments racing for the last of a budget never overspend it.
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../../db/client'
import { createTestApp, errorCode, type TestApp, type TestSibling } from '../../testing/app'
import { countOf, runsOnPostgres } from '../../testing/database'
import { ensureLedgerAccount, transferMany, verifyLedger } from '../vouchers'

let testApp: TestApp
let sibling: TestSibling

/** Pays out of the item's budget elsewhere until `keepFen` is left in it. */
async function leaveInBudget(item: { budget_account_id: string; city_code: string }, keepFen: number) {
  const db = testApp.database.db
  const [account] = await queryRows<{ balance_fen: string }>(
    db,
    sql`SELECT balance_fen FROM ledger_accounts WHERE id = ${item.budget_account_id}`,
  )
  const drain = Number(account?.balance_fen) - keepFen
  if (drain <= 0) return
  const elsewhere = await ensureLedgerAccount(db, {
    kind: 'award',
    ownerId: 'firm_race_drain',
    cityCode: item.city_code,
  })
  await transferMany(db, [
    {
      kind: 'award',
      fromAccountId: item.budget_account_id,
      toAccountId: elsewhere,
      amountFen: drain,
      reference: 'race drain',
      actorUserId: null,
    },
  ])
}

describe.runIf(runsOnPostgres())('award races on PostgreSQL', () => {
  beforeAll(async () => {
    testApp = await createTestApp()
    sibling = await testApp.openSibling()
  })
  afterAll(async () => {
    await sibling.close()
    await testApp.close()
  })

  it('two officers approving the same list at once: one pays every award once, the other is told it is done', async () => {
    const [list] = await queryRows<{ id: string; listed: number }>(
      testApp.database.db,
      sql`SELECT l.id, count(a.id)::int AS listed FROM policy_award_lists l JOIN policy_items i ON i.id = l.item_id
            JOIN policy_awards a ON a.list_id = l.id AND a.status = 'listed'
           WHERE l.status = 'open' AND i.code = 'HF-P01-01' GROUP BY l.id`,
    )
    if (list === undefined) throw new Error('firm.hf’s list waits for approval')
    const officer = await testApp.signIn('officer.hf')
    const office = await testApp.signIn('office')
    const answers = await Promise.all([
      testApp.app.inject({
        method: 'POST',
        url: `/api/policy-award-lists/${list.id}/approve`,
        headers: { cookie: officer },
      }),
      sibling.app.inject({
        method: 'POST',
        url: `/api/policy-award-lists/${list.id}/approve`,
        headers: { cookie: office },
      }),
    ])
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 409])
    expect(answers.map(errorCode)).toContain('POLICY_AWARD_LIST_ALREADY_APPROVED')
    const db = testApp.database.db
    expect(
      await countOf(
        db,
        sql`SELECT count(*) FROM ledger_transfers WHERE kind = 'award'
                              AND reference IN (SELECT id FROM policy_awards WHERE list_id = ${list.id})`,
      ),
    ).toBe(list.listed)
    expect(
      await countOf(
        db,
        sql`SELECT count(*) FROM policy_awards WHERE list_id = ${list.id} AND status = 'paid'`,
      ),
    ).toBe(list.listed)
    expect((await verifyLedger(db)).ok).toBe(true)
  })

  it('confirmed awards paid at once from a budget that covers only some: never overspent', async () => {
    const db = testApp.database.db
    // one item's offered awards, all confirmed as their firms would
    const [item] = await queryRows<{
      item_id: string
      budget_account_id: string
      city_code: string
      count: number
    }>(
      db,
      sql`SELECT a.item_id, i.budget_account_id, i.city_code, count(*)::int AS count
            FROM policy_awards a JOIN policy_items i ON i.id = a.item_id
           WHERE a.status IN ('offered', 'confirmed') GROUP BY a.item_id, i.id HAVING count(*) >= 2
           ORDER BY count(*) DESC LIMIT 1`,
    )
    if (item === undefined) throw new Error('the demo has an item with two fast-apply awards waiting')
    await db.execute(
      sql`UPDATE policy_awards SET status = 'confirmed', confirmed_at = now(), due_on = current_date + 30
           WHERE item_id = ${item.item_id} AND status = 'offered'`,
    )
    const awards = await queryRows<{ id: string; amount_fen: string }>(
      db,
      sql`SELECT id, amount_fen FROM policy_awards WHERE item_id = ${item.item_id} AND status = 'confirmed' ORDER BY id`,
    )
    await leaveInBudget(item, Math.max(...awards.map((award) => Number(award.amount_fen))))
    const office = await testApp.signIn('office')
    const answers = await Promise.all(
      awards.map((award, index) =>
        (index % 2 === 0 ? testApp.app : sibling.app).inject({
          method: 'POST',
          url: `/api/policy-awards/${award.id}/pay`,
          headers: { cookie: office },
        }),
      ),
    )
    const paid = answers.filter((answer) => answer.statusCode === 200).length
    expect(paid).toBeGreaterThanOrEqual(1)
    expect(answers.filter((answer) => answer.statusCode !== 200).map(errorCode)).toEqual(
      Array.from({ length: awards.length - paid }, () => 'POLICY_BUDGET_EXCEEDED'),
    )
    const [after] = await queryRows<{ balance_fen: string }>(
      db,
      sql`SELECT balance_fen FROM ledger_accounts WHERE id = ${item.budget_account_id}`,
    )
    expect(Number(after?.balance_fen)).toBeGreaterThanOrEqual(0)
    expect(
      await countOf(
        db,
        sql`SELECT count(*) FROM policy_awards WHERE item_id = ${item.item_id} AND status = 'paid'`,
      ),
    ).toBeGreaterThanOrEqual(paid)
    expect((await verifyLedger(db)).ok).toBe(true)
  })
})
