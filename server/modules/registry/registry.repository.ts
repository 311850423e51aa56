// SQL for the corridor's structure: cities, industries, parks, alliances and the summary figures.
import { and, asc, count, eq, getTableColumns, inArray, sql } from 'drizzle-orm'
import { queryRows, type Database } from '../../db/client'
import { sortedList } from '../../db/sorted'
import type { SortedPageRequest } from '../../platform/http/list'
import {
  alliances,
  allianceMembers,
  cities,
  firms,
  industries,
  institutions,
  parks,
  providers,
} from './registry.tables'
import { equalsWhenGiven } from '../../db/conditions'
import { recordsOf } from '../../db/records'
import { matchesSearch } from '../../db/search'

export type CityRow = typeof cities.$inferSelect
export type IndustryRow = typeof industries.$inferSelect
export type ParkRow = typeof parks.$inferSelect
export type AllianceRow = typeof alliances.$inferSelect

export function listCities(db: Database): Promise<CityRow[]> {
  return db.select().from(cities).orderBy(asc(cities.code))
}

const cityRecords = recordsOf(cities, cities.code)
export const findCity = cityRecords.find
export const updateCity = cityRecords.update

export interface CityFigures {
  parks: number
  demonstrationParks: number
  highTechFirms: number
  leadingFirms: number
  institutions: number
  providers: number
}

/** Every city's figures in one round trip. */
export async function cityFigures(db: Database): Promise<Map<string, CityFigures>> {
  const rows = await queryRows<Record<string, number | string>>(
    db,
    sql`SELECT c.code,
      (SELECT count(*) FROM ${parks} WHERE ${parks.cityCode} = c.code) AS parks,
      (SELECT count(*) FROM ${parks} WHERE ${parks.cityCode} = c.code AND ${parks.isDemonstrationPark}) AS demonstration_parks,
      (SELECT count(*) FROM ${firms} WHERE ${firms.cityCode} = c.code AND ${firms.isHighTech}) AS high_tech_firms,
      (SELECT count(*) FROM ${firms} WHERE ${firms.cityCode} = c.code AND ${firms.isLeading}) AS leading_firms,
      (SELECT count(*) FROM ${institutions} WHERE ${institutions.cityCode} = c.code) AS institutions,
      (SELECT count(*) FROM ${providers} WHERE ${providers.cityCode} = c.code) AS providers
    FROM ${cities} c`,
  )
  return new Map(
    rows.map((row) => [
      String(row.code),
      {
        parks: Number(row.parks),
        demonstrationParks: Number(row.demonstration_parks),
        highTechFirms: Number(row.high_tech_firms),
        leadingFirms: Number(row.leading_firms),
        institutions: Number(row.institutions),
        providers: Number(row.providers),
      },
    ]),
  )
}

export async function summary(db: Database) {
  const [row] = await queryRows<Record<string, number | string | boolean>>(
    db,
    sql`SELECT
      (SELECT count(*) FROM ${cities}) AS cities,
      (SELECT count(*) FROM ${parks}) AS parks,
      (SELECT count(*) FROM ${parks} WHERE ${parks.isDemonstrationPark}) AS demonstration_parks,
      (SELECT count(*) FROM ${alliances} WHERE ${alliances.isIndustrial}) AS alliances,
      (SELECT count(*) FROM ${firms} WHERE ${firms.isLeading}) AS leading_firms,
      (SELECT count(*) FROM ${firms} WHERE ${firms.isHighTech}) AS high_tech_firms,
      (SELECT count(*) FROM ${firms}) AS firms,
      (SELECT count(*) FROM ${institutions}) AS institutions,
      (SELECT count(*) FROM ${providers}) AS providers,
      EXISTS (SELECT 1 FROM ${firms} WHERE ${firms.isSynthetic}) AS is_synthetic`,
  )
  const number = (key: string) => Number(row?.[key] ?? 0)
  return {
    cities: number('cities'),
    parks: number('parks'),
    demonstrationParks: number('demonstration_parks'),
    alliances: number('alliances'),
    leadingFirms: number('leading_firms'),
    highTechFirms: number('high_tech_firms'),
    firms: number('firms'),
    institutions: number('institutions'),
    providers: number('providers'),
    isSynthetic: row?.is_synthetic === true,
  }
}

export function listIndustries(db: Database, taxonomy: string | undefined): Promise<IndustryRow[]> {
  return db
    .select()
    .from(industries)
    .where(taxonomy !== undefined ? eq(industries.taxonomy, taxonomy) : undefined)
    .orderBy(asc(industries.taxonomy), asc(industries.code))
}

const industryRecords = recordsOf(industries, industries.code)
export const findIndustry = industryRecords.find
export const updateIndustry = industryRecords.update

