// Policy matching over the API, on the demo corridor: the library and the calculator, firm.hf's auto award waiting for
// officer.hf and paid by approval through the ledger, fast-apply confirmed and paid on its clock, a rule changed from a
// date with earlier decisions replaying to their old result, and every refusal with its code and nothing stored.
import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { queryRows } from '../../db/client'
import { addCalendarDays, addWorkingDaysOn, shanghaiDateOf } from '../../platform/calendar'
import { useTestApp } from '../../testing/app'
import { countOf } from '../../testing/database'
import { expectRefusal, expectStatus, field, send, type Json } from '../../testing/requests'
import { transferMany, ensureLedgerAccount, verifyLedger } from '../vouchers'
import { awardClockJob } from './award-reads.service'

const testApp = useTestApp()
const db = () => testApp.database.db
const today = shanghaiDateOf()

const items = (body: Json) => body.items as Json[]

async function firmIdOf(username: string): Promise<string> {
  const cookie = await testApp.signIn(username)
  return field(expectStatus(await send(testApp, 'GET', '/api/me', cookie), 200), 'organisationId')
}

async function openListOf(itemCode: string): Promise<Json> {
  const rows = await queryRows<{ id: string }>(
    db(),
    sql`SELECT l.id FROM policy_award_lists l JOIN policy_items i ON i.id = l.item_id
         WHERE i.code = ${itemCode} AND l.status = 'open'`,
  )
  const id = rows[0]?.id
  if (id === undefined) throw new Error(`no open list of ${itemCode}`)
  const office = await testApp.signIn('office')
  return expectStatus(await send(testApp, 'GET', `/api/policy-award-lists/${id}`, office), 200)
}

describe('the library, the facts and the calculator (public)', () => {
  it('lists about forty policies of the nine cities and the office, searchable, each item with its rule', async () => {
    const first = expectStatus(await send(testApp, 'GET', '/api/policies?limit=100'), 200)
    const policies = items(first)
    expect(policies.length).toBeGreaterThanOrEqual(38)
    expect(new Set(policies.map((policy) => policy.issuerCode)).size).toBe(10)
    const allItems = policies.flatMap((policy) => policy.items as Json[])
    expect(allItems.length).toBeGreaterThanOrEqual(110)
    expect(allItems.every((item) => (item.currentRule as Json | null)?.awardExpression !== undefined)).toBe(
      true,
    )
    expect(allItems.filter((item) => item.payoutMode === 'auto').length * 3).toBeGreaterThanOrEqual(
      allItems.length,
    )
    const found = items(
      expectStatus(
        await send(testApp, 'GET', `/api/policies?q=${encodeURIComponent('高新技术企业认定')}`),
        200,
      ),
    )
    expect(found.map((policy) => policy.code)).toContain('HF-P01')
    const hefei = expectStatus(await send(testApp, 'GET', '/api/policies/HF-P01'), 200)
    const award = (hefei.items as Json[])[0] as Json
    expect(award).toMatchObject({ code: 'HF-P01-01', payoutMode: 'auto', category: 'award' })
    expect((award.currentRule as Json).awardExpression).toBe('20000000')
  })

  it('declares the facts a rule can read, typed and sourced', async () => {
    const facts = expectStatus(await send(testApp, 'GET', '/api/policy-facts'), 200) as unknown as Json[]
    expect(facts.find((fact) => fact.name === 'licenceTypes')).toMatchObject({
      type: 'list<string>',
      source: 'licences',
    })
    expect(facts.find((fact) => fact.name === 'revenueFen')).toMatchObject({ type: 'int', unit: 'fen' })
  })

  it('decides every item on facts typed in, without signing in, with the trace', async () => {
    const year = Number(today.slice(0, 4))
    const body = expectStatus(
      await send(testApp, 'POST', '/api/policy-calculator', undefined, {
        facts: { cityCode: 'HF', isHighTech: true, highTechCertifiedYear: year - 1, isTechSme: true },
      }),
      200,
    )
    const results = body.results as Json[]
    const hefei = results.find((result) => (result.item as Json).code === 'HF-P01-01')
    expect(hefei).toMatchObject({ outcome: 'qualified', amountFen: 20_000_000 })
    const trace = (hefei as Json).trace as Json
    expect((trace.conditions as Json[]).every((condition) => condition.value === true)).toBe(true)
    expect((trace.facts as Record<string, Json>).cityCode).toMatchObject({ value: 'HF', source: 'entered' })
    // near misses carry the failing condition
    const near = results.filter((result) => result.outcome === 'near')
    expect(near.length).toBeGreaterThan(0)
    for (const result of near)
      expect(
        ((result.trace as Json).conditions as Json[]).filter((condition) => condition.value !== true).length,
      ).toBe(1)
  })

  it('refuses a fact of the wrong type or an unknown one, never coercing', async () => {
    const refused = await send(testApp, 'POST', '/api/policy-calculator', undefined, {
      facts: { staffCount: '10' },
    })
    expectRefusal(refused, 400, 'VALIDATION_FAILED')
    const unknown = await send(testApp, 'POST', '/api/policy-calculator', undefined, {
      facts: { employees: 10 },
    })
    expectRefusal(unknown, 400, 'VALIDATION_FAILED')
  })

  it('decides on a firm’s own facts for the firm, and for nobody else', async () => {
    const hefeiFirm = await firmIdOf('firm.hf')
    const own = expectStatus(
      await send(testApp, 'POST', '/api/policy-calculator', await testApp.signIn('firm.hf'), {
        firmId: hefeiFirm,
      }),
      200,
    )
    expect((own.results as Json[]).some((result) => (result.item as Json).code === 'HF-P01-01')).toBe(true)
    const other = await send(testApp, 'POST', '/api/policy-calculator', await testApp.signIn('firm.sh'), {
      firmId: hefeiFirm,
    })
    expectRefusal(other, 403, 'FORBIDDEN')
    expectRefusal(
      await send(testApp, 'POST', '/api/policy-calculator', undefined, { firmId: hefeiFirm }),
      401,
      'AUTH_REQUIRED',
    )
  })
})

