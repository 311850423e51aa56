// SQL for the corridor's organisations: firms, financial institutions and service providers.
import { asc, eq } from 'drizzle-orm'
import type { Database } from '../../db/client'
import { equalsWhenGiven } from '../../db/conditions'
import { recordsOf } from '../../db/records'
import { matchesSearch } from '../../db/search'
import { firms, institutions, providers, searchGenerations } from './registry.tables'

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
  q?: string
  city?: string
  industry?: string
  park?: string
  stage?: string
  size?: string
  leading?: boolean
  highTech?: boolean
}

/** The hot path of firm search: one statement, trigram index on search_text, keyset on id. */
export function listFirms(
  db: Database,
  filter: FirmFilter,
  after: string | null,
  limit: number,
): Promise<FirmRow[]> {
  return firmRecords.page(db, { after, limit }, [
    matchesSearch(firms.searchText, filter.q),
    equalsWhenGiven(firms.cityCode, filter.city),
    equalsWhenGiven(firms.industryCode, filter.industry),
    equalsWhenGiven(firms.parkId, filter.park),
    equalsWhenGiven(firms.stage, filter.stage),
    equalsWhenGiven(firms.size, filter.size),
    equalsWhenGiven(firms.isLeading, filter.leading),
    equalsWhenGiven(firms.isHighTech, filter.highTech),
  ])
}

/** The write counter of the firms table; it changes with every committed write. */
export async function readFirmsGeneration(db: Database): Promise<number> {
  const [row] = await db
    .select({ generation: searchGenerations.generation })
    .from(searchGenerations)
    .where(eq(searchGenerations.tableName, 'firms'))
  return row?.generation ?? 0
}

/** Every firm in id order, at most `firmsMax`, for the in-memory search picture. */
export function listFirmsForSearch(db: Database, firmsMax: number): Promise<FirmRow[]> {
  return db.select().from(firms).orderBy(asc(firms.id)).limit(firmsMax)
}

export async function insertFirm(db: Database, row: typeof firms.$inferInsert): Promise<FirmRow | undefined> {
  const [inserted] = await db
    .insert(firms)
    .values(row)
    .onConflictDoNothing({ target: firms.creditCode })
    .returning()
  return inserted
}

export function listInstitutions(
  db: Database,
  filter: { q?: string; city?: string; kind?: string },
  after: string | null,
  limit: number,
): Promise<InstitutionRow[]> {
  return institutionRecords.page(db, { after, limit }, [
    matchesSearch(institutions.searchText, filter.q),
    equalsWhenGiven(institutions.cityCode, filter.city),
    equalsWhenGiven(institutions.kind, filter.kind),
  ])
}

export function listProviders(
  db: Database,
  filter: { q?: string; city?: string; kind?: string; status?: string },
  after: string | null,
  limit: number,
): Promise<ProviderRow[]> {
  return providerRecords.page(db, { after, limit }, [
    matchesSearch(providers.searchText, filter.q),
    equalsWhenGiven(providers.cityCode, filter.city),
    equalsWhenGiven(providers.kind, filter.kind),
    equalsWhenGiven(providers.admissionStatus, filter.status),
  ])
}

export async function insertProvider(db: Database, row: typeof providers.$inferInsert) {
  const [inserted] = await db
    .insert(providers)
    .values(row)
    .onConflictDoNothing({ target: providers.creditCode })
    .returning()
  return inserted
}
