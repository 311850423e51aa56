// SQL of one-stop cases: filing with their materials, locking for a move, the queues and the clock's reads.
import { and, asc, desc, eq, getTableColumns, gt, inArray, lt, lte, sql, type SQL } from 'drizzle-orm'
import { queryRows, type Database } from '../../db/client'
import { equalsWhenGiven } from '../../db/conditions'
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
  number?: string | undefined
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
    equalsWhenGiven(serviceCases.number, filter.number),
    filter.overdueOn !== undefined
      ? and(eq(serviceCases.clockState, 'running'), lt(serviceCases.dueOn, filter.overdueOn))
      : undefined,
  ]
}

/** The order of a list and where its page starts: a history, newest first; an intake queue, oldest first (both
 * keyset on the time-ordered id); a deciding queue, soonest due first, keyset on (due day, id). */
export type CaseOrder =
  | { kind: 'newest'; before: string | null }
  | { kind: 'oldest'; after: string | null }
  | { kind: 'due'; after: { dueOn: string; id: string } | null }

function orderingOf(order: CaseOrder): { keyset: SQL | undefined; by: SQL[] } {
  switch (order.kind) {
    case 'newest':
      return {
        keyset: order.before !== null ? lt(serviceCases.id, order.before) : undefined,
        by: [desc(serviceCases.id)],
      }
    case 'oldest':
      return {
        keyset: order.after !== null ? gt(serviceCases.id, order.after) : undefined,
        by: [asc(serviceCases.id)],
      }
    case 'due':
      return {
        keyset:
          order.after === null
            ? undefined
            : sql`(${serviceCases.dueOn}, ${serviceCases.id}) > (${order.after.dueOn}::date, ${order.after.id})`,
        by: [asc(serviceCases.dueOn), asc(serviceCases.id)],
      }
  }
}

/**
 * A page of cases (`limit` + 1 rows, to tell whether more follow) and how many the filter holds, counted up to
 * `countMax`, in one statement: the queues are read all day and the count rides along as a subquery.
 */
export async function listCasePage(
  db: Database,
  filter: CaseFilter,
  order: CaseOrder,
  limit: number,
  countMax: number,
): Promise<{ rows: CaseRow[]; total: number }> {
  const matching = and(...conditionsOf(filter))
  const { keyset, by } = orderingOf(order)
  const counted = await db
    .select({
      found: serviceCases,
      total: sql<number>`(SELECT count(*) FROM (SELECT 1 FROM service_cases WHERE ${matching ?? sql`TRUE`}
          LIMIT ${countMax}) AS bounded)`.mapWith(Number),
    })
    .from(serviceCases)
    .where(and(matching, keyset))
    .orderBy(...by)
    .limit(limit + 1)
  const first = counted[0]
  // a page past the last case has no row to carry the count
  const total = first !== undefined ? first.total : await countCases(db, filter, countMax)
  return { rows: counted.map((row) => row.found), total }
}

/** How many cases a filter holds, counted up to `countMax`. */
export async function countCases(db: Database, filter: CaseFilter, countMax: number): Promise<number> {
  const rows = await queryRows<{ count: string | number }>(
    db,
    sql`SELECT count(*) AS count FROM (SELECT 1 FROM service_cases WHERE ${and(...conditionsOf(filter)) ?? sql`TRUE`}
        LIMIT ${countMax}) AS bounded`,
  )
  return Number(rows[0]?.count ?? 0)
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