describe('the demo year (what the README tells)', () => {
  it('ran about seven months ago, its lists paid a fortnight later, fast-apply awards confirmed, some overdue', async () => {
    const pastRun = await queryRows<{ as_of: string }>(
      db(),
      sql`SELECT DISTINCT as_of::text FROM policy_decisions ORDER BY 1`,
    )
    expect(pastRun.map((row) => row.as_of)).toEqual([addCalendarDays(today, -200), today])
    const paidThen = await countOf(
      db(),
      sql`SELECT count(*) FROM policy_awards WHERE status = 'paid' AND paid_at::date = ${addCalendarDays(today, -185)}::date`,
    )
    expect(paidThen).toBeGreaterThan(0)
    const approved = await countOf(
      db(),
      sql`SELECT count(*) FROM policy_award_lists WHERE status = 'approved'`,
    )
    expect(approved).toBeGreaterThan(5)
    expect(
      await countOf(db(), sql`SELECT count(*) FROM policy_awards WHERE status = 'confirmed'`),
    ).toBeGreaterThan(0)
    expect((await verifyLedger(db())).ok).toBe(true)
  })
})

describe('firm.hf’s auto award, waiting for officer.hf (what the README tells)', () => {
  it('firm.hf qualifies for the Hefei high-tech award, listed and not yet paid, and sees a near miss in words', async () => {
    const cookie = await testApp.signIn('firm.hf')
    const matches = expectStatus(await send(testApp, 'GET', '/api/policy-matches', cookie), 200)
    const hefei = items(matches).find((match) => (match.item as Json).code === 'HF-P01-01')
    expect(hefei).toMatchObject({ outcome: 'qualified', amountFen: 20_000_000, award: { status: 'listed' } })
    expect(typeof hefei?.decisionId).toBe('string')
    for (const near of items(matches).filter((match) => match.outcome === 'near')) {
      expect(near.decisionId).toBeNull()
      const failing = ((near.trace as Json).conditions as Json[]).filter(
        (condition) => condition.value !== true,
      )
      expect(failing).toHaveLength(1)
      expect(failing[0]?.labelZh).toEqual(expect.any(String))
    }
    expectRefusal(
      await send(
        testApp,
        'GET',
        `/api/policy-matches?firmId=${await firmIdOf('firm.hf')}`,
        await testApp.signIn('firm.sh'),
      ),
      403,
      'FORBIDDEN',
    )
  })

  it('officer.hf has the list in its queue; another city’s officer may neither see nor approve it', async () => {
    const list = await openListOf('HF-P01-01')
    const officer = await testApp.signIn('officer.hf')
    const queue = items(
      expectStatus(await send(testApp, 'GET', '/api/policy-award-lists?status=open', officer), 200),
    )
    expect(queue.map((entry) => entry.id)).toContain(list.id)
    const other = await testApp.signIn('officer.sh')
    const theirs = items(
      expectStatus(await send(testApp, 'GET', '/api/policy-award-lists?status=open', other), 200),
    )
    expect(theirs.map((entry) => entry.id)).not.toContain(list.id)
    const transfers = await countOf(db(), sql`SELECT count(*) FROM ledger_transfers`)
    expectRefusal(
      await send(testApp, 'POST', `/api/policy-award-lists/${String(list.id)}/approve`, other),
      403,
      'FORBIDDEN',
    )
    expectRefusal(
      await send(testApp, 'GET', `/api/policy-award-lists/${String(list.id)}`, other),
      403,
      'FORBIDDEN',
    )
    expectRefusal(
      await send(
        testApp,
        'POST',
        `/api/policy-award-lists/${String(list.id)}/approve`,
        await testApp.signIn('firm.hf'),
      ),
      403,
      'FORBIDDEN',
    )
    expect(await countOf(db(), sql`SELECT count(*) FROM ledger_transfers`)).toBe(transfers)
  })
})