export async function insertIndustry(db: Database, row: typeof industries.$inferInsert) {
  const [inserted] = await db.insert(industries).values(row).onConflictDoNothing().returning()
  return inserted
}

const parkRecords = recordsOf(parks, parks.id)
export const findPark = parkRecords.find
export const insertPark = parkRecords.insert
export const updatePark = parkRecords.update

/** The columns the park list sorts by (ParkQuery's sort). */
export const parkSortColumns = { nameZh: parks.nameZh, nameEn: parks.nameEn }
export type ParkSortKey = keyof typeof parkSortColumns

/** A park as its list shows it: with its main industry's name, read in the list's own statement. */
export interface ParkListRow extends ParkRow {
  mainIndustryNameZh: string | null
  mainIndustryNameEn: string | null
}

/** One sorted page of parks with their main industry's names, and how many match. */
export async function listParks(
  db: Database,
  filter: { city?: string | undefined; demonstration?: boolean | undefined; q?: string | undefined },
  page: SortedPageRequest<ParkSortKey>,
): Promise<{ rows: ParkListRow[]; total: number }> {
  const conditions = [
    equalsWhenGiven(parks.cityCode, filter.city),
    equalsWhenGiven(parks.isDemonstrationPark, filter.demonstration),
    matchesSearch(parks.searchText, filter.q),
  ]
  const select = db
    .select({
      ...getTableColumns(parks),
      mainIndustryNameZh: industries.nameZh,
      mainIndustryNameEn: industries.nameEn,
    })
    .from(parks)
    .leftJoin(industries, eq(industries.code, parks.mainIndustryCode))
  return sortedList(
    db,
    { select: select.$dynamic(), table: parks, sortColumns: parkSortColumns, id: parks.id },
    page,
    conditions,
  )
}

export type AllianceWithCount = AllianceRow & { memberCount: number }

export async function listAlliancesWithCounts(db: Database): Promise<AllianceWithCount[]> {
  const rows = await db
    .select({ alliance: alliances, memberCount: count(allianceMembers.memberId) })
    .from(alliances)
    .leftJoin(allianceMembers, eq(allianceMembers.allianceId, alliances.id))
    .groupBy(alliances.id)
    .orderBy(asc(alliances.id))
  return rows.map((row) => ({ ...row.alliance, memberCount: row.memberCount }))
}

const allianceRecords = recordsOf(alliances, alliances.id)
export const findAlliance = allianceRecords.find
export const insertAlliance = allianceRecords.insert
export const updateAlliance = allianceRecords.update

export async function insertAllianceMember(db: Database, row: typeof allianceMembers.$inferInsert) {
  const [inserted] = await db.insert(allianceMembers).values(row).onConflictDoNothing().returning()
  return inserted
}

/** A member as its alliance's list shows it: a park or a firm, named, with its city. */
export interface AllianceMemberRow {
  memberId: string
  memberKind: string
  nameZh: string
  nameEn: string
  cityCode: string
  joinedOn: string
}

/** One page of an alliance's members by the day they joined (then member id), parks and firms alike, named. */
export async function listAllianceMembers(
  db: Database,
  allianceId: string,
  kind: 'park' | 'firm' | undefined,
  page: SortedPageRequest<'joinedOn'>,
): Promise<{ rows: AllianceMemberRow[]; total: number }> {
  const conditions = [
    eq(allianceMembers.allianceId, allianceId),
    equalsWhenGiven(allianceMembers.memberKind, kind),
  ]
  const select = db
    .select({
      memberId: allianceMembers.memberId,
      memberKind: allianceMembers.memberKind,
      nameZh: sql<string>`coalesce(${parks.nameZh}, ${firms.nameZh}, '')`,
      nameEn: sql<string>`coalesce(${parks.nameEn}, ${firms.nameEn}, '')`,
      cityCode: sql<string>`coalesce(${parks.cityCode}, ${firms.cityCode}, '')`,
      joinedOn: allianceMembers.joinedOn,
    })
    .from(allianceMembers)
    .leftJoin(parks, and(eq(allianceMembers.memberKind, 'park'), eq(parks.id, allianceMembers.memberId)))
    .leftJoin(firms, and(eq(allianceMembers.memberKind, 'firm'), eq(firms.id, allianceMembers.memberId)))
  return sortedList(
    db,
    {
      select: select.$dynamic(),
      table: allianceMembers,
      sortColumns: { joinedOn: allianceMembers.joinedOn },
      id: allianceMembers.memberId,
    },
    page,
    conditions,
  )
}

export async function existingIds(
  db: Database,
  table: 'parks' | 'firms',
  ids: string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  const source = table === 'parks' ? parks : firms
  const rows = await db
    .select({ id: source.id })
    .from(source)
    .where(and(inArray(source.id, ids)))
  return new Set(rows.map((row) => row.id))
}
