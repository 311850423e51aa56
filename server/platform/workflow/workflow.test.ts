import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryRows, type Database } from '../../db/client'
import { countOf, createTestDatabase, runsOnPostgres, type TestDatabase } from '../../testing/database'
import { ensureCalendarData } from '../calendar'
import { AppError, defineErrors } from '../errors'
import type { Principal } from '../authorization'
import { defineWorkflow, runTransition, transitionHistory } from '.'

// A small workflow of its own, on a table of its own, so that the engine is tested apart from any module.
defineErrors({
  TOY_NOT_FOUND: { status: 404, zh: '未找到该记录', en: 'No such toy case' },
  TOY_TRANSITION_INVALID: { status: 409, zh: '当前状态不允许此操作', en: 'Not allowed in this state' },
  TOY_TOO_LARGE: { status: 422, zh: '金额过大', en: 'The amount is too large' },
})

interface Toy {
  id: string
  status: string
  city_code: string
  owner_id: string
  amount_fen: number
  due_on: string | null
}

const toyWorkflow = defineWorkflow({
  recordType: 'toy_case',
  states: ['open', 'accepted', 'closed'] as const,
  invalidCode: 'TOY_TRANSITION_INVALID',
  notFoundCode: 'TOY_NOT_FOUND',
  notFoundDetail: 'toyId',
  transitions: [
    {
      action: 'accept',
      from: ['open'],
      to: 'accepted',
      allowed: [{ policy: { city_officer: 'own_city' }, scope: (row: Toy) => ({ cityCode: row.city_code }) }],
      guard: (row: Toy) => {
        if (row.amount_fen > 1000) throw new AppError('TOY_TOO_LARGE', { amountFen: row.amount_fen })
      },
      dueInWorkingDays: 3,
    },
    {
      action: 'close',
      from: ['open', 'accepted'],
      to: 'closed',
      allowed: [
        { policy: { firm: 'own_organisation' }, scope: (row: Toy) => ({ organisationId: row.owner_id }) },
        { policy: { corridor_admin: 'any' }, scope: () => ({}) },
      ],
    },
  ],
  lock: async (db: Database, id: string) =>
    (await queryRows<Toy>(db, sql`SELECT * FROM toy_cases WHERE id = ${id} FOR UPDATE`))[0],
  stateOf: (row: Toy) => row.status,
  cityOf: (row: Toy) => row.city_code,
})

const officerHefei: Principal = {
  userId: 'usr_hf',
  username: 'o.hf',
  role: 'city_officer',
  cityCode: 'HF',
  organisationId: null,
}
const officerSuzhou: Principal = { ...officerHefei, userId: 'usr_sz', cityCode: 'SZ' }
const firm: Principal = {
  userId: 'usr_f',
  username: 'f',
  role: 'firm',
  cityCode: 'HF',
  organisationId: 'firm_1',
}

let database: TestDatabase

beforeAll(async () => {
  database = await createTestDatabase()
  await ensureCalendarData(database.db)
  await database.db.execute(sql`CREATE TABLE toy_cases (id text PRIMARY KEY, status text NOT NULL,
    city_code text NOT NULL, owner_id text NOT NULL, amount_fen bigint NOT NULL, due_on date)`)
  await database.db.execute(sql`INSERT INTO toy_cases VALUES ('t1', 'open', 'HF', 'firm_1', 500, NULL),
    ('t2', 'open', 'HF', 'firm_1', 5000, NULL), ('t3', 'open', 'HF', 'firm_2', 10, NULL),
    ('t4', 'open', 'HF', 'firm_1', 10, NULL)`)
})
afterAll(async () => database.close())

function accept(principal: Principal | null, id: string, now = new Date('2026-09-29T02:00:00Z')) {
  return runTransition(database.db, toyWorkflow, {
    principal,
    id,
    action: 'accept',
    now,
    note: 'materials complete',
    apply: async (transaction, _row, move) => {
      await transaction.execute(
        sql`UPDATE toy_cases SET status = ${move.to}, due_on = ${move.dueOn} WHERE id = ${id}`,
      )
      return move
    },
  })
}

async function codeOf(work: Promise<unknown>): Promise<string> {
  try {
    await work
  } catch (error) {
    if (error instanceof AppError) return error.code
    throw error
  }
  throw new Error('the move was taken')
}

const stored = async () => ({
  moves: await countOf(database.db, sql`SELECT count(*) AS count FROM workflow_transitions`),
  audit: await countOf(database.db, sql`SELECT count(*) AS count FROM audit_log`),
})