describe('officer.hf approves firm.hf’s award list', () => {
  it('officer.hf removes one firm with a reason and approves: each listed award paid once through the ledger', async () => {
    const list = await openListOf('HF-P01-01')
    const officer = await testApp.signIn('officer.hf')
    const listed = items(
      expectStatus(
        await send(testApp, 'GET', `/api/policy-awards?listId=${String(list.id)}&limit=100`, officer),
        200,
      ),
    )
    const hefeiFirm = await firmIdOf('firm.hf')
    const removable = listed.find((award) => award.firmId !== hefeiFirm)
    if (removable !== undefined) {
      expectRefusal(
        await send(testApp, 'POST', `/api/policy-awards/${String(removable.id)}/remove`, officer, {}),
        400,
        'VALIDATION_FAILED',
      )
      expectStatus(
        await send(testApp, 'POST', `/api/policy-awards/${String(removable.id)}/remove`, officer, {
          reason: '企业已注销',
        }),
        200,
      )
    }
    const before = await verifyLedger(db())
    expect(before.ok).toBe(true)
    const approved = expectStatus(
      await send(testApp, 'POST', `/api/policy-award-lists/${String(list.id)}/approve`, officer),
      200,
    )
    const expectedCount = listed.length - (removable === undefined ? 0 : 1)
    expect(approved).toMatchObject({ status: 'approved', listedCount: 0, paidCount: expectedCount })
    expect(
      await countOf(
        db(),
        sql`SELECT count(*) FROM ledger_transfers WHERE kind = 'award'
                                    AND reference IN (SELECT id FROM policy_awards WHERE list_id = ${list.id})`,
      ),
    ).toBe(expectedCount)
    const after = await verifyLedger(db())
    expect(after.ok).toBe(true)
    expectRefusal(
      await send(testApp, 'POST', `/api/policy-award-lists/${String(list.id)}/approve`, officer),
      409,
      'POLICY_AWARD_LIST_ALREADY_APPROVED',
    )
    const audit = await countOf(
      db(),
      sql`SELECT count(*) FROM audit_log WHERE action = 'policy_award_list.approve' AND entity_id = ${list.id}`,
    )
    // officer.hf's task for the list is done with it
    const tasks = await queryRows<{ resolved: boolean }>(
      db(),
      sql`SELECT resolved_at IS NOT NULL AS resolved FROM notifications
           WHERE topic = 'policy.award_list_waiting' AND entity_id = ${list.id}`,
    )
    expect(tasks.length).toBeGreaterThan(0)
    expect(tasks.every((task) => task.resolved)).toBe(true)
    expect(audit).toBe(1)
    // the firm sees the money, and is told
    const firm = await testApp.signIn('firm.hf')
    const matches = items(expectStatus(await send(testApp, 'GET', '/api/policy-matches', firm), 200))
    expect(matches.find((match) => (match.item as Json).code === 'HF-P01-01')).toMatchObject({
      award: { status: 'paid', amountFen: 20_000_000 },
    })
    const inbox = await countOf(
      db(),
      sql`SELECT count(*) FROM notifications WHERE topic = 'policy.award_paid'
                                           AND audience_organisation_id = ${hefeiFirm}`,
    )
    expect(inbox).toBe(1)
  })
})

