// SQL of the service catalogue: items, their versions, the departments and materials they name.
import { and, asc, desc, eq, isNotNull, isNull, sql, type SQL } from 'drizzle-orm'
import type { Database } from '../../db/client'
import { equalsWhenGiven } from '../../db/conditions'
import { matchesSearch } from '../../db/search'
import { sortedList } from '../../db/sorted'
import type { SortedPageRequest } from '../../platform/http/list'
import { serviceDepartments, serviceItems, serviceItemVersions, serviceMaterials } from './services.tables'

export type ItemRow = typeof serviceItems.$inferSelect
export type NewItem = typeof serviceItems.$inferInsert
export type ItemVersionRow = typeof serviceItemVersions.$inferSelect
export type ItemSnapshot = ItemVersionRow['snapshot']

export async function countItems(db: Database): Promise<number> {
  const [row] = await db.select({ count: sql<number>`count(*)::integer` }).from(serviceItems)
  return row?.count ?? 0
}

/** Inserts reference rows that are missing; existing ones (possibly edited by the office) are left alone. */
export async function insertReference(
  db: Database,
  departments: (typeof serviceDepartments.$inferInsert)[],
  materials: (typeof serviceMaterials.$inferInsert)[],
) {
  await db.insert(serviceDepartments).values(departments).onConflictDoNothing()
  await db.insert(serviceMaterials).values(materials).onConflictDoNothing()
}

export async function insertItem(
  db: Database,
  row: NewItem,
  snapshot: ItemSnapshot,
  changedByUserId: string | null,
  note: string,
) {
  await db.insert(serviceItems).values(row)
  await db.insert(serviceItemVersions).values({
    code: row.code,
    version: row.version,
    snapshot,
    changedByUserId,
    changeNote: note,
  })
}

export async function findItem(db: Database, code: string): Promise<ItemRow | undefined> {
  const [row] = await db.select().from(serviceItems).where(eq(serviceItems.code, code)).limit(1)
  return row
}

export async function lockItem(db: Database, code: string): Promise<ItemRow | undefined> {
  const [row] = await db.select().from(serviceItems).where(eq(serviceItems.code, code)).for('update')
  return row
}

export async function setItemActive(db: Database, code: string, isActive: boolean): Promise<ItemRow> {
  const [updated] = await db
    .update(serviceItems)
    .set({ isActive, updatedAt: new Date() })
    .where(eq(serviceItems.code, code))
    .returning()
  if (updated === undefined) throw new Error(`item ${code} vanished`)
  return updated
}

/** Replaces the current version and records it among the versions; the caller holds the item's lock. */
export async function updateItem(
  db: Database,
  code: string,
  row: Omit<NewItem, 'code' | 'createdAt'>,
  snapshot: ItemSnapshot,
  changedByUserId: string,
  note: string,
): Promise<ItemRow> {
  const [updated] = await db
    .update(serviceItems)
    .set({ ...row, updatedAt: new Date() })
    .where(eq(serviceItems.code, code))
    .returning()
  if (updated === undefined) throw new Error(`item ${code} vanished`)
  await db
    .insert(serviceItemVersions)
    .values({ code, version: row.version, snapshot, changedByUserId, changeNote: note })
  return updated
}

export async function findVersion(
  db: Database,
  code: string,
  version: number,
): Promise<ItemVersionRow | undefined> {
  const [row] = await db
    .select()
    .from(serviceItemVersions)
    .where(and(eq(serviceItemVersions.code, code), eq(serviceItemVersions.version, version)))
    .limit(1)
  return row
}

export function versionsOf(db: Database, code: string, limit: number): Promise<ItemVersionRow[]> {
  return db
    .select()
    .from(serviceItemVersions)
    .where(eq(serviceItemVersions.code, code))
    .orderBy(desc(serviceItemVersions.version))
    .limit(limit)
}

export interface ItemFilter {
  search?: string | undefined
  cityCode?: string | undefined
  mode?: string | undefined
  departmentCode?: string | undefined
  category?: string | undefined
  endsInLicence?: boolean | undefined
  includeInactive?: boolean | undefined
}

/** The columns the catalogue sorts by (ItemQuery's sort); the code breaks ties, as it is the item's key. */
export const itemSortColumns = {
  code: serviceItems.code,
  promisedDays: serviceItems.promisedDays,
  feeFen: serviceItems.feeFen,
}
export type ItemSortKey = keyof typeof itemSortColumns

/** One sorted page of the catalogue and how many items match, counted up to the request's bound. */
export async function listItems(
  db: Database,
  filter: ItemFilter,
  page: SortedPageRequest<ItemSortKey>,
): Promise<{ rows: ItemRow[]; total: number }> {
  const conditions: (SQL | undefined)[] = [
    matchesSearch(serviceItems.searchText, filter.search),
    equalsWhenGiven(serviceItems.competentCityCode, filter.cityCode),
    equalsWhenGiven(serviceItems.mode, filter.mode),
    equalsWhenGiven(serviceItems.departmentCode, filter.departmentCode),
    equalsWhenGiven(serviceItems.category, filter.category),
    filter.endsInLicence === undefined
      ? undefined
      : filter.endsInLicence
        ? isNotNull(serviceItems.licenceType)
        : isNull(serviceItems.licenceType),
    filter.includeInactive === true ? undefined : eq(serviceItems.isActive, true),
  ]
  return sortedList(
    db,
    {
      select: db.select().from(serviceItems).$dynamic(),
      table: serviceItems,
      sortColumns: itemSortColumns,
      id: serviceItems.code,
    },
    page,
    conditions,
  )
}

export function listDepartments(db: Database) {
  return db.select().from(serviceDepartments).orderBy(asc(serviceDepartments.code)).limit(200)
}

export function listMaterials(db: Database) {
  return db.select().from(serviceMaterials).orderBy(asc(serviceMaterials.code)).limit(500)
}
