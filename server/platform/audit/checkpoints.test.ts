// The audit chain against its signed checkpoints: the six tamperings the hash chain alone missed (issue 21), each
// done as an attacker with database access would (the append-only triggers switched off), and what the checkpoint
// file and the key must hold.
import { generateKeyPairSync } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { sql, type SQL } from 'drizzle-orm'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Database } from '../../db/client'
import { createTestDatabase, type TestDatabase } from '../../testing/database'
import { recordAudit, verifyAuditChain } from './audit.service'
import {
  createAuditCheckpointer,
  loadOrCreateSigningKey,
  publicKeyFileOf,
  readPublicKey,
  signCheckpoint,
  writeCheckpoint,
  type CheckpointLog,
} from './checkpoints.service'
import { verifyAuditTrail, type AuditFindingCode } from './checkpoints.verify'

let database: TestDatabase
let db: Database
let folder: string
let keyFile: string
let checkpointFile: string

let written = 0
async function writeRecords(count: number) {
  for (let index = 0; index < count; index++) {
    written++
    await db.transaction((transaction) =>
      recordAudit(transaction, {
        actorUserId: 'usr_test',
        action: 'voucher.approve',
        entityType: 'voucher',
        entityId: `vch_${written}`,
        cityCode: 'HF',
        details: { amountFen: written * 100 },
      }),
    )
  }
}

async function checkpoint() {
  const outcome = await writeCheckpoint(db, loadOrCreateSigningKey(keyFile), checkpointFile)
  expect(outcome.kind).toBe('signed')
}

/** With the append-only triggers of the table switched off, as the hash chain's own test tampers. */
async function tamper(statements: SQL[], table: 'audit_log' | 'audit_checkpoints' = 'audit_log') {
  await db.transaction(async (transaction) => {
    await transaction.execute(sql.raw(`ALTER TABLE ${table} DISABLE TRIGGER USER`))
    for (const statement of statements) await transaction.execute(statement)
    await transaction.execute(sql.raw(`ALTER TABLE ${table} ENABLE TRIGGER USER`))
  })
}

/** Re-links and re-hashes records `from` to `to`, one at a time, as a careful attacker would. */
function rehash(from: number, to: number): SQL[] {
  const statements: SQL[] = []
  for (let sequence = from; sequence <= to; sequence++) {
    statements.push(sql`UPDATE audit_log AS record SET previous_hash = previous.hash,
        hash = audit_hash(record.sequence, previous.hash, record.occurred_at, record.actor_user_id, record.action,
                          record.entity_type, record.entity_id, record.city_code, record.details)
      FROM audit_log AS previous
      WHERE previous.sequence = record.sequence - 1 AND record.sequence = ${sequence}`)
  }
  return statements
}

async function verify(publicKeyFile = keyFile) {
  return verifyAuditTrail(db, { checkpointFile, publicKey: readPublicKey(publicKeyFile) })
}

const codesOf = (report: { findings: { code: AuditFindingCode }[] }) =>
  report.findings.map((finding) => finding.code)

beforeEach(async () => {
  database = await createTestDatabase()
  db = database.db
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'g60-audit-checkpoints-'))
  keyFile = path.join(folder, 'keys', 'audit-signing-key.pem')
  checkpointFile = path.join(folder, 'audit-checkpoints.jsonl')
  written = 0
  // checkpoints at records 4 and 6: the chain is anchored to its head
  await writeRecords(4)
  await checkpoint()
  await writeRecords(2)
  await checkpoint()
})
afterEach(async () => {
  await database.close()
  fs.rmSync(folder, { recursive: true, force: true })
})

describe('signed checkpoints of the audit chain', () => {
  it('verifies an untampered chain with its checkpoints, and counts the records not yet anchored', async () => {
    expect(await verify()).toMatchObject({
      ok: true,
      chainLength: 6,
      checkpointCount: 2,
      anchoredSequence: 6,
      unanchoredCount: 0,
      findings: [],
    })
    await writeRecords(3)
    const grown = await verify()
    expect(grown).toMatchObject({ ok: true, anchoredSequence: 6, unanchoredCount: 3 })
    expect(grown.notes.join()).toContain('3 record(s) after record 6 are not yet anchored')
    expect(fs.readFileSync(checkpointFile, 'utf8').trim().split('\n')).toHaveLength(2)
  })

  it('signs only when the chain grew, and refuses to sign over a chain that no longer has a checkpointed hash', async () => {
    const key = loadOrCreateSigningKey(keyFile)
    expect((await writeCheckpoint(db, key, checkpointFile)).kind).toBe('unchanged')
    await tamper([sql`UPDATE audit_log SET hash = repeat('a', 64) WHERE sequence = 6`])
    await writeRecords(1)
    expect(await writeCheckpoint(db, key, checkpointFile)).toMatchObject({
      kind: 'diverged',
      recordHash: 'a'.repeat(64),
    })
  })
})