describe('refusals change nothing', () => {
  it('an award list beyond the item’s budget is refused whole', async () => {
    const rows = await queryRows<{
      id: string
      code: string
      budget_account_id: string
      city_code: string
      total: string
    }>(
      db(),
      sql`SELECT l.id, i.code, i.budget_account_id, i.city_code, sum(a.amount_fen) AS total
            FROM policy_award_lists l JOIN policy_items i ON i.id = l.item_id
            JOIN policy_awards a ON a.list_id = l.id AND a.status = 'listed'
           WHERE l.status = 'open' GROUP BY l.id, i.id ORDER BY l.id LIMIT 1`,
    )
    const list = rows[0]
    if (list === undefined) throw new Error('the demo has open award lists')
    // the budget pays out elsewhere first, leaving less than this list needs
    const balance = Number(
      (
        await queryRows<{ balance_fen: string }>(
          db(),
          sql`SELECT balance_fen FROM ledger_accounts WHERE id = ${list.budget_account_id}`,
        )
      )[0]?.balance_fen,
    )
    const drain = balance - Number(list.total) + 1
    const elsewhere = await ensureLedgerAccount(db(), {
      kind: 'award',
      ownerId: 'firm_drain_test',
      cityCode: list.city_code,
    })
    await transferMany(db(), [
      {
        kind: 'award',
        fromAccountId: list.budget_account_id,
        toAccountId: elsewhere,
        amountFen: drain,
        reference: 'test drain',
        actorUserId: null,
      },
    ])
    const office = await testApp.signIn('office')
    const transfers = await countOf(db(), sql`SELECT count(*) FROM ledger_transfers`)
    const refused = await send(testApp, 'POST', `/api/policy-award-lists/${list.id}/approve`, office)
    expectRefusal(refused, 409, 'POLICY_BUDGET_EXCEEDED')
    expect(await countOf(db(), sql`SELECT count(*) FROM ledger_transfers`)).toBe(transfers)
    expect(
      await countOf(
        db(),
        sql`SELECT count(*) FROM policy_awards WHERE list_id = ${list.id} AND status = 'paid'`,
      ),
    ).toBe(0)
    expect(
      await countOf(
        db(),
        sql`SELECT count(*) FROM policy_award_lists WHERE id = ${list.id} AND status = 'open'`,
      ),
    ).toBe(1)
  })

  it('rule versions: a syntax error, an unknown fact, a wrong type, a runaway rule, a past date, another city', async () => {
    const officer = await testApp.signIn('officer.hf')
    const item = await queryRows<{ id: string }>(
      db(),
      sql`SELECT id FROM policy_items WHERE code = 'HF-P02-02'`,
    )
    const id = item[0]?.id ?? ''
    const versions = () => countOf(db(), sql`SELECT count(*) FROM policy_rule_versions WHERE item_id = ${id}`)
    const before = await versions()
    const draft = (expression: string, awardExpression = '1000', effectiveFrom = today) => ({
      conditions: [{ expression, labelZh: '条件', labelEn: 'A condition' }],
      awardExpression,
      effectiveFrom,
    })
    const cases: [Json, number, string][] = [
      [draft('firm.cityCode == "HF" &&'), 422, 'POLICY_RULE_SYNTAX'],
      [draft('firm.turnover > 5'), 422, 'POLICY_RULE_FACT_UNKNOWN'],
      [draft('firm.staffCount'), 422, 'POLICY_RULE_TYPE'],
      [draft('firm.isHighTech', '"一万元"'), 422, 'POLICY_RULE_TYPE'],
      [draft('firm.cityCode.matches("(a|a)*b")'), 422, 'POLICY_RULE_FUNCTION_NOT_ALLOWED'],
      [
        draft(
          `${JSON.stringify(Array.from({ length: 100 }, (_, n) => n))}.all(x, ${JSON.stringify(Array.from({ length: 100 }, (_, n) => n))}.all(y, x + y >= 0))`,
        ),
        422,
        'POLICY_RULE_TOO_COSTLY',
      ],
      [draft('firm.isHighTech', '1000', addCalendarDays(today, -1)), 422, 'POLICY_RULE_DATE_INVALID'],
    ]
    for (const [body, status, code] of cases) {
      const response = await send(testApp, 'POST', `/api/policy-items/${id}/rule-versions`, officer, body)
      expectRefusal(response, status, code)
    }
    const syntax = await send(
      testApp,
      'POST',
      `/api/policy-items/${id}/rule-versions`,
      officer,
      draft('firm.staffCount >= 10 &&'),
    )
    expect((syntax.json() as { error: { details: Json } }).error.details).toMatchObject({
      part: 'condition',
      index: 0,
      position: 24,
    })
    expectRefusal(
      await send(
        testApp,
        'POST',
        `/api/policy-items/${id}/rule-versions`,
        await testApp.signIn('officer.sh'),
        draft('firm.isHighTech'),
      ),
      403,
      'FORBIDDEN',
    )
    expect(await versions()).toBe(before)
  })
})

