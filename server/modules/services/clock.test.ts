// The working-day clock of one-stop cases on the corridor's calendar: due days across holidays, make-up working days
// and the turn of the year, a paused clock, the job that warns and escalates, and a calendar change that moves due days.
import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { queryRows } from '../../db/client'
import { addWorkingDays, chinaCalendarDays, exceptionsFrom } from '../../platform/calendar'
import type { Principal } from '../../platform/authorization'
import { useTestApp } from '../../testing/app'
import { countOf, runsOnPostgres } from '../../testing/database'
import { expectStatus, field, send } from '../../testing/requests'
import { fileProxyCase } from './cases.test-support'
import { createCaseMoves } from './case-moves.service'

const testApp = useTestApp()
const china = exceptionsFrom(chinaCalendarDays)
/** 10:00 in Shanghai on a day */
const at = (day: string) => new Date(`${day}T02:00:00Z`)

async function principalOf(username: string): Promise<Principal> {
  return testApp.context.identity.principalOfUsername(username)
}

/** Moves on the test app's database whose clock is fixed. */
function movesAt(day: string) {
  return createCaseMoves(
    testApp.database.db,
    testApp.context.modules.services.filing,
    testApp.context.modules.licences.licences,
    () => at(day),
  )
}

async function caseRow(id: string) {
  const rows = await queryRows<{
    status: string
    due_on: string | null
    clock_state: string
    clock_working_days: number | null
  }>(
    testApp.database.db,
    sql`SELECT status, due_on::text AS due_on, clock_state, clock_working_days FROM service_cases WHERE id = ${id}`,
  )
  return rows[0]
}

describe('working days on the corridor calendar', () => {
  it('counts across National Day, Spring Festival with its make-up days, and the turn of the year', () => {
    // accepted Tuesday 29 Sep 2026, three working days: 30 Sep, then 8 and 9 Oct after the holiday
    expect(addWorkingDays('2026-09-29', 3, china)).toBe('2026-10-09')
    // Spring Festival 2026: 15–23 Feb off, Saturday 14 Feb and 28 Feb worked
    expect(addWorkingDays('2026-02-13', 1, china)).toBe('2026-02-14')
    expect(addWorkingDays('2026-02-14', 1, china)).toBe('2026-02-24')
    expect(addWorkingDays('2026-02-27', 1, china)).toBe('2026-02-28')
    // the turn of the year: 1–3 January 2027 off
    expect(addWorkingDays('2026-12-30', 3, china)).toBe('2027-01-05')
  })

  it('starts the clock at acceptance and sets the due day the promise gives on the calendar', async () => {
    const firm = await testApp.signIn('firm.hf')
    const id = field(await fileProxyCase(testApp, firm), 'id')
    // the item promises two working days
    await movesAt('2026-09-29').accept(await principalOf('officer.hf'), id, null)
    expect(await caseRow(id)).toMatchObject({
      status: 'in_review',
      clock_state: 'running',
      due_on: '2026-10-08',
    })
  })

  it('stops while paused and runs again for the working days it had left', async () => {
    const firm = await testApp.signIn('firm.hf')
    const id = field(await fileProxyCase(testApp, firm), 'id')
    await movesAt('2026-09-28').accept(await principalOf('officer.hf'), id, null)
    expect((await caseRow(id))?.due_on).toBe('2026-09-30')
    // paused on 29 Sep with one working day left (30 Sep), resumed on 9 Oct: due the next working day, 10 Oct (a Saturday worked)
    await movesAt('2026-09-29').pauseForMaterials(await principalOf('officer.sh'), id, '请补充材料')
    expect(await caseRow(id)).toMatchObject({
      status: 'review_paused',
      clock_state: 'paused',
      clock_working_days: 1,
    })
    const premises = { code: 'premises_proof', source: 'upload' as const, file: 'premises_proof' }
    const file = {
      field: 'premises_proof',
      fileName: 'p.pdf',
      contentType: 'application/pdf',
      content: Buffer.from('%PDF-1.4 x'),
    }
    await movesAt('2026-10-09').resumeWithMaterials(await principalOf('firm.hf'), id, [premises], [file])
    expect(await caseRow(id)).toMatchObject({
      status: 'in_review',
      clock_state: 'running',
      due_on: '2026-10-10',
    })
  })
})

