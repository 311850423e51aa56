// SQL of one-stop cases: filing with their materials, locking for a move, the queues and the clock's reads.
import { and, asc, eq, getTableColumns, gt, inArray, lt, lte, sql, type SQL } from 'drizzle-orm'
import type { Database } from '../../db/client'
import { equalsWhenGiven } from '../../db/conditions'
import { boundedCount, numberStartsWith, sortedPage } from '../../db/sorted'
import type { SortedPageRequest } from '../../platform/http/list'
import {
  serviceCaseCounters,
  serviceCaseEvents,
  serviceCaseFiles,
  serviceCaseMaterials,
  serviceCases,
} from './services.tables'

export type CaseRow = typeof serviceCases.$inferSelect
export type NewCase = typeof serviceCases.$inferInsert
export type CaseMaterialRow = typeof serviceCaseMaterials.$inferSelect
export type NewCaseMaterial = typeof serviceCaseMaterials.$inferInsert
export type CaseEventRow = typeof serviceCaseEvents.$inferSelect

export async function nextCaseSerial(db: Database, cityCode: string, year: number): Promise<number> {
  const [row] = await db
    .insert(serviceCaseCounters)
    .values({ cityCode, year, lastSerial: 1 })
    .onConflictDoUpdate({
      target: [serviceCaseCounters.cityCode, serviceCaseCounters.year],
      set: { lastSerial: sql`${serviceCaseCounters.lastSerial} + 1` },
    })
    .returning({ lastSerial: serviceCaseCounters.lastSerial })
  if (row === undefined) throw new Error('case number counter returned nothing')
  return row.lastSerial
}

export async function insertCase(db: Database, row: NewCase): Promise<CaseRow> {
  const [inserted] = await db.insert(serviceCases).values(row).returning()
  if (inserted === undefined) throw new Error('case insert returned nothing')
  return inserted
}

/** A material with its file's content, when it is an upload. */
/** A case's materials in one statement and their files' bytes in another; the stored rows as materialsOf orders them. */
export async function insertMaterials(
  db: Database,
  materials: readonly { row: NewCaseMaterial; content: Uint8Array | null }[],
): Promise<CaseMaterialRow[]> {
  if (materials.length === 0) return []
  const stored = await db
    .insert(serviceCaseMaterials)
    .values(materials.map(({ row }) => row))
    .returning()
  const files = materials.flatMap(({ row, content }) =>
    content !== null && row.id !== undefined ? [{ materialId: row.id, content }] : [],
  )
  if (files.length > 0) await db.insert(serviceCaseFiles).values(files)
  return stored.sort(
    (left, right) =>
      left.addedAt.getTime() - right.addedAt.getTime() ||
      (left.id < right.id ? -1 : left.id > right.id ? 1 : 0),
  )
}

export async function findCase(db: Database, id: string): Promise<CaseRow | undefined> {
  const [row] = await db.select().from(serviceCases).where(eq(serviceCases.id, id)).limit(1)
  return row
}

export async function findCaseByNumber(db: Database, number: string): Promise<CaseRow | undefined> {
  const [row] = await db.select().from(serviceCases).where(eq(serviceCases.number, number)).limit(1)
  return row
}

export async function lockCase(db: Database, id: string): Promise<CaseRow | undefined> {
  const [row] = await db.select().from(serviceCases).where(eq(serviceCases.id, id)).for('update')
  return row
}

export async function updateCase(db: Database, id: string, changes: Partial<NewCase>): Promise<CaseRow> {
  const [updated] = await db
    .update(serviceCases)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(serviceCases.id, id))
    .returning()
  if (updated === undefined) throw new Error(`case ${id} vanished`)
  return updated
}

export function materialsOf(db: Database, caseId: string, limit: number): Promise<CaseMaterialRow[]> {
  return db
    .select()
    .from(serviceCaseMaterials)
    .where(eq(serviceCaseMaterials.caseId, caseId))
    .orderBy(asc(serviceCaseMaterials.addedAt), asc(serviceCaseMaterials.id))
    .limit(limit)
}

export async function fileOf(db: Database, caseId: string, materialId: string) {
  const [row] = await db
    .select({ ...getTableColumns(serviceCaseMaterials), content: serviceCaseFiles.content })
    .from(serviceCaseMaterials)
    .innerJoin(serviceCaseFiles, eq(serviceCaseFiles.materialId, serviceCaseMaterials.id))
    .where(and(eq(serviceCaseMaterials.caseId, caseId), eq(serviceCaseMaterials.id, materialId)))
    .limit(1)
  return row
}

export async function insertEvent(db: Database, row: typeof serviceCaseEvents.$inferInsert): Promise<void> {
  await db.insert(serviceCaseEvents).values(row)
}

export function eventsOf(db: Database, caseId: string, limit: number): Promise<CaseEventRow[]> {
  return db
    .select()
    .from(serviceCaseEvents)
    .where(eq(serviceCaseEvents.caseId, caseId))
    .orderBy(asc(serviceCaseEvents.occurredAt), asc(serviceCaseEvents.id))
    .limit(limit)
}

export interface CaseFilter {
  windowCityCode?: string | undefined
  competentCityCode?: string | undefined
  firmId?: string | undefined
  applicantUserId?: string | undefined
  statuses?: readonly string[] | undefined
  itemCode?: string | undefined
  /** the case number people quote, or its beginning */
  q?: string | undefined
  /** the clock runs and the due day has passed */
  overdueOn?: string | undefined
}

