// SQL for the corridor's organisations: firms, financial institutions and service providers.
import { asc, eq, getTableColumns, sql } from 'drizzle-orm'
import type { Database } from '../../db/client'
import { equalsWhenGiven } from '../../db/conditions'
import { recordsOf } from '../../db/records'
import { matchesSearch } from '../../db/search'
import { numberStartsWith, sortedList } from '../../db/sorted'
import type { AnyPgColumn } from 'drizzle-orm/pg-core'
import type { SortedPageRequest } from '../../platform/http/list'
import { creditCodePrefixOf } from './credit-code'
import { firms, industries, institutions, parks, providers, searchGenerations } from './registry.tables'

export type FirmRow = typeof firms.$inferSelect
export type InstitutionRow = typeof institutions.$inferSelect
export type ProviderRow = typeof providers.$inferSelect

const firmRecords = recordsOf(firms, firms.id)
export const findFirm = firmRecords.find
export const updateFirm = firmRecords.update

const institutionRecords = recordsOf(institutions, institutions.id)
export const findInstitution = institutionRecords.find
export const insertInstitution = institutionRecords.insert
export const updateInstitution = institutionRecords.update

const providerRecords = recordsOf(providers, providers.id)
export const findProvider = providerRecords.find
export const updateProvider = providerRecords.update

export interface FirmFilter {
  q?: string | undefined
  city?: string | undefined
  industry?: string | undefined
  park?: string | undefined
  stage?: string | undefined
  size?: string | undefined
  leading?: boolean | undefined
  highTech?: boolean | undefined
}

/** The columns the firm list sorts by (FirmQuery's sort). */
export const firmSortColumns = {
  nameZh: firms.nameZh,
  nameEn: firms.nameEn,
  foundedOn: firms.foundedOn,
}
export type FirmSortKey = keyof typeof firmSortColumns
export const firmSortKeys = Object.keys(firmSortColumns) as FirmSortKey[]

/** A firm as its list shows it: with its industry's and park's names, read in the list's own statement. */
export interface FirmListRow extends FirmRow {
  industryNameZh: string
  industryNameEn: string
  parkNameZh: string | null
  parkNameEn: string | null
}

function selectNamedFirms(db: Database) {
  return db
    .select({
      ...getTableColumns(firms),
      industryNameZh: industries.nameZh,
      industryNameEn: industries.nameEn,
      parkNameZh: parks.nameZh,
      parkNameEn: parks.nameEn,
    })
    .from(firms)
    .innerJoin(industries, eq(industries.code, firms.industryCode))
    .leftJoin(parks, eq(parks.id, firms.parkId))
}

/** A term shaped like a credit code finds codes that begin with it (an index); any other term finds names. */
function searchCondition(searchText: AnyPgColumn, creditCode: AnyPgColumn, q: string | undefined) {
  const prefix = creditCodePrefixOf(q)
  return prefix === undefined ? matchesSearch(searchText, q) : numberStartsWith(creditCode, prefix)
}

function firmConditions(filter: FirmFilter) {
  return [
    searchCondition(firms.searchText, firms.creditCode, filter.q),
    equalsWhenGiven(firms.cityCode, filter.city),
    equalsWhenGiven(firms.industryCode, filter.industry),
    equalsWhenGiven(firms.parkId, filter.park),
    equalsWhenGiven(firms.stage, filter.stage),
    equalsWhenGiven(firms.size, filter.size),
    equalsWhenGiven(firms.isLeading, filter.leading),
    equalsWhenGiven(firms.isHighTech, filter.highTech),
  ]
}

/** One sorted page of firms with their names, and how many match, counted up to the request's bound. */
export async function listFirms(
  db: Database,
  filter: FirmFilter,
  page: SortedPageRequest<FirmSortKey>,
): Promise<{ rows: FirmListRow[]; total: number }> {
  const conditions = firmConditions(filter)
  return sortedList(
    db,
    { select: selectNamedFirms(db).$dynamic(), table: firms, sortColumns: firmSortColumns, id: firms.id },
    page,
    conditions,
  )
}

/** The write counter of the firms table; it changes with every committed write. */
export async function readFirmsGeneration(db: Database): Promise<number> {
  const [row] = await db
    .select({ generation: searchGenerations.generation })
    .from(searchGenerations)
    .where(eq(searchGenerations.tableName, 'firms'))
  return row?.generation ?? 0
}

