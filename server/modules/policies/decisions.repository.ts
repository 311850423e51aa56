// SQL of matching: runs, the slice of firms a run takes next, each firm's current decisions, and the decisions a
// slice writes (only changes) with the current ones they replace, in one statement each.
import { desc, eq, sql } from 'drizzle-orm'
import { queryRows, type Database } from '../../db/client'
import { assert } from '../../platform/errors'
import { idArrayOf } from './facts.repository'
import type { DecisionOutcome } from './policies.states'
import { policyCurrentDecisions, policyDecisions, policyRuns } from './policies.tables'
import type { DecisionTrace } from './rules/trace'

export type RunRow = typeof policyRuns.$inferSelect
export type DecisionRow = typeof policyDecisions.$inferSelect

/** Starts a run unless one is running; either way returns the running one (the unique index decides). */
export async function startRun(
  db: Database,
  run: { id: string; asOf: string; requestedByUserId: string | null },
): Promise<{ run: RunRow; started: boolean }> {
  const inserted = await db
    .insert(policyRuns)
    .values({ ...run, status: 'running' })
    .onConflictDoNothing()
    .returning()
  if (inserted[0] !== undefined) return { run: inserted[0], started: true }
  const [running] = await db.select().from(policyRuns).where(eq(policyRuns.status, 'running'))
  assert(running !== undefined, 'a run conflicts only with a running one')
  return { run: running, started: false }
}

export async function lockRun(db: Database, id: string): Promise<RunRow | undefined> {
  const [row] = await db.select().from(policyRuns).where(eq(policyRuns.id, id)).for('update')
  return row
}

export async function advanceRun(
  db: Database,
  id: string,
  progress: {
    cursorFirmId: string | null
    firms: number
    decisions: number
    newlyQualified: number
    finished: boolean
  },
) {
  await db
    .update(policyRuns)
    .set({
      cursorFirmId: progress.cursorFirmId,
      firmsDone: sql`${policyRuns.firmsDone} + ${progress.firms}`,
      decisionsWritten: sql`${policyRuns.decisionsWritten} + ${progress.decisions}`,
      newlyQualified: sql`${policyRuns.newlyQualified} + ${progress.newlyQualified}`,
      ...(progress.finished ? { status: 'finished', finishedAt: new Date() } : {}),
    })
    .where(eq(policyRuns.id, id))
}

export async function recentRuns(db: Database, limit: number): Promise<RunRow[]> {
  return db.select().from(policyRuns).orderBy(desc(policyRuns.startedAt)).limit(limit)
}

export async function firmIdsAfter(db: Database, after: string | null, limit: number): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`SELECT id FROM registry_firm_facts ${after !== null ? sql`WHERE id > ${after}` : sql``}
         ORDER BY id LIMIT ${limit}`,
  )
  return rows.map((row) => row.id)
}

export interface CurrentDecision {
  itemId: string
  firmId: string
  decisionId: string
  ruleVersionId: string
  outcome: DecisionOutcome
  amountFen: number
}

export async function currentDecisionsOf(
  db: Database,
  firmIds: readonly string[],
): Promise<CurrentDecision[]> {
  if (firmIds.length === 0) return []
  const rows = await db
    .select()
    .from(policyCurrentDecisions)
    .where(sql`${policyCurrentDecisions.firmId} = ANY(${idArrayOf(firmIds)}::text[])`)
  return rows.map((row) => ({ ...row, outcome: row.outcome as DecisionOutcome }))
}

export interface NewDecision {
  id: string
  itemId: string
  firmId: string
  cityCode: string
  ruleVersionId: string
  runId: string | null
  asOf: string
  outcome: DecisionOutcome
  amountFen: number
  trace: DecisionTrace
  decidedAt: Date
  isSynthetic: boolean
}

/** Decisions in one statement, and the current decision of each (item, firm) replaced in a second. */
export async function writeDecisions(db: Database, decisions: readonly NewDecision[]) {
  if (decisions.length === 0) return
  const records = decisions.map((decision) => ({
    id: decision.id,
    item_id: decision.itemId,
    firm_id: decision.firmId,
    city_code: decision.cityCode,
    rule_version_id: decision.ruleVersionId,
    run_id: decision.runId,
    as_of: decision.asOf,
    outcome: decision.outcome,
    amount_fen: decision.amountFen,
    trace: decision.trace,
    decided_at: decision.decidedAt.toISOString(),
    is_synthetic: decision.isSynthetic,
  }))
  const json = JSON.stringify(records)
  await db.execute(
    sql`INSERT INTO policy_decisions (id, item_id, firm_id, rule_version_id, run_id, as_of, outcome, amount_fen,
                                      trace, decided_at, is_synthetic)
        SELECT id, item_id, firm_id, rule_version_id, run_id, as_of, outcome, amount_fen, trace, decided_at,
               is_synthetic
          FROM json_to_recordset(${json}::json) AS d(id text, item_id text, firm_id text, rule_version_id text,
               run_id text, as_of date, outcome text, amount_fen bigint, trace jsonb, decided_at timestamptz,
               is_synthetic boolean)`,
  )
  await db.execute(
    sql`INSERT INTO policy_current_decisions (item_id, firm_id, decision_id, rule_version_id, outcome, amount_fen,
                                              city_code)
        SELECT item_id, firm_id, id, rule_version_id, outcome, amount_fen, city_code
          FROM json_to_recordset(${json}::json) AS d(id text, item_id text, firm_id text, rule_version_id text,
               outcome text, amount_fen bigint, city_code text)
        ON CONFLICT (item_id, firm_id) DO UPDATE
           SET decision_id = excluded.decision_id, rule_version_id = excluded.rule_version_id,
               outcome = excluded.outcome, amount_fen = excluded.amount_fen, city_code = excluded.city_code`,
  )
}

export async function findDecision(db: Database, id: string): Promise<DecisionRow | undefined> {
  const [row] = await db.select().from(policyDecisions).where(eq(policyDecisions.id, id))
  return row
}

export interface MatchRow {
  itemId: string
  decisionId: string
  outcome: 'qualified'
  amountFen: number
  trace: DecisionTrace
  decidedAt: Date
}

/** A firm's current qualifications, with their traces. */
export async function matchesOfFirm(db: Database, firmId: string, limit: number): Promise<MatchRow[]> {
  const rows = await db
    .select({
      itemId: policyCurrentDecisions.itemId,
      decisionId: policyDecisions.id,
      outcome: policyDecisions.outcome,
      amountFen: policyDecisions.amountFen,
      trace: policyDecisions.trace,
      decidedAt: policyDecisions.decidedAt,
    })
    .from(policyCurrentDecisions)
    .innerJoin(policyDecisions, eq(policyDecisions.id, policyCurrentDecisions.decisionId))
    .where(
      sql`${policyCurrentDecisions.firmId} = ${firmId} AND ${policyCurrentDecisions.outcome} = 'qualified'`,
    )
    .orderBy(desc(policyDecisions.amountFen))
    .limit(limit)
  return rows.map((row) => ({ ...row, outcome: 'qualified' as const }))
}
