// SQL of workstation cases and their notes.
import { asc, eq } from 'drizzle-orm'
import type { Database } from '../../db/client'
import { equalsEachGiven } from '../../db/conditions'
import { recordsOf } from '../../db/records'
import { financeCaseNotes, financeCases } from './finance.tables'

export type CaseRow = typeof financeCases.$inferSelect
export type CaseNoteRow = typeof financeCaseNotes.$inferSelect

const cases = recordsOf(financeCases, financeCases.id)
export const insertCase = cases.insert
export const findCase = cases.find
export const lockCase = cases.lock
export const updateCase = cases.change

export function listCases(
  db: Database,
  filter: { cityCode?: string | undefined; stage?: string | undefined; firmId?: string | undefined },
  after: string | null,
  limit: number,
) {
  return cases.page(db, { after, limit }, [
    ...equalsEachGiven(financeCases, filter, ['cityCode', 'stage', 'firmId']),
  ])
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
