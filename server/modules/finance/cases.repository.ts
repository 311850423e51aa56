// SQL of workstation cases and their notes. A listed case carries its firm's and officer's names, joined in the same
// statement (the registry's published view, the platform's users), so that a board never looks names up per card.
import { and, asc, count, desc, eq, getTableColumns, lt, ne, sql, type SQL } from 'drizzle-orm'
import type { Database } from '../../db/client'
import { equalsEachGiven } from '../../db/conditions'
import { recordsOf } from '../../db/records'
import { users } from '../../platform/identity/identity.tables'
import { financeCaseNotes, financeCases } from './finance.tables'

export type CaseRow = typeof financeCases.$inferSelect
export type CaseNoteRow = typeof financeCaseNotes.$inferSelect

const cases = recordsOf(financeCases, financeCases.id)
export const insertCase = cases.insert
export const findCase = cases.find
export const lockCase = cases.lock
export const updateCase = cases.change

/** Which cases a board shows: a city's, of one stage, firm or officer, and only those past their due day. */
export interface CaseFilter {
  cityCode?: string | undefined
  stage?: string | undefined
  firmId?: string | undefined
  officerUserId?: string | undefined
  /** today (Asia/Shanghai): only open cases due before it */
  overdueBefore?: string | undefined
}

function caseConditions(filter: CaseFilter): (SQL | undefined)[] {
  return [
    ...equalsEachGiven(financeCases, filter, ['cityCode', 'stage', 'firmId', 'officerUserId']),
    filter.overdueBefore === undefined
      ? undefined
      : and(lt(financeCases.dueOn, filter.overdueBefore), ne(financeCases.stage, 'closed')),
  ]
}

const namedCaseColumns = {
  ...getTableColumns(financeCases),
  // the registry's published view, by its firm's key: one index probe a row
  firmNameZh: sql<
    string | null
  >`(SELECT f.name_zh FROM registry_firm_facts f WHERE f.id = ${financeCases.firmId})`,
  firmNameEn: sql<
    string | null
  >`(SELECT f.name_en FROM registry_firm_facts f WHERE f.id = ${financeCases.firmId})`,
  officerNameZh: users.displayNameZh,
  officerNameEn: users.displayNameEn,
}

function namedCases(db: Database) {
  return db
    .select(namedCaseColumns)
    .from(financeCases)
    .leftJoin(users, eq(users.id, financeCases.officerUserId))
    .$dynamic()
}

export type NamedCaseRow = Awaited<ReturnType<typeof listCases>>[number]

/** One keyset page, newest first: a board column shows the cases just opened or moved in at its top. */
export function listCases(db: Database, filter: CaseFilter, after: string | null, limit: number) {
  return namedCases(db)
    .where(and(...caseConditions(filter), after === null ? undefined : lt(financeCases.id, after)))
    .orderBy(desc(financeCases.id))
    .limit(limit + 1)
}

export async function findNamedCase(db: Database, id: string): Promise<NamedCaseRow | undefined> {
  const [row] = await namedCases(db).where(eq(financeCases.id, id)).limit(1)
  return row
}

/** How many cases each stage holds under the filter (its stage aside), in one statement. */
export function countCasesByStage(db: Database, filter: CaseFilter) {
  return db
    .select({ stage: financeCases.stage, count: count() })
    .from(financeCases)
    .where(and(...caseConditions({ ...filter, stage: undefined })))
    .groupBy(financeCases.stage)
}

/** The officers who hold cases under the filter (stage and officer aside), busiest first, at most `limit`. */
export function caseOfficers(db: Database, filter: CaseFilter, limit: number) {
  return db
    .select({
      id: financeCases.officerUserId,
      nameZh: users.displayNameZh,
      nameEn: users.displayNameEn,
      count: count(),
    })
    .from(financeCases)
    .leftJoin(users, eq(users.id, financeCases.officerUserId))
    .where(and(...caseConditions({ ...filter, stage: undefined, officerUserId: undefined })))
    .groupBy(financeCases.officerUserId, users.displayNameZh, users.displayNameEn)
    .orderBy(desc(count()), asc(financeCases.officerUserId))
    .limit(limit)
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
