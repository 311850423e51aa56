// SQL of innovation-points scores: dated parameter sets, append-only indicator values and each firm's stored score.
import { and, desc, inArray, lte, sql } from 'drizzle-orm'
import type { Database } from '../../db/client'
import { firmIndicatorValues, firmScores, scoreParameterSets } from './finance.tables'

export type ParameterSetRow = typeof scoreParameterSets.$inferSelect

export async function parameterSetInForce(db: Database, day: string): Promise<ParameterSetRow | undefined> {
  const [row] = await db
    .select()
    .from(scoreParameterSets)
    .where(lte(scoreParameterSets.effectiveFrom, day))
    .orderBy(desc(scoreParameterSets.effectiveFrom))
    .limit(1)
  return row
}

export function listParameterSets(db: Database, limit: number) {
  return db.select().from(scoreParameterSets).orderBy(desc(scoreParameterSets.effectiveFrom)).limit(limit)
}

/** Returns undefined when a set already takes effect that day. */
export async function insertParameterSet(db: Database, row: typeof scoreParameterSets.$inferInsert) {
  const [inserted] = await db.insert(scoreParameterSets).values(row).onConflictDoNothing().returning()
  return inserted
}

/** Each indicator's latest value describing a day up to `day` (a later record for the same day wins). */
export function valuesAsOf(db: Database, firmIds: readonly string[], day: string) {
  if (firmIds.length === 0) return Promise.resolve([])
  return db
    .selectDistinctOn([firmIndicatorValues.firmId, firmIndicatorValues.indicatorCode])
    .from(firmIndicatorValues)
    .where(and(inArray(firmIndicatorValues.firmId, [...firmIds]), lte(firmIndicatorValues.asOf, day)))
    .orderBy(
      firmIndicatorValues.firmId,
      firmIndicatorValues.indicatorCode,
      desc(firmIndicatorValues.asOf),
      desc(firmIndicatorValues.recordedAt),
    )
}

/** An indicator's latest value, as scoring reads it. */
export interface LatestValue {
  indicatorCode: string
  value: number
  source: string
  asOf: string
}

export async function insertIndicatorValues(db: Database, rows: (typeof firmIndicatorValues.$inferInsert)[]) {
  if (rows.length > 0) await db.insert(firmIndicatorValues).values(rows)
}

export async function upsertScores(db: Database, rows: (typeof firmScores.$inferInsert)[]) {
  if (rows.length === 0) return
  await db
    .insert(firmScores)
    .values(rows)
    .onConflictDoUpdate({
      target: firmScores.firmId,
      set: {
        parameterSetId: sql`excluded.parameter_set_id`,
        stage: sql`excluded.stage`,
        totalTenths: sql`excluded.total_tenths`,
        computedAt: sql`excluded.computed_at`,
      },
    })
}
