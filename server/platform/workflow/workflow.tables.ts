import { date, index, pgTable, text } from 'drizzle-orm/pg-core'
import { instant } from '../../db/columns'

/** Every move of a workflow's record, written with the move itself: the record's history. */
export const workflowTransitions = pgTable(
  'workflow_transitions',
  {
    id: text('id').primaryKey(),
    /** the workflow's record type, as its audit records name it (voucher_claim, redemption, …) */
    recordType: text('record_type').notNull(),
    recordId: text('record_id').notNull(),
    action: text('action').notNull(),
    fromState: text('from_state').notNull(),
    toState: text('to_state').notNull(),
    actorUserId: text('actor_user_id'),
    cityCode: text('city_code'),
    /** the due day the move set, in working days from the day it happened (Asia/Shanghai) */
    dueOn: date('due_on', { mode: 'string' }),
    note: text('note'),
    occurredAt: instant('occurred_at').notNull().defaultNow(),
  },
  (table) => [
    index('workflow_transitions_record_idx').on(table.recordType, table.recordId, table.occurredAt),
  ],
)
