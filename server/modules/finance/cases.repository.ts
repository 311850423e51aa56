// SQL of workstation cases and their notes.
import { asc, eq } from 'drizzle-orm'
import type { Database } from '../../db/client'
import { equalsWhenGiven } from '../../db/conditions'
import { pageWhere } from '../../db/search'
import { financeCaseNotes, financeCases } from './finance.tables'

export type CaseRow = typeof financeCases.$inferSelect
export type CaseNoteRow = typeof financeCaseNotes.$inferSelect

export async function insertCase(db: Database, row: typeof financeCases.$inferInsert): Promise<CaseRow> {
  const [inserted] = await db.insert(financeCases).values(row).returning()
  if (inserted === undefined) throw new Error('case insert returned no row')
  return inserted
}

export async function findCase(db: Database, id: string): Promise<CaseRow | undefined> {
  const [row] = await db.select().from(financeCases).where(eq(financeCases.id, id)).limit(1)
  return row
}

export async function lockCase(db: Database, id: string): Promise<CaseRow | undefined> {
  const [row] = await db.select().from(financeCases).where(eq(financeCases.id, id)).for('update')
  return row
}

export async function updateCase(
  db: Database,
  id: string,
  changes: Partial<typeof financeCases.$inferInsert>,
) {
  const [updated] = await db
    .update(financeCases)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(financeCases.id, id))
    .returning()
  if (updated === undefined) throw new Error(`case ${id} vanished`)
  return updated
}

export function listCases(
  db: Database,
  filter: { cityCode?: string | undefined; stage?: string | undefined; firmId?: string | undefined },
  cursor: string | null,
  limit: number,
) {
  return db
    .select()
    .from(financeCases)
    .where(
      pageWhere(financeCases.id, cursor, [
        equalsWhenGiven(financeCases.cityCode, filter.cityCode),
        equalsWhenGiven(financeCases.stage, filter.stage),
        equalsWhenGiven(financeCases.firmId, filter.firmId),
      ]),
    )
    .orderBy(asc(financeCases.id))
    .limit(limit + 1)
}

export async function insertCaseNote(db: Database, row: typeof financeCaseNotes.$inferInsert) {
  await db.insert(financeCaseNotes).values(row)
}

export function caseNotes(db: Database, caseId: string, limit: number) {
  return db
    .select()
    .from(financeCaseNotes)
    .where(eq(financeCaseNotes.caseId, caseId))
    .orderBy(asc(financeCaseNotes.createdAt))
    .limit(limit)
}
