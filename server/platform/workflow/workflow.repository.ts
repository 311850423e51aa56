import { and, asc, eq } from 'drizzle-orm'
import type { Database } from '../../db/client'
import { workflowTransitions } from './workflow.tables'

export type TransitionRow = typeof workflowTransitions.$inferSelect

export async function insertTransition(db: Database, row: typeof workflowTransitions.$inferInsert) {
  await db.insert(workflowTransitions).values(row)
}

/** A record's moves, oldest first; `limit` bounds the read. */
export function listTransitions(db: Database, recordType: string, recordId: string, limit: number) {
  return db
    .select()
    .from(workflowTransitions)
    .where(and(eq(workflowTransitions.recordType, recordType), eq(workflowTransitions.recordId, recordId)))
    .orderBy(asc(workflowTransitions.occurredAt), asc(workflowTransitions.id))
    .limit(limit)
}