describe('the six tamperings the hash chain alone missed', () => {
  it('1. reports the last records dropped: a truncated tail', async () => {
    await tamper([sql`DELETE FROM audit_log WHERE sequence > 4`])
    expect((await verifyAuditChain(db)).ok).toBe(true)
    const report = await verify()
    expect(report.ok).toBe(false)
    expect(report.findings).toEqual([expect.objectContaining({ code: 'AUDIT_TAIL_TRUNCATED', sequence: 6 })])
    await tamper([sql`DELETE FROM audit_log`])
    expect(codesOf(await verify())).toEqual(['AUDIT_TAIL_TRUNCATED'])
  })

  it('2. reports the last record edited and re-hashed', async () => {
    await tamper([
      sql`UPDATE audit_log SET details = '{"amountFen": 1}'::jsonb WHERE sequence = 6`,
      ...rehash(6, 6),
    ])
    expect((await verifyAuditChain(db)).ok).toBe(true)
    expect((await verify()).findings).toEqual([
      expect.objectContaining({ code: 'AUDIT_HISTORY_REWRITTEN', sequence: 6 }),
    ])
  })

  it('3. reports the chain re-hashed from an altered record onward', async () => {
    await tamper([sql`UPDATE audit_log SET entity_id = 'vch_forged' WHERE sequence = 2`, ...rehash(2, 6)])
    expect((await verifyAuditChain(db)).ok).toBe(true)
    const report = await verify()
    expect(codesOf(report)).toEqual(['AUDIT_HISTORY_REWRITTEN', 'AUDIT_HISTORY_REWRITTEN'])
    expect(report.findings.map((finding) => finding.sequence)).toEqual([4, 6])
  })

  it('4. reports a record deleted, the rest renumbered and re-hashed', async () => {
    await tamper([
      sql`DELETE FROM audit_log WHERE sequence = 3`,
      sql`UPDATE audit_log SET sequence = -(sequence - 1) WHERE sequence > 3`,
      sql`UPDATE audit_log SET sequence = -sequence WHERE sequence < 0`,
      ...rehash(3, 5),
    ])
    expect((await verifyAuditChain(db)).ok).toBe(true)
    const report = await verify()
    expect(codesOf(report).sort()).toEqual(['AUDIT_HISTORY_REWRITTEN', 'AUDIT_TAIL_TRUNCATED'])
    expect(report.chainLength).toBe(5)
  })

  it('5. reports a forged append that replaced checkpointed records', async () => {
    await tamper([sql`DELETE FROM audit_log WHERE sequence = 6`])
    await db.transaction((transaction) =>
      recordAudit(transaction, {
        actorUserId: 'usr_forger',
        action: 'voucher.approve',
        entityType: 'voucher',
        entityId: 'vch_6',
      }),
    )
    expect((await verifyAuditChain(db)).ok).toBe(true)
    expect((await verify()).findings).toEqual([
      expect.objectContaining({ code: 'AUDIT_HISTORY_REWRITTEN', sequence: 6 }),
    ])
  })

  it('6. reports a forged append after the last checkpoint as not yet anchored', async () => {
    await db.transaction((transaction) =>
      recordAudit(transaction, {
        actorUserId: 'usr_forger',
        action: 'voucher.approve',
        entityType: 'voucher',
        entityId: 'vch_7',
      }),
    )
    const report = await verify()
    expect(report).toMatchObject({ ok: true, anchoredSequence: 6, unanchoredCount: 1 })
    expect(report.notes.join()).toContain('1 record(s) after record 6 are not yet anchored')
  })
})

