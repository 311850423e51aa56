// SQL of violations and the owners' thresholds.
import { desc, eq } from 'drizzle-orm'
import type { Database } from '../../db/client'
import { instrumentOwnerPolicies, instrumentViolations } from './instruments.tables'

export type ViolationRow = typeof instrumentViolations.$inferSelect

export async function insertViolation(
  db: Database,
  row: typeof instrumentViolations.$inferInsert,
): Promise<void> {
  await db.insert(instrumentViolations).values(row).onConflictDoNothing()
}

export function listViolationsOf(db: Database, userId: string, limit: number) {
  return db
    .select()
    .from(instrumentViolations)
    .where(eq(instrumentViolations.userId, userId))
    .orderBy(desc(instrumentViolations.occurredAt))
    .limit(limit)
}

export async function ownerPolicy(db: Database, providerId: string) {
  const [row] = await db
    .select()
    .from(instrumentOwnerPolicies)
    .where(eq(instrumentOwnerPolicies.providerId, providerId))
  return row
}

export async function upsertOwnerPolicy(
  db: Database,
  row: { providerId: string; violationLimit: number; violationWindowMonths: number },
): Promise<void> {
  await db
    .insert(instrumentOwnerPolicies)
    .values(row)
    .onConflictDoUpdate({
      target: instrumentOwnerPolicies.providerId,
      set: {
        violationLimit: row.violationLimit,
        violationWindowMonths: row.violationWindowMonths,
        updatedAt: new Date(),
      },
    })
}