/** A firm as the search picture holds it: its list row and its place in each of the list's orders. */
export interface FirmPictureRow extends FirmListRow {
  ranks: Record<FirmSortKey, number>
}

/**
 * Every firm in id order with its names, at most `firmsMax`, for the in-memory search picture; with each firm's rank
 * in each sortable order as the database orders it (its collation), so the picture pages exactly as the SQL does.
 */
export async function listFirmsForSearch(db: Database, firmsMax: number): Promise<FirmPictureRow[]> {
  const rankIn = (column: (typeof firmSortColumns)[FirmSortKey]) =>
    sql<number>`(row_number() OVER (ORDER BY ${column}, ${firms.id}))::integer`
  const rows = await db
    .select({
      ...getTableColumns(firms),
      industryNameZh: industries.nameZh,
      industryNameEn: industries.nameEn,
      parkNameZh: parks.nameZh,
      parkNameEn: parks.nameEn,
      nameZhRank: rankIn(firms.nameZh),
      nameEnRank: rankIn(firms.nameEn),
      foundedOnRank: rankIn(firms.foundedOn),
    })
    .from(firms)
    .innerJoin(industries, eq(industries.code, firms.industryCode))
    .leftJoin(parks, eq(parks.id, firms.parkId))
    .orderBy(asc(firms.id))
    .limit(firmsMax)
  return rows.map(({ nameZhRank, nameEnRank, foundedOnRank, ...row }) => ({
    ...row,
    ranks: { nameZh: Number(nameZhRank), nameEn: Number(nameEnRank), foundedOn: Number(foundedOnRank) },
  }))
}

export async function insertFirm(db: Database, row: typeof firms.$inferInsert): Promise<FirmRow | undefined> {
  const [inserted] = await db
    .insert(firms)
    .values(row)
    .onConflictDoNothing({ target: firms.creditCode })
    .returning()
  return inserted
}

/** The columns the institution list sorts by (InstitutionQuery's sort). */
export const institutionSortColumns = {
  nameZh: institutions.nameZh,
  nameEn: institutions.nameEn,
  joinedOn: institutions.joinedOn,
}
export type InstitutionSortKey = keyof typeof institutionSortColumns

/** One sorted page of institutions and how many match, counted up to the request's bound. */
export async function listInstitutions(
  db: Database,
  filter: { q?: string | undefined; city?: string | undefined; kind?: string | undefined },
  page: SortedPageRequest<InstitutionSortKey>,
): Promise<{ rows: InstitutionRow[]; total: number }> {
  const conditions = [
    matchesSearch(institutions.searchText, filter.q),
    equalsWhenGiven(institutions.cityCode, filter.city),
    equalsWhenGiven(institutions.kind, filter.kind),
  ]
  return sortedList(
    db,
    {
      select: db.select().from(institutions).$dynamic(),
      table: institutions,
      sortColumns: institutionSortColumns,
      id: institutions.id,
    },
    page,
    conditions,
  )
}

/** The columns the provider list sorts by (ProviderQuery's sort). */
export const providerSortColumns = {
  nameZh: providers.nameZh,
  nameEn: providers.nameEn,
  admissionStatus: providers.admissionStatus,
  admissionUpdatedOn: providers.admissionUpdatedOn,
}
export type ProviderSortKey = keyof typeof providerSortColumns

/** One sorted page of providers and how many match; a term shaped like a credit code finds codes beginning so. */
export async function listProviders(
  db: Database,
  filter: {
    q?: string | undefined
    city?: string | undefined
    kind?: string | undefined
    status?: string | undefined
  },
  page: SortedPageRequest<ProviderSortKey>,
): Promise<{ rows: ProviderRow[]; total: number }> {
  const conditions = [
    searchCondition(providers.searchText, providers.creditCode, filter.q),
    equalsWhenGiven(providers.cityCode, filter.city),
    equalsWhenGiven(providers.kind, filter.kind),
    equalsWhenGiven(providers.admissionStatus, filter.status),
  ]
  return sortedList(
    db,
    {
      select: db.select().from(providers).$dynamic(),
      table: providers,
      sortColumns: providerSortColumns,
      id: providers.id,
    },
    page,
    conditions,
  )
}

export async function insertProvider(db: Database, row: typeof providers.$inferInsert) {
  const [inserted] = await db
    .insert(providers)
    .values(row)
    .onConflictDoNothing({ target: providers.creditCode })
    .returning()
  return inserted
}