describe('a rule changed from a date', () => {
  it('earlier decisions replay to their old result; decisions after it use the new version', async () => {
    // an item with qualified firms whose rule took effect before today
    const rows = await queryRows<{ item_id: string; code: string }>(
      db(),
      sql`SELECT d.item_id, i.code FROM policy_current_decisions d JOIN policy_items i ON i.id = d.item_id
           WHERE d.outcome = 'qualified' AND d.amount_fen > 0 AND i.valid_until > ${today}::date
             AND NOT EXISTS (SELECT 1 FROM policy_rule_versions v WHERE v.item_id = i.id AND v.effective_from >= ${today}::date)
           GROUP BY d.item_id, i.code ORDER BY count(*) DESC LIMIT 1`,
    )
    const chosen = rows[0]
    if (chosen === undefined) throw new Error('the demo has qualified decisions')
    const office = await testApp.signIn('office')
    const detail = expectStatus(
      await send(testApp, 'GET', `/api/policy-items/${chosen.item_id}`, office),
      200,
    )
    const current = (detail.item as Json).currentRule as Json
    const [old] = await queryRows<{ id: string; amount_fen: string }>(
      db(),
      sql`SELECT d.id, d.amount_fen FROM policy_current_decisions c JOIN policy_decisions d ON d.id = c.decision_id
           WHERE c.item_id = ${chosen.item_id} AND c.outcome = 'qualified' AND c.amount_fen > 0 LIMIT 1`,
    )
    if (old === undefined) throw new Error('a qualified decision exists')
    // the new version doubles the award from today
    const saved = await send(testApp, 'POST', `/api/policy-items/${chosen.item_id}/rule-versions`, office, {
      conditions: current.conditions as Json[],
      awardExpression: `(${String(current.awardExpression)}) * 2`,
      effectiveFrom: today,
      note: '自今日起奖励翻倍',
    })
    expect(expectStatus(saved, 201).versions).toHaveLength(Number(current.version) + 1)
    const run = await testApp.context.modules.policies.runs.runToEnd(today)
    expect(run.decisions).toBeGreaterThan(0)
    const [renewed] = await queryRows<{ decision_id: string; amount_fen: string }>(
      db(),
      sql`SELECT c.decision_id, c.amount_fen FROM policy_current_decisions c JOIN policy_decisions d ON d.id = c.decision_id
           WHERE c.item_id = ${chosen.item_id} AND d.firm_id = (SELECT firm_id FROM policy_decisions WHERE id = ${old.id})`,
    )
    expect(Number(renewed?.amount_fen)).toBe(Number(old.amount_fen) * 2)
    const oldReplay = expectStatus(
      await send(testApp, 'GET', `/api/policy-decisions/${old.id}/replay`, office),
      200,
    )
    expect(oldReplay).toMatchObject({
      identical: true,
      replayed: { outcome: 'qualified', amountFen: Number(old.amount_fen) },
    })
    const newReplay = expectStatus(
      await send(testApp, 'GET', `/api/policy-decisions/${renewed?.decision_id ?? ''}/replay`, office),
      200,
    )
    expect(newReplay).toMatchObject({ identical: true, replayed: { amountFen: Number(old.amount_fen) * 2 } })
    expect(((newReplay.decision as Json).trace as Json).ruleVersion).toMatchObject({
      version: Number(current.version) + 1,
    })
    // a second run finds nothing changed and writes nothing
    expect((await testApp.context.modules.policies.runs.runToEnd(today)).decisions).toBe(0)
  })
})