describe('the workflow engine', () => {
  it('takes an allowed move: the record changes, its due day counts working days, history and audit follow', async () => {
    const move = await accept(officerHefei, 't1')
    // accepted on 2026-09-29 with three working days: due after the National Day holiday
    expect(move).toMatchObject({ from: 'open', to: 'accepted', dueOn: '2026-10-09' })
    const history = await transitionHistory(database.db, 'toy_case', 't1')
    expect(history).toMatchObject([
      {
        action: 'accept',
        fromState: 'open',
        toState: 'accepted',
        actorUserId: 'usr_hf',
        cityCode: 'HF',
        dueOn: '2026-10-09',
        note: 'materials complete',
      },
    ])
    const audit = await queryRows<{ action: string; entity_id: string }>(
      database.db,
      sql`SELECT action, entity_id FROM audit_log ORDER BY sequence DESC LIMIT 1`,
    )
    expect(audit[0]).toEqual({ action: 'toy_case.accept', entity_id: 't1' })
  })

  it('refuses, and stores nothing, for the wrong city, the wrong state, a failed guard, no actor or no record', async () => {
    const before = await stored()
    expect(await codeOf(accept(officerSuzhou, 't4'))).toBe('FORBIDDEN')
    expect(await codeOf(accept(null, 't4'))).toBe('AUTH_REQUIRED')
    expect(await codeOf(accept(officerHefei, 't1'))).toBe('TOY_TRANSITION_INVALID')
    expect(await codeOf(accept(officerHefei, 't2'))).toBe('TOY_TOO_LARGE')
    expect(await codeOf(accept(officerHefei, 'missing'))).toBe('TOY_NOT_FOUND')
    expect(await stored()).toEqual(before)
  })

  it('lets any one of a move’s grants take it', async () => {
    const close = (principal: Principal, id: string) =>
      runTransition(database.db, toyWorkflow, {
        principal,
        id,
        action: 'close',
        apply: async (transaction, _row, move) => {
          await transaction.execute(sql`UPDATE toy_cases SET status = ${move.to} WHERE id = ${id}`)
          return move.to
        },
      })
    expect(await codeOf(close(firm, 't3'))).toBe('FORBIDDEN')
    expect(await close(firm, 't4')).toBe('closed')
    expect(await close({ ...officerHefei, role: 'corridor_admin', cityCode: null }, 't3')).toBe('closed')
  })

  it('rolls the move back with the record’s own change when that change fails', async () => {
    const before = await stored()
    await expect(
      runTransition(database.db, toyWorkflow, {
        principal: firm,
        id: 't2',
        action: 'close',
        apply: async () => {
          throw new Error('the change failed')
        },
      }),
    ).rejects.toThrow('the change failed')
    expect(await stored()).toEqual(before)
  })

  it('refuses a table that names an unknown state or an action twice', () => {
    const base = {
      recordType: 'x',
      states: ['a', 'b'] as const,
      invalidCode: 'X',
      notFoundCode: 'X',
      notFoundDetail: 'id',
      lock: async () => undefined,
      stateOf: () => 'a',
      cityOf: () => null,
    }
    const grant = [{ policy: { corridor_admin: 'any' as const }, scope: () => ({}) }]
    expect(() =>
      defineWorkflow({
        ...base,
        transitions: [{ action: 'go', from: ['a'], to: 'c' as 'a', allowed: grant }],
      }),
    ).toThrow(/unknown state/)
    expect(() =>
      defineWorkflow({
        ...base,
        transitions: [
          { action: 'go', from: ['a'], to: 'b', allowed: grant },
          { action: 'go', from: ['b'], to: 'a', allowed: grant },
        ],
      }),
    ).toThrow(/twice/)
  })
})

describe.runIf(runsOnPostgres())('two actors moving one record at once, on PostgreSQL', () => {
  it('lets one move through; the other finds the record moved', async () => {
    await database.db.execute(sql`INSERT INTO toy_cases VALUES ('race', 'open', 'HF', 'firm_1', 10, NULL)`)
    const results = await Promise.allSettled([accept(officerHefei, 'race'), accept(officerHefei, 'race')])
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1)
    const refused = results.find((result) => result.status === 'rejected')
    expect(refused?.status === 'rejected' && refused.reason instanceof AppError && refused.reason.code).toBe(
      'TOY_TRANSITION_INVALID',
    )
    expect(await transitionHistory(database.db, 'toy_case', 'race')).toHaveLength(1)
  })
})