describe('the checkpoints themselves: signatures, file and table, the key', () => {
  it('refuses a checkpoint signed with another key, and every checkpoint when verified with another key', async () => {
    const other = generateKeyPairSync('ed25519')
    const forged = signCheckpoint(other.privateKey, { sequence: 6, hash: 'f'.repeat(64) }, new Date())
    fs.appendFileSync(checkpointFile, `${JSON.stringify(forged)}\n`)
    const report = await verify()
    expect(report.findings).toEqual([
      expect.objectContaining({ code: 'AUDIT_CHECKPOINT_SIGNATURE_INVALID', sequence: 6 }),
    ])
    expect(report.anchoredSequence).toBe(6)

    const otherPublicFile = path.join(folder, 'other.pub.pem')
    fs.writeFileSync(otherPublicFile, other.publicKey.export({ type: 'spki', format: 'pem' }))
    const withOtherKey = await verify(otherPublicFile)
    // the two genuine checkpoints are refused; under its own key the forged one passes, and the chain differs from it
    expect(codesOf(withOtherKey)).toEqual([
      'AUDIT_CHECKPOINT_SIGNATURE_INVALID',
      'AUDIT_CHECKPOINT_SIGNATURE_INVALID',
      'AUDIT_HISTORY_REWRITTEN',
    ])
  })

  it('holds the table against the file: a checkpoint missing from it, one that differs, a malformed line, no file', async () => {
    const lines = fs.readFileSync(checkpointFile, 'utf8').trim().split('\n')
    fs.writeFileSync(checkpointFile, `${lines[1]}\nnot a checkpoint\n`)
    expect((await verify()).findings).toEqual([
      expect.objectContaining({ code: 'AUDIT_CHECKPOINT_FILE_MALFORMED' }),
      expect.objectContaining({ code: 'AUDIT_CHECKPOINT_NOT_IN_FILE', sequence: 4 }),
    ])

    fs.writeFileSync(checkpointFile, `${lines.join('\n')}\n`)
    await tamper(
      [sql`UPDATE audit_checkpoints SET head_hash = repeat('b', 64) WHERE sequence = 4`],
      'audit_checkpoints',
    )
    expect(codesOf(await verify())).toEqual([
      'AUDIT_CHECKPOINT_DIFFERS_FROM_FILE',
      'AUDIT_CHECKPOINT_SIGNATURE_INVALID',
    ])

    fs.rmSync(checkpointFile)
    expect(codesOf(await verify())).toContain('AUDIT_CHECKPOINT_FILE_MISSING')
    const keyless = await verifyAuditTrail(db, { checkpointFile, publicKey: null })
    expect(codesOf(keyless)).toEqual([
      'AUDIT_CHECKPOINT_FILE_MISSING',
      'AUDIT_CHECKPOINT_NOT_IN_FILE',
      'AUDIT_CHECKPOINT_NOT_IN_FILE',
      'AUDIT_KEY_UNAVAILABLE',
    ])
  })

  it('keeps the checkpoints append-only in the table too', async () => {
    await expect(db.execute(sql`DELETE FROM audit_checkpoints`)).rejects.toThrow()
    await expect(db.execute(sql`UPDATE audit_checkpoints SET sequence = 1`)).rejects.toThrow()
  })

  it('makes the key once, readable by its owner only, with its public half beside it; refuses a key others can read', () => {
    expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600)
    expect(readPublicKey(publicKeyFileOf(keyFile)).asymmetricKeyType).toBe('ed25519')
    const before = fs.readFileSync(keyFile, 'utf8')
    loadOrCreateSigningKey(keyFile)
    expect(fs.readFileSync(keyFile, 'utf8')).toBe(before)
    fs.chmodSync(keyFile, 0o644)
    expect(() => loadOrCreateSigningKey(keyFile)).toThrow(/mode 0600/)
  })

  it('the serving process signs at start, at its interval while the chain grows, and at stop', async () => {
    const fresh = path.join(folder, 'fresh')
    const settings = {
      keyFile: path.join(fresh, 'key.pem'),
      checkpointFile: path.join(fresh, 'checkpoints.jsonl'),
      checkpointIntervalMs: 1000,
    }
    const errors: unknown[] = []
    const log: CheckpointLog = { info: () => undefined, error: (details) => errors.push(details) }
    const checkpointer = createAuditCheckpointer(db, settings)
    await writeRecords(1)
    await checkpointer.start(log)
    const linesOf = () => fs.readFileSync(settings.checkpointFile, 'utf8').trim().split('\n')
    expect(linesOf()).toHaveLength(1)
    await writeRecords(1)
    await expect.poll(() => linesOf().length, { timeout: 5000, interval: 100 }).toBe(2)
    await writeRecords(1)
    await checkpointer.stop()
    expect(linesOf()).toHaveLength(3)
    expect(JSON.parse(linesOf()[2] ?? '{}')).toMatchObject({ sequence: 9 })
    expect(errors).toEqual([])
    const report = await verifyAuditTrail(db, {
      checkpointFile: settings.checkpointFile,
      publicKey: readPublicKey(settings.keyFile),
    })
    // the first two checkpoints of beforeEach were signed with another key and are not in this file
    expect(codesOf(report)).toEqual([
      'AUDIT_CHECKPOINT_NOT_IN_FILE',
      'AUDIT_CHECKPOINT_NOT_IN_FILE',
      'AUDIT_CHECKPOINT_SIGNATURE_INVALID',
      'AUDIT_CHECKPOINT_SIGNATURE_INVALID',
    ])
    expect(report.anchoredSequence).toBe(9)
  })
})