describe('the rule editor and decisions', () => {
  it('the rule editor tests a draft on a firm, storing nothing; a firm cannot read another’s decision', async () => {
    const officer = await testApp.signIn('officer.hf')
    const hefeiFirm = await firmIdOf('firm.hf')
    const [item] = await queryRows<{ id: string }>(
      db(),
      sql`SELECT id FROM policy_items WHERE code = 'HF-P01-01'`,
    )
    const decisions = await countOf(db(), sql`SELECT count(*) FROM policy_decisions`)
    const tested = expectStatus(
      await send(testApp, 'POST', `/api/policy-items/${item?.id ?? ''}/rule-test`, officer, {
        conditions: [
          { expression: 'firm.cityCode == "HF"', labelZh: '注册在合肥', labelEn: 'In Hefei' },
          { expression: 'firm.staffCount >= 100000', labelZh: '职工十万人以上', labelEn: '100,000 staff' },
        ],
        awardExpression: 'firm.staffCount * 100',
        firmId: hefeiFirm,
      }),
      200,
    )
    expect(tested).toMatchObject({ outcome: 'near', firm: { id: hefeiFirm } })
    expect((tested.trace as Json).ruleVersion).toMatchObject({ id: 'draft', version: 0 })
    expect(await countOf(db(), sql`SELECT count(*) FROM policy_decisions`)).toBe(decisions)
    const [decision] = await queryRows<{ id: string }>(
      db(),
      sql`SELECT id FROM policy_decisions WHERE firm_id = ${hefeiFirm} LIMIT 1`,
    )
    expectRefusal(
      await send(
        testApp,
        'GET',
        `/api/policy-decisions/${decision?.id ?? ''}`,
        await testApp.signIn('firm.sh'),
      ),
      403,
      'FORBIDDEN',
    )
    expectStatus(
      await send(
        testApp,
        'GET',
        `/api/policy-decisions/${decision?.id ?? ''}`,
        await testApp.signIn('firm.hf'),
      ),
      200,
    )
  })
})

