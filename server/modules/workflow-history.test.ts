// The four workflows of issue one-shape (voucher claims, redemptions, bookings, finance cases) move on the platform's
// engine: each move over the API leaves its history row, with the move, the actor and the record's city, beside its
// audit record; a refused move leaves neither.
import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { queryRows } from '../db/client'
import { transitionHistory } from '../platform/workflow'
import { errorCode, useTestApp } from '../testing/app'
import { countOf } from '../testing/database'
import { expectStatus, field, send } from '../testing/requests'

const testApp = useTestApp()

/** The first record of a list answer, or a failure naming the list. */
async function first(url: string, cookie: string): Promise<string> {
  const page = expectStatus(await send(testApp, 'GET', url, cookie), 200)
  const items = page.items
  if (!Array.isArray(items) || items.length === 0) throw new Error(`${url} lists nothing`)
  return field(items[0] as Record<string, unknown>, 'id')
}

async function userIdOf(username: string): Promise<string> {
  const rows = await queryRows<{ id: string }>(
    testApp.database.db,
    sql`SELECT id FROM users WHERE username = ${username}`,
  )
  return rows[0]?.id ?? ''
}

const recorded = () => countOf(testApp.database.db, sql`SELECT count(*) AS count FROM workflow_transitions`)

describe('moves on the workflow engine', () => {
  it('write a history row for a claim decision, a redemption decision, a booking and a finance case', async () => {
    const officer = await testApp.signIn('officer.sh')
    const claimId = await first('/api/voucher-claims?status=submitted&city=SH-SJ', officer)
    expectStatus(
      await send(testApp, 'POST', `/api/voucher-claims/${claimId}/reject`, officer, {
        reason: '材料不全，请补充后重新申领',
      }),
      200,
    )
    expect(await transitionHistory(testApp.database.db, 'voucher_claim', claimId)).toMatchObject([
      {
        action: 'reject',
        fromState: 'submitted',
        toState: 'rejected',
        actorUserId: await userIdOf('officer.sh'),
        cityCode: 'SH-SJ',
      },
    ])

    const redemptionId = await first('/api/redemptions?status=submitted&issuer=SH-SJ', officer)
    expectStatus(
      await send(testApp, 'POST', `/api/redemptions/${redemptionId}/reject`, officer, {
        reason: '发票与合同不符',
      }),
      200,
    )
    expect(await transitionHistory(testApp.database.db, 'redemption', redemptionId)).toMatchObject([
      { action: 'reject', fromState: 'submitted', toState: 'rejected', cityCode: 'SH-SJ' },
    ])

    const provider = await testApp.signIn('provider.sz')
    const providerId = field(
      expectStatus(await send(testApp, 'GET', '/api/me', provider), 200),
      'organisationId',
    )
    const bookingId = await first(`/api/bookings?status=requested&provider=${providerId}`, provider)
    expectStatus(await send(testApp, 'POST', `/api/bookings/${bookingId}/approve`, provider), 200)
    expect(await transitionHistory(testApp.database.db, 'instrument_booking', bookingId)).toMatchObject([
      {
        action: 'approve',
        fromState: 'requested',
        toState: 'approved',
        actorUserId: await userIdOf('provider.sz'),
      },
    ])

    const station = await testApp.signIn('station.hf')
    const caseId = await first('/api/finance-cases?stage=visit', station)
    expectStatus(
      await send(testApp, 'POST', `/api/finance-cases/${caseId}/advance`, station, {
        stage: 'assessment',
        note: '已走访，进入评估',
      }),
      200,
    )
    expect(await transitionHistory(testApp.database.db, 'finance_case', caseId)).toMatchObject([
      {
        action: 'assessment',
        fromState: 'visit',
        toState: 'assessment',
        cityCode: 'HF',
        note: '已走访，进入评估',
      },
    ])
  })

  it('leave no history row for a refused move', async () => {
    const station = await testApp.signIn('station.hf')
    const caseId = await first('/api/finance-cases?stage=assessment', station)
    const before = await recorded()
    const skipping = await send(testApp, 'POST', `/api/finance-cases/${caseId}/advance`, station, {
      stage: 'decision',
      note: '跳过评估',
    })
    expect(errorCode(skipping)).toBe('CASE_STAGE_INVALID')
    const officerHefei = await testApp.signIn('officer.hf')
    const foreign = await send(testApp, 'POST', `/api/finance-cases/${caseId}/advance`, officerHefei, {
      stage: 'assessment',
      note: '非工作站',
    })
    expect(errorCode(foreign)).toBe('FORBIDDEN')
    expect(await recorded()).toBe(before)
  })
})
