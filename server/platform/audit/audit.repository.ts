import { sql } from 'drizzle-orm'
import { queryRows, type Database } from '../../db/client'

export interface AuditEntry {
  actorUserId: string | null
  action: string
  entityType: string
  entityId: string
  cityCode?: string | null
  details?: Record<string, unknown>
}

export interface AuditCheckRow {
  sequence: number
  previousHash: string
  hash: string
  expectedHash: string
}

export async function appendAuditRecord(db: Database, entry: AuditEntry): Promise<number> {
  const rows = await queryRows<{ sequence: number | string }>(
    db,
    sql`SELECT audit_append(${entry.actorUserId}, ${entry.action}, ${entry.entityType}, ${entry.entityId},
      ${entry.cityCode ?? null}, ${JSON.stringify(entry.details ?? {})}::jsonb) AS sequence`,
  )
  return Number(rows[0]?.sequence)
}

export async function readAuditBatch(
  db: Database,
  afterSequence: number,
  limit: number,
): Promise<AuditCheckRow[]> {
  const rows = await queryRows<{
    sequence: number | string
    previous_hash: string
    hash: string
    expected: string
  }>(
    db,
    sql`SELECT sequence, previous_hash, hash,
          audit_hash(sequence, previous_hash, occurred_at, actor_user_id, action, entity_type, entity_id, city_code,
                     details) AS expected
        FROM audit_log WHERE sequence > ${afterSequence} ORDER BY sequence LIMIT ${limit}`,
  )
  return rows.map((row) => ({
    sequence: Number(row.sequence),
    previousHash: row.previous_hash,
    hash: row.hash,
    expectedHash: row.expected,
  }))
}

export interface ChainHead {
  sequence: number
  hash: string
}

/** The last record of the chain: an index lookup that takes no lock, so the hot path never waits on it. */
export async function readChainHead(db: Database): Promise<ChainHead | null> {
  const rows = await queryRows<{ sequence: number | string; hash: string }>(
    db,
    sql`SELECT sequence, hash FROM audit_log ORDER BY sequence DESC LIMIT 1`,
  )
  const row = rows[0]
  return row === undefined ? null : { sequence: Number(row.sequence), hash: row.hash }
}

/** The hashes of the records at these sequences (those that exist). */
export async function readRecordHashes(
  db: Database,
  sequences: readonly number[],
): Promise<Map<number, string>> {
  if (sequences.length === 0) return new Map()
  const rows = await queryRows<{ sequence: number | string; hash: string }>(
    db,
    sql`SELECT sequence, hash FROM audit_log
        WHERE sequence = ANY(${`{${sequences.map((sequence) => String(sequence)).join(',')}}`}::bigint[])`,
  )
  return new Map(rows.map((row) => [Number(row.sequence), row.hash]))
}

export interface StoredCheckpoint {
  sequence: number
  headHash: string
  /** ISO 8601 to the millisecond, as signed */
  signedAt: string
  keyId: string
  /** base64 Ed25519 signature */
  signature: string
}

interface CheckpointRow {
  sequence: number | string
  head_hash: string
  signed_at: Date | string
  key_id: string
  signature: string
}

function checkpointOf(row: CheckpointRow): StoredCheckpoint {
  return {
    sequence: Number(row.sequence),
    headHash: row.head_hash,
    signedAt: new Date(row.signed_at).toISOString(),
    keyId: row.key_id,
    signature: row.signature,
  }
}

export async function insertCheckpoint(db: Database, checkpoint: StoredCheckpoint): Promise<void> {
  await db.execute(
    sql`INSERT INTO audit_checkpoints (sequence, head_hash, signed_at, key_id, signature)
        VALUES (${checkpoint.sequence}, ${checkpoint.headHash}, ${checkpoint.signedAt}::timestamptz,
                ${checkpoint.keyId}, ${checkpoint.signature})`,
  )
}

export async function readLastCheckpoint(db: Database): Promise<StoredCheckpoint | null> {
  const rows = await queryRows<CheckpointRow>(
    db,
    sql`SELECT sequence, head_hash, signed_at, key_id, signature FROM audit_checkpoints
        ORDER BY sequence DESC, signed_at DESC LIMIT 1`,
  )
  return rows[0] === undefined ? null : checkpointOf(rows[0])
}

/** Every checkpoint in the table, oldest first: one a minute at most is a few hundred thousand rows a year. */
export async function readCheckpoints(db: Database): Promise<StoredCheckpoint[]> {
  const rows = await queryRows<CheckpointRow>(
    db,
    sql`SELECT sequence, head_hash, signed_at, key_id, signature FROM audit_checkpoints ORDER BY signed_at, sequence`,
  )
  return rows.map(checkpointOf)
}

/** Serialises checkpoint writers of every process; audit_append's lock (60060) is a different one. */
export async function lockCheckpointWriters(transaction: Database): Promise<void> {
  await transaction.execute(sql`SELECT pg_advisory_xact_lock(60062)`)
}
