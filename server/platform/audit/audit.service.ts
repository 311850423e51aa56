import type { Database } from '../../db/client'
import { appendAuditRecord, readAuditBatch, type AuditEntry } from './audit.repository'

export type { AuditEntry }

export const genesisHash = '0'.repeat(64)
const verifyBatchSize = 5000
const verifyRecordsMax = 100_000_000

export interface AuditProblem {
  sequence: number
  kind: 'missing' | 'altered' | 'broken_link'
  message: string
}

export interface AuditVerification {
  ok: boolean
  checkedCount: number
  lastSequence: number
  firstProblem: AuditProblem | null
}

/** Must be called inside the transaction of the change it records. */
export function recordAudit(transaction: Database, entry: AuditEntry): Promise<number> {
  return appendAuditRecord(transaction, entry)
}

/** The record an audit entry is about: its id, and the city it belongs to (none for a corridor-wide record). */
export interface AuditedRecord {
  id: string
  cityCode: string | null
}

/**
 * The audit trail of one kind of record: each entry is `<entityType>.<verb>`, by an actor, on a record of the type,
 * written in the transaction of the change it records (rows first, the audit chain last).
 */
export function auditTrail(entityType: string) {
  function record(
    transaction: Database,
    actor: { userId: string },
    verb: string,
    subject: AuditedRecord,
    details?: Record<string, unknown>,
  ) {
    return recordAudit(transaction, {
      actorUserId: actor.userId,
      action: `${entityType}.${verb}`,
      entityType,
      entityId: subject.id,
      cityCode: subject.cityCode,
      ...(details !== undefined ? { details } : {}),
    })
  }
  return {
    record,
    /** Inserts a record and its `create` entry with the details: the record inserted. */
    insert<Row extends AuditedRecord>(
      db: Database,
      actor: { userId: string },
      details: Record<string, unknown>,
      insert: (transaction: Database) => Promise<Row>,
    ): Promise<Row> {
      return db.transaction(async (transaction) => {
        const inserted = await insert(transaction)
        await record(transaction, actor, 'create', inserted, details)
        return inserted
      })
    },
    /** Changes a record and writes its `update` entry with the changes: the record as changed (as it was, if unchanged). */
    update<Row extends AuditedRecord>(
      db: Database,
      actor: { userId: string },
      current: Row,
      changes: Record<string, unknown>,
      update: (transaction: Database) => Promise<Row | undefined>,
    ): Promise<Row> {
      return db.transaction(async (transaction) => {
        const updated = await update(transaction)
        await record(transaction, actor, 'update', current, changes)
        return updated ?? current
      })
    },
  }
}

/** Walks the whole chain in sequence order and names the first missing, altered or unlinked record. */
export async function verifyAuditChain(db: Database, onProgress?: (checkedCount: number) => void) {
  let previousSequence = 0
  let previousHash = genesisHash
  let checkedCount = 0
  while (checkedCount < verifyRecordsMax) {
    const batch = await readAuditBatch(db, previousSequence, verifyBatchSize)
    if (batch.length === 0) break
    for (const row of batch) {
      const problem = checkRecord(row, previousSequence, previousHash)
      if (problem !== null)
        return { ok: false, checkedCount, lastSequence: previousSequence, firstProblem: problem }
      previousSequence = row.sequence
      previousHash = row.hash
      checkedCount++
    }
    onProgress?.(checkedCount)
  }
  return {
    ok: true,
    checkedCount,
    lastSequence: previousSequence,
    firstProblem: null,
  } satisfies AuditVerification
}

function checkRecord(
  row: { sequence: number; previousHash: string; hash: string; expectedHash: string },
  previousSequence: number,
  previousHash: string,
): AuditProblem | null {
  if (row.sequence !== previousSequence + 1) {
    return {
      sequence: previousSequence + 1,
      kind: 'missing',
      message: `record ${previousSequence + 1} is missing (the next record present is ${row.sequence})`,
    }
  }
  if (row.hash !== row.expectedHash) {
    return {
      sequence: row.sequence,
      kind: 'altered',
      message: `record ${row.sequence} was altered after it was written`,
    }
  }
  if (row.previousHash !== previousHash) {
    return {
      sequence: row.sequence,
      kind: 'broken_link',
      message: `record ${row.sequence} does not link to record ${previousSequence}`,
    }
  }
  return null
}