describe('fast apply: confirmed by the firm, paid on a working-day clock, escalated when late', () => {
  it('the firm confirms, the clock starts, the city pays once', async () => {
    const [offered] = await queryRows<{ id: string; firm_id: string; issuer_code: string }>(
      db(),
      sql`SELECT id, firm_id, issuer_code FROM policy_awards WHERE status = 'offered' AND issuer_code <> 'G60' ORDER BY id LIMIT 1`,
    )
    if (offered === undefined) throw new Error('the demo has offered awards')
    const firmUser = await queryRows<{ username: string }>(
      db(),
      sql`SELECT username FROM users WHERE organisation_id = ${offered.firm_id} LIMIT 1`,
    )
    const office = await testApp.signIn('office')
    // a firm acts only for itself: the office cannot confirm for it either
    expectRefusal(
      await send(testApp, 'POST', `/api/policy-awards/${offered.id}/confirm`, office),
      403,
      'FORBIDDEN',
    )
    expectRefusal(
      await send(testApp, 'POST', `/api/policy-awards/${offered.id}/pay`, office),
      409,
      'POLICY_AWARD_TRANSITION_INVALID',
    )
    if (firmUser[0] === undefined) {
      // no user of that firm in the demo: confirm as the firm's organisation would, through the service
      await testApp.context.modules.policies.awards.confirm(
        {
          userId: 'usr_test',
          username: 'test',
          role: 'firm',
          cityCode: null,
          organisationId: offered.firm_id,
        },
        offered.id,
      )
    } else {
      const firm = await testApp.signIn(firmUser[0].username)
      expectStatus(await send(testApp, 'POST', `/api/policy-awards/${offered.id}/confirm`, firm), 200)
    }
    const [confirmed] = await queryRows<{ status: string; due_on: string }>(
      db(),
      sql`SELECT status, due_on::text FROM policy_awards WHERE id = ${offered.id}`,
    )
    expect(confirmed?.status).toBe('confirmed')
    expect((confirmed?.due_on ?? '') > today).toBe(true)
    // the office adds a day off before the promised day: the promise moves one working day, audited
    const dayOff = await addWorkingDaysOn(db(), today, 1)
    const year = dayOff.slice(0, 4)
    const calendar = expectStatus(await send(testApp, 'GET', `/api/calendar/days?year=${year}`, office), 200)
    const days = [
      ...(calendar.items as Json[]),
      { day: dayOff, kind: 'holiday', nameZh: '临时调休', nameEn: 'Extra day off' },
    ]
    expectStatus(
      await send(testApp, 'PUT', `/api/calendar/days?year=${year}`, office, {
        source: '测试：新增一天假日',
        days,
      }),
      200,
    )
    const [moved] = await queryRows<{ due_on: string }>(
      db(),
      sql`SELECT due_on::text FROM policy_awards WHERE id = ${offered.id}`,
    )
    expect(moved?.due_on).toBe(await addWorkingDaysOn(db(), confirmed?.due_on ?? '', 1))
    expect(
      await countOf(
        db(),
        sql`SELECT count(*) FROM audit_log WHERE action = 'policy_award.redate' AND entity_id = ${offered.id}`,
      ),
    ).toBe(1)
    expectStatus(await send(testApp, 'POST', `/api/policy-awards/${offered.id}/pay`, office), 200)
    expectRefusal(
      await send(testApp, 'POST', `/api/policy-awards/${offered.id}/pay`, office),
      409,
      'POLICY_AWARD_TRANSITION_INVALID',
    )
    expect(
      await countOf(db(), sql`SELECT count(*) FROM ledger_transfers WHERE reference = ${offered.id}`),
    ).toBe(1)
    expect((await verifyLedger(db())).ok).toBe(true)
  })

  it('a confirmed award past its promised day is escalated to the office once', async () => {
    const overdue = await countOf(
      db(),
      sql`SELECT count(*) FROM policy_awards WHERE status = 'confirmed' AND due_on < ${today}::date AND escalated_at IS NULL`,
    )
    expect(overdue).toBeGreaterThan(0)
    const escalation = awardClockJob
    await db().transaction((transaction) =>
      escalation.run({ db: transaction, attempt: 1, signal: new AbortController().signal }),
    )
    expect(
      await countOf(db(), sql`SELECT count(*) FROM notifications WHERE topic = 'policy.award_overdue'`),
    ).toBe(overdue)
    await db().transaction((transaction) =>
      escalation.run({ db: transaction, attempt: 1, signal: new AbortController().signal }),
    )
    expect(
      await countOf(db(), sql`SELECT count(*) FROM notifications WHERE topic = 'policy.award_overdue'`),
    ).toBe(overdue)
  })
})

describe('runs and figures', () => {
  it('the office runs matching now, once at a time; nobody else may', async () => {
    const officer = await testApp.signIn('officer.hf')
    expectRefusal(await send(testApp, 'POST', '/api/policy-runs', officer), 403, 'FORBIDDEN')
    const office = await testApp.signIn('office')
    const run = expectStatus(await send(testApp, 'POST', '/api/policy-runs', office), 201)
    expect(run).toMatchObject({ status: 'running', firmsDone: 0 })
    expectRefusal(await send(testApp, 'POST', '/api/policy-runs', office), 409, 'POLICY_RUN_IN_PROGRESS')
    // the job queue takes the run slice by slice until it finishes
    for (let round = 0; round < 20; round++) await testApp.context.jobs.runDueJobs()
    const runs = items(expectStatus(await send(testApp, 'GET', '/api/policy-runs', office), 200))
    expect(runs[0]).toMatchObject({
      id: run.id,
      status: 'finished',
      firmsDone: await countOf(db(), sql`SELECT count(*) FROM firms`),
    })
  })

  it('figures by city: money paid, firms reached, days to payment', async () => {
    const figures = expectStatus(
      await send(testApp, 'GET', '/api/policy-figures', await testApp.signIn('office')),
      200,
    )
    const cities = figures.cities as Json[]
    expect(cities).toHaveLength(9)
    const paid = cities.reduce((sum, city) => sum + Number(city.paidFen), 0)
    const [ledger] = await queryRows<{ total: string }>(
      db(),
      sql`SELECT sum(amount_fen) AS total FROM ledger_transfers WHERE kind = 'award' AND reference LIKE 'pawd_%'`,
    )
    expect(paid).toBe(Number(ledger?.total))
    expect(cities.some((city) => city.medianDaysToPayment !== null)).toBe(true)
    expectRefusal(
      await send(testApp, 'GET', '/api/policy-figures', await testApp.signIn('firm.hf')),
      403,
      'FORBIDDEN',
    )
  })
})