function conditionsOf(filter: CaseFilter): (SQL | undefined)[] {
  return [
    equalsWhenGiven(serviceCases.windowCityCode, filter.windowCityCode),
    equalsWhenGiven(serviceCases.competentCityCode, filter.competentCityCode),
    equalsWhenGiven(serviceCases.firmId, filter.firmId),
    equalsWhenGiven(serviceCases.applicantUserId, filter.applicantUserId),
    filter.statuses !== undefined ? inArray(serviceCases.status, [...filter.statuses]) : undefined,
    equalsWhenGiven(serviceCases.itemCode, filter.itemCode),
    numberStartsWith(serviceCases.number, filter.q),
    filter.overdueOn !== undefined
      ? and(eq(serviceCases.clockState, 'running'), lt(serviceCases.dueOn, filter.overdueOn))
      : undefined,
  ]
}

/** The columns a case list sorts by (CaseQuery's sort). */
export const caseSortColumns = {
  submittedAt: serviceCases.submittedAt,
  dueOn: serviceCases.dueOn,
  status: serviceCases.status,
}
export type CaseSortKey = keyof typeof caseSortColumns

/** A due day as a cursor holds it: the day, or '' for a clock not started yet (no due day). */
export const noDueDay = ''

/**
 * "After the cursor" by due day. A case has no due day until the window accepts it, and a row comparison with a
 * null is never true, so the nulls are placed as PostgreSQL orders them: last ascending, first descending.
 */
function afterDueDay(after: SortedPageRequest['after'], descending: boolean): SQL | undefined {
  if (after === null) return undefined
  const { dueOn, id } = serviceCases
  const day = after.value === noDueDay ? null : String(after.value)
  if (descending) {
    return day === null
      ? sql`(${dueOn} IS NOT NULL OR ${id} < ${after.id})`
      : sql`(${dueOn}, ${id}) < (${day}::date, ${after.id})`
  }
  return day === null
    ? sql`(${dueOn} IS NULL AND ${id} > ${after.id})`
    : sql`((${dueOn}, ${id}) > (${day}::date, ${after.id}) OR ${dueOn} IS NULL)`
}

/** One sorted page of cases (`limit` + 1 rows, to tell whether more follow) and how many match, up to the bound. */
export async function listCases(
  db: Database,
  filter: CaseFilter,
  page: SortedPageRequest<CaseSortKey>,
): Promise<{ rows: CaseRow[]; total: number }> {
  const conditions = conditionsOf(filter)
  const byDueDay = page.order.key === 'dueOn'
  const keyset = {
    column: caseSortColumns[page.order.key],
    id: serviceCases.id,
    descending: page.order.descending,
    after: byDueDay ? null : page.after,
    limit: page.limit,
  }
  const after = byDueDay ? afterDueDay(page.after, page.order.descending) : undefined
  const [rows, total] = await Promise.all([
    sortedPage(db.select().from(serviceCases).$dynamic(), keyset, [...conditions, after]),
    boundedCount(db, serviceCases, conditions, page.countMax),
  ])
  return { rows, total }
}

/** Running clocks due on or before `day` (warnings: one working day ahead) and not yet warned, at most `limit`. */
export function lockDueSoon(db: Database, day: string, limit: number) {
  return db
    .select()
    .from(serviceCases)
    .where(
      and(
        eq(serviceCases.clockState, 'running'),
        lte(serviceCases.dueOn, day),
        sql`${serviceCases.warnedAt} IS NULL`,
      ),
    )
    .orderBy(asc(serviceCases.dueOn), asc(serviceCases.id))
    .limit(limit)
    .for('update', { skipLocked: true })
}

/** Running clocks past their due day and not yet escalated, at most `limit`. */
export function lockOverdue(db: Database, today: string, limit: number) {
  return db
    .select()
    .from(serviceCases)
    .where(
      and(
        eq(serviceCases.clockState, 'running'),
        lt(serviceCases.dueOn, today),
        sql`${serviceCases.escalatedAt} IS NULL`,
      ),
    )
    .orderBy(asc(serviceCases.dueOn), asc(serviceCases.id))
    .limit(limit)
    .for('update', { skipLocked: true })
}

/** Running clocks whose due day may move with a calendar change from `firstDay` on, at most `limit`. */
export function lockRunningFrom(db: Database, firstDay: string, afterId: string | null, limit: number) {
  return db
    .select()
    .from(serviceCases)
    .where(
      and(
        eq(serviceCases.clockState, 'running'),
        sql`${serviceCases.dueOn} >= ${firstDay}::date`,
        afterId !== null ? gt(serviceCases.id, afterId) : undefined,
      ),
    )
    .orderBy(asc(serviceCases.id))
    .limit(limit)
    .for('update')
}

/** An approved case of the applicant whose item ends in a licence of the type: a licence the applicant holds. */
export async function findApprovedWithLicence(
  db: Database,
  caseId: string,
  licenceType: string,
  applicant: { firmId: string | null; userId: string },
): Promise<CaseRow | undefined> {
  const [row] = await db
    .select()
    .from(serviceCases)
    .where(
      and(
        eq(serviceCases.id, caseId),
        eq(serviceCases.status, 'approved'),
        eq(serviceCases.licenceType, licenceType),
        applicant.firmId !== null
          ? eq(serviceCases.firmId, applicant.firmId)
          : eq(serviceCases.applicantUserId, applicant.userId),
      ),
    )
    .limit(1)
  return row
}
