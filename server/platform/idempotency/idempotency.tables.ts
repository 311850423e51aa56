import { integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core'
import { instant, stamps } from '../../db/columns'
import { oneOf } from '../../db/checks'

export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    /** the caller (user id, or "anonymous") scopes a key: two users never share an answer */
    principalKey: text('principal_key').notNull(),
    key: text('key').notNull(),
    method: text('method').notNull(),
    path: text('path').notNull(),
    requestHash: text('request_hash').notNull(),
    state: text('state').notNull(),
    responseStatus: integer('response_status'),
    responseBody: text('response_body'),
    responseContentType: text('response_content_type'),
    /**
     * the record a route's own statement created and wrote this key with (the order of POST /api/voucher-orders):
     * a retry renders that record again instead of a stored body
     */
    resourceId: text('resource_id'),
    /**
     * a request refused by a route's own statement: the refusal's code and JSON details, written by that statement
     * with the key, so a duplicate waiting on the key gets the same refusal
     */
    refusalCode: text('refusal_code'),
    refusalDetails: text('refusal_details'),
    createdAt: stamps.createdAt,
    completedAt: instant('completed_at'),
  },
  (table) => [
    primaryKey({ columns: [table.principalKey, table.key] }),
    oneOf('idempotency_keys_state_check', table.state, ['pending', 'completed']),
  ],
)
