import { sql } from 'drizzle-orm'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Database } from '../../db/client'
import { createTestDatabase, type TestDatabase } from '../../testing/database'
import { recordAudit, verifyAuditChain } from './audit.service'

let database: TestDatabase
let db: Database

async function writeRecords(count: number) {
  for (let index = 1; index <= count; index++) {
    await db.transaction((transaction) =>
      recordAudit(transaction, {
        actorUserId: 'usr_test',
        action: 'voucher.approve',
        entityType: 'voucher',
        entityId: `vch_${index}`,
        cityCode: 'HF',
        details: { amountFen: index * 100, note: '审批通过' },
      }),
    )
  }
}

/** Tampering as an attacker with database access would: with the append-only triggers switched off. */
async function tamper(statement: ReturnType<typeof sql>) {
  await db.transaction(async (transaction) => {
    await transaction.execute(sql`ALTER TABLE audit_log DISABLE TRIGGER USER`)
    await transaction.execute(statement)
    await transaction.execute(sql`ALTER TABLE audit_log ENABLE TRIGGER USER`)
  })
}

beforeEach(async () => {
  database = await createTestDatabase()
  db = database.db
  await writeRecords(6)
})
afterEach(async () => database.close())

describe('the hash-chained audit log', () => {
  it('verifies an intact chain', async () => {
    const result = await verifyAuditChain(db)
    expect(result).toMatchObject({ ok: true, checkedCount: 6, lastSequence: 6, firstProblem: null })
  })

  it('refuses updates and deletes through its triggers', async () => {
    await expect(db.execute(sql`UPDATE audit_log SET action = 'x' WHERE sequence = 2`)).rejects.toThrow()
    await expect(db.execute(sql`DELETE FROM audit_log WHERE sequence = 2`)).rejects.toThrow()
  })

  it('detects an edited record', async () => {
    await tamper(sql`UPDATE audit_log SET details = '{"amountFen": 1}'::jsonb WHERE sequence = 3`)
    const result = await verifyAuditChain(db)
    expect(result.ok).toBe(false)
    expect(result.firstProblem).toMatchObject({ sequence: 3, kind: 'altered' })
  })

  it('detects a deleted record', async () => {
    await tamper(sql`DELETE FROM audit_log WHERE sequence = 4`)
    const result = await verifyAuditChain(db)
    expect(result.firstProblem).toMatchObject({ sequence: 4, kind: 'missing' })
  })

  it('detects reordered records', async () => {
    await tamper(sql`UPDATE audit_log SET sequence = -2 WHERE sequence = 2`)
    await tamper(sql`UPDATE audit_log SET sequence = 2 WHERE sequence = 5`)
    await tamper(sql`UPDATE audit_log SET sequence = 5 WHERE sequence = -2`)
    const result = await verifyAuditChain(db)
    expect(result.firstProblem).toMatchObject({ sequence: 2, kind: 'altered' })
  })

  it('detects a record rewritten with a recomputed hash, by its broken link to the next one', async () => {
    await tamper(sql`UPDATE audit_log SET details = '{"amountFen": 1}'::jsonb,
      hash = audit_hash(sequence, previous_hash, occurred_at, actor_user_id, action, entity_type, entity_id, city_code,
                        '{"amountFen": 1}'::jsonb)
      WHERE sequence = 3`)
    const result = await verifyAuditChain(db)
    expect(result.firstProblem).toMatchObject({ sequence: 4, kind: 'broken_link' })
  })

  it('writes nothing when the transaction that carries the change rolls back', async () => {
    await expect(
      db.transaction(async (transaction) => {
        await recordAudit(transaction, { actorUserId: null, action: 'x', entityType: 'y', entityId: 'z' })
        throw new Error('the change failed')
      }),
    ).rejects.toThrow('the change failed')
    expect((await verifyAuditChain(db)).checkedCount).toBe(6)
  })
})
