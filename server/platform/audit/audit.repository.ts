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