describe('the clock watch and the calendar', () => {
  it('warns the deciding officers a working day ahead and escalates an overdue case, through the job queue', async () => {
    const firm = await testApp.signIn('firm.hf')
    const soon = field(await fileProxyCase(testApp, firm), 'id')
    const late = field(await fileProxyCase(testApp, firm), 'id')
    const officer = await principalOf('officer.hf')
    await movesAt('2026-06-01').accept(officer, soon, null)
    await movesAt('2026-06-01').accept(officer, late, null)
    const db = testApp.database.db
    const tomorrow = sql`(now() AT TIME ZONE 'Asia/Shanghai')::date + 1`
    await db.execute(sql`UPDATE service_cases SET due_on = ${tomorrow}, warned_at = NULL WHERE id = ${soon}`)
    await db.execute(
      sql`UPDATE service_cases SET due_on = (now() AT TIME ZONE 'Asia/Shanghai')::date - 3 WHERE id = ${late}`,
    )
    await db.execute(
      // due before whatever else the demo data queued, so that one batch takes it
      sql`UPDATE jobs SET run_at = now() - interval '1 year' WHERE kind = 'services.watch_clocks' AND state = 'queued'`,
    )
    const summary = await testApp.context.jobs.runDueJobs({ batchSize: 20 })
    expect(summary.failedCount).toBe(0)
    const flags = await queryRows<{ id: string; warned: boolean; escalated: boolean }>(
      db,
      sql`SELECT id, warned_at IS NOT NULL AS warned, escalated_at IS NOT NULL AS escalated FROM service_cases WHERE id IN (${soon}, ${late})`,
    )
    expect(flags.find((row) => row.id === late)).toMatchObject({ escalated: true })
    const office = await testApp.signIn('office')
    const officeTasks = expectStatus(await send(testApp, 'GET', '/api/me/inbox?filter=tasks', office), 200)
    expect(
      (officeTasks.items as { entityId: string; topic: string }[]).some(
        (item) => item.entityId === late && item.topic === 'service_case.overdue',
      ),
    ).toBe(true)
    const shanghaiOfficer = await testApp.signIn('officer.sh')
    const warned = expectStatus(
      await send(testApp, 'GET', '/api/me/inbox?filter=tasks', shanghaiOfficer),
      200,
    )
    expect(
      (warned.items as { entityId: string; topic: string }[]).some(
        (item) => item.entityId === soon && item.topic === 'service_case.due_soon',
      ),
    ).toBe(true)
  })

  it('moves the due day of a running clock when the office adds a holiday, with the reason, and tells the applicant', async () => {
    const firm = await testApp.signIn('firm.hf')
    const id = field(await fileProxyCase(testApp, firm), 'id')
    await movesAt('2026-11-02').accept(await principalOf('officer.hf'), id, null)
    expect((await caseRow(id))?.due_on).toBe('2026-11-04')
    const office = await testApp.signIn('office')
    const year = expectStatus(await send(testApp, 'GET', '/api/calendar/days?year=2026', office), 200)
    const days = [
      ...(year.items as object[]),
      { day: '2026-11-03', kind: 'holiday', nameZh: '临时调整', nameEn: 'Extra day off' },
    ]
    const changed = await send(testApp, 'PUT', '/api/calendar/days?year=2026', office, {
      source: '测试：新增一天假日',
      days,
    })
    expect(expectStatus(changed, 200).changedDays).toEqual(['2026-11-03'])
    expect((await caseRow(id))?.due_on).toBe('2026-11-05')
    const events = await countOf(
      testApp.database.db,
      sql`SELECT count(*) AS count FROM service_case_events WHERE case_id = ${id} AND kind = 'due_date_changed'`,
    )
    expect(events).toBe(1)
    const firmInbox = expectStatus(await send(testApp, 'GET', '/api/me/inbox', firm), 200)
    expect(
      (firmInbox.items as { entityId: string; topic: string }[]).some(
        (item) => item.entityId === id && item.topic === 'service_case.due_date_changed',
      ),
    ).toBe(true)
    const refused = await send(testApp, 'PUT', '/api/calendar/days?year=2026', firm, { source: 'x', days })
    expect(refused.statusCode).toBe(403)
  })
})

describe.runIf(runsOnPostgres())('two officers deciding one case at once, on PostgreSQL', () => {
  it('leaves one decision; the other finds the case decided', async () => {
    const firm = await testApp.signIn('firm.hf')
    const id = field(await fileProxyCase(testApp, firm), 'id')
    await movesAt('2026-06-01').accept(await principalOf('officer.hf'), id, null)
    const sibling = await testApp.openSibling()
    try {
      const officer = await testApp.signIn('officer.sh')
      const office = await testApp.signIn('office')
      const [approve, refuse] = await Promise.all([
        testApp.app.inject({
          method: 'POST',
          url: `/api/service-cases/${id}/decide`,
          headers: { cookie: officer },
          payload: { decision: 'approved' },
        }),
        sibling.app.inject({
          method: 'POST',
          url: `/api/service-cases/${id}/decide`,
          headers: { cookie: office },
          payload: { decision: 'refused', reason: '不符合条件' },
        }),
      ])
      expect([approve.statusCode, refuse.statusCode].sort()).toEqual([200, 409])
      const decisions = await countOf(
        testApp.database.db,
        sql`SELECT count(*) AS count FROM workflow_transitions WHERE record_id = ${id} AND to_state IN ('approved', 'refused')`,
      )
      expect(decisions).toBe(1)
    } finally {
      await sibling.close()
    }
  })
})
