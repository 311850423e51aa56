// SQL of violations and the owners' thresholds.
import { desc, eq, getTableColumns, sql } from 'drizzle-orm'
import type { Database } from '../../db/client'
import { instrumentOwnerPolicies, instrumentViolations, instruments } from './instruments.tables'

export type ViolationRow = typeof instrumentViolations.$inferSelect
/** A violation with its instrument's and owner's names, so that the record names every row. */
export interface NamedViolationRow extends ViolationRow {
  instrumentNameZh: string
  instrumentNameEn: string
  providerNameZh: string
  providerNameEn: string
}

export async function insertViolation(
  db: Database,
  row: typeof instrumentViolations.$inferInsert,
): Promise<void> {
  await db.insert(instrumentViolations).values(row).onConflictDoNothing()
}

export function listViolationsOf(db: Database, userId: string, limit: number): Promise<NamedViolationRow[]> {
  return (
    db
      .select({
        ...getTableColumns(instrumentViolations),
        instrumentNameZh: instruments.nameZh,
        instrumentNameEn: instruments.nameEn,
        providerNameZh: sql<string>`coalesce(violation_owner.name_zh, '')`,
        providerNameEn: sql<string>`coalesce(violation_owner.name_en, '')`,
      })
      .from(instrumentViolations)
      .innerJoin(instruments, eq(instruments.id, instrumentViolations.instrumentId))
      // the registry's published view (boundaries.test.ts), never its providers table
      .leftJoin(
        sql`registry_provider_standing violation_owner`,
        sql`violation_owner.id = ${instrumentViolations.providerId}`,
      )
      .where(eq(instrumentViolations.userId, userId))
      .orderBy(desc(instrumentViolations.occurredAt))
      .limit(limit)
  )
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
