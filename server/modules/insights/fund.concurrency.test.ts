// The G60 fund raced on PostgreSQL, with real parallel connections over three server processes: investments whose
// total passes what the backers have left succeed exactly as many times as they fit, the others are refused with
// INSIGHTS_FUND_CAPITAL_EXCEEDED, no backer is ever called past its commitment, each backer's called amount stays the
// sum of its calls, and the numbers of the year stay one serial each; one equity referral raced becomes one investment.
import { sql } from 'drizzle-orm'
import type { LightMyRequestResponse } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../../db/client'
import { shanghaiDateOf } from '../../platform/calendar'
import { createTestApp, errorCode, type TestApp, type TestSibling } from '../../testing/app'
import { countOf, runsOnPostgres } from '../../testing/database'
import { apportion } from './fund.service'

let testApp: TestApp
let siblings: TestSibling[] = []
const today = shanghaiDateOf()
const url = '/api/insights/fund/investments'

/** one investment calls this much per unit of a backer's weight */
const stepFen = 1_000_000
/** each backer's commitment holds five and a half such calls */
const callsPerCommitment = 5.5
const racers = 12

/**
 * A fresh fund in this test's database: no investments, and each backer (in code order) committed its weight
 * (1, 2, … 10) × 5.5 steps, so that an investment of Σweights × step calls exactly weight × step from each.
 */
async function freshFund(): Promise<{ code: string; weight: number }[]> {
  const db = testApp.database.db
  await db.execute(sql`DELETE FROM fund_capital_calls`)
  await db.execute(sql`DELETE FROM fund_investments`)
  const backers = await queryRows<{ code: string }>(db, sql`SELECT code FROM fund_backers ORDER BY code`)
  const weighted = backers.map((backer, position) => ({ code: backer.code, weight: position + 1 }))
  for (const backer of weighted)
    await db.execute(
      sql`UPDATE fund_backers SET called_fen = 0, committed_fen = ${backer.weight * stepFen * callsPerCommitment}
           WHERE code = ${backer.code}`,
    )
  return weighted
}

/** Sends each request through the app and its siblings in turn, all at once. */
function race(requests: { payload: Record<string, unknown> }[], cookie: string) {
  const processes = [testApp.app, ...siblings.map((sibling) => sibling.app)]
  return Promise.all(
    requests.map((request, index) =>
      (processes[index % processes.length] ?? testApp.app).inject({
        method: 'POST',
        url,
        headers: { cookie },
        payload: request.payload,
      }),
    ),
  )
}

const statuses = (answers: LightMyRequestResponse[]) => answers.map((answer) => answer.statusCode)

describe.runIf(runsOnPostgres())('fund races on PostgreSQL', () => {
  beforeAll(async () => {
    testApp = await createTestApp()
    siblings = [await testApp.openSibling(), await testApp.openSibling()]
  })
  afterAll(async () => {
    for (const sibling of siblings) await sibling.close()
    await testApp.close()
  })

  it('parallel investments beyond the commitments: as many succeed as fit, the rest are refused, none over-called', async () => {
    const db = testApp.database.db
    const weighted = await freshFund()
    expect(weighted).toHaveLength(10)
    const amountFen = weighted.reduce((sum, backer) => sum + backer.weight, 0) * stepFen
    // as the service apportions: each backer's share, and how many investments its commitment holds
    const shares = apportion(
      amountFen,
      weighted.map((backer) => ({
        code: backer.code,
        committedFen: backer.weight * stepFen * callsPerCommitment,
      })),
    )
    const fit = Math.min(
      ...shares.map((share, position) =>
        Math.floor(((weighted[position]?.weight ?? 0) * stepFen * callsPerCommitment) / share.amountFen),
      ),
    )
    expect(fit).toBe(5)
    const firms = await queryRows<{ id: string }>(
      db,
      sql`SELECT id FROM registry_firm_facts ORDER BY id LIMIT ${racers}`,
    )
    const answers = await race(
      firms.map((firm) => ({
        payload: {
          firmId: firm.id,
          industry: 'integrated_circuits',
          stage: 'early',
          amountFen,
          investedOn: today,
        },
      })),
      await testApp.signIn('office'),
    )
    expect(statuses(answers).filter((status) => status === 201)).toHaveLength(fit)
    expect(answers.filter((answer) => answer.statusCode !== 201).map(errorCode)).toEqual(
      Array.from({ length: racers - fit }, () => 'INSIGHTS_FUND_CAPITAL_EXCEEDED'),
    )
    const backers = await queryRows<{
      code: string
      committed_fen: string
      called_fen: string
      calls_fen: string
    }>(
      db,
      sql`SELECT b.code, b.committed_fen::text, b.called_fen::text,
                 (SELECT coalesce(sum(c.amount_fen), 0) FROM fund_capital_calls c WHERE c.backer_code = b.code)::text
                   AS calls_fen
            FROM fund_backers b ORDER BY b.code`,
    )
    for (const backer of backers) {
      expect(Number(backer.called_fen)).toBeLessThanOrEqual(Number(backer.committed_fen))
      expect(backer.called_fen).toBe(backer.calls_fen)
      const weight = weighted.find((found) => found.code === backer.code)?.weight ?? 0
      expect(Number(backer.called_fen)).toBe(fit * weight * stepFen)
    }
    const numbers = await queryRows<{ number: string }>(
      db,
      sql`SELECT number FROM fund_investments ORDER BY number`,
    )
    const year = today.slice(0, 4)
    expect(numbers.map((row) => row.number)).toEqual(
      Array.from({ length: fit }, (_, index) => `G60F-${year}-${String(index + 1).padStart(4, '0')}`),
    )
  })

  it('one equity referral invested from by several requests at once becomes one investment', async () => {
    const db = testApp.database.db
    await freshFund()
    // commitments ample again: only the referral is raced for
    await db.execute(sql`UPDATE fund_backers SET committed_fen = committed_fen * 1000`)
    const [referral] = await queryRows<{ id: string; firm_id: string }>(
      db,
      sql`SELECT id, firm_id FROM finance_equity_referrals ORDER BY id LIMIT 1`,
    )
    if (referral === undefined) throw new Error('the demo has an approved equity referral')
    const payload = {
      firmId: referral.firm_id,
      referralId: referral.id,
      industry: 'biomedicine',
      stage: 'growth',
      amountFen: 10_000_000,
      investedOn: today,
    }
    const answers = await race(
      Array.from({ length: 6 }, () => ({ payload })),
      await testApp.signIn('office'),
    )
    expect(statuses(answers).filter((status) => status === 201)).toHaveLength(1)
    expect(answers.filter((answer) => answer.statusCode !== 201).map(errorCode)).toEqual(
      Array.from({ length: 5 }, () => 'INSIGHTS_FUND_REFERRAL_USED'),
    )
    expect(
      await countOf(db, sql`SELECT count(*) FROM fund_investments WHERE referral_id = ${referral.id}`),
    ).toBe(1)
    expect(
      await countOf(
        db,
        sql`SELECT count(*) FROM fund_backers b WHERE b.called_fen <> (SELECT coalesce(sum(c.amount_fen), 0)
              FROM fund_capital_calls c WHERE c.backer_code = b.code)`,
      ),
    ).toBe(0)
  })
})
