import { bigint, index, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core'
import { instant } from '../../db/columns'

/** Append-only and hash-chained: rows are written only by the audit_append() SQL function. */
export const auditLog = pgTable(
  'audit_log',
  {
    sequence: bigint('sequence', { mode: 'number' }).primaryKey(),
    occurredAt: instant('occurred_at').notNull(),
    actorUserId: text('actor_user_id'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    cityCode: text('city_code'),
    details: jsonb('details').notNull(),
    previousHash: text('previous_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (table) => [index('audit_log_entity_idx').on(table.entityType, table.entityId)],
)

/**
 * Signed checkpoints of the chain's head (append-only, as audit_log): each is also a line of the checkpoint file
 * outside the database, which is the authority when the two differ.
 */
export const auditCheckpoints = pgTable(
  'audit_checkpoints',
  {
    sequence: bigint('sequence', { mode: 'number' }).notNull(),
    headHash: text('head_hash').notNull(),
    signedAt: instant('signed_at').notNull(),
    keyId: text('key_id').notNull(),
    signature: text('signature').notNull(),
  },
  (table) => [primaryKey({ columns: [table.sequence, table.signedAt] })],
)
