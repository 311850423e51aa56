// SQL for the corridor's organisations: firms, financial institutions and service providers.
import { asc, eq } from 'drizzle-orm'
import type { Database } from '../../db/client'
import { equalsWhenGiven } from '../../db/conditions'
import { firms, institutions, providers, searchGenerations } from './registry.tables'
import { matchesSearch, pageWhere } from '../../db/search'

export type FirmRow = typeof firms.$inferSelect
export type InstitutionRow = typeof institutions.$inferSelect
export type ProviderRow = typeof providers.$inferSelect

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
  return db
    .select()
    .from(firms)
    .where(
      pageWhere(firms.id, after, [
        matchesSearch(firms.searchText, filter.q),
        equalsWhenGiven(firms.cityCode, filter.city),
        equalsWhenGiven(firms.industryCode, filter.industry),
        equalsWhenGiven(firms.parkId, filter.park),
        equalsWhenGiven(firms.stage, filter.stage),
        equalsWhenGiven(firms.size, filter.size),
        equalsWhenGiven(firms.isLeading, filter.leading),
        equalsWhenGiven(firms.isHighTech, filter.highTech),
      ]),
    )
    .orderBy(asc(firms.id))
    .limit(limit + 1)
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

export async function findFirm(db: Database, id: string): Promise<FirmRow | undefined> {
  const [row] = await db.select().from(firms).where(eq(firms.id, id)).limit(1)
  return row
}

export async function insertFirm(db: Database, row: typeof firms.$inferInsert): Promise<FirmRow | undefined> {
  const [inserted] = await db
    .insert(firms)
    .values(row)
    .onConflictDoNothing({ target: firms.creditCode })
    .returning()
  return inserted
}

export async function updateFirm(db: Database, id: string, changes: Partial<typeof firms.$inferInsert>) {
  const [row] = await db
    .update(firms)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(firms.id, id))
    .returning()
  return row
}

export function listInstitutions(
  db: Database,
  filter: { q?: string; city?: string; kind?: string },
  after: string | null,
  limit: number,
): Promise<InstitutionRow[]> {
  return db
    .select()
    .from(institutions)
    .where(
      pageWhere(institutions.id, after, [
        matchesSearch(institutions.searchText, filter.q),
        equalsWhenGiven(institutions.cityCode, filter.city),
        equalsWhenGiven(institutions.kind, filter.kind),
      ]),
    )
    .orderBy(asc(institutions.id))
    .limit(limit + 1)
}

export async function findInstitution(db: Database, id: string): Promise<InstitutionRow | undefined> {
  const [row] = await db.select().from(institutions).where(eq(institutions.id, id)).limit(1)
  return row
}

export async function insertInstitution(db: Database, row: typeof institutions.$inferInsert) {
  const [inserted] = await db.insert(institutions).values(row).returning()
  return inserted
}

export async function updateInstitution(
  db: Database,
  id: string,
  changes: Partial<typeof institutions.$inferInsert>,
) {
  const [row] = await db
    .update(institutions)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(institutions.id, id))
    .returning()
  return row
}

export function listProviders(
  db: Database,
  filter: { q?: string; city?: string; kind?: string; status?: string },
  after: string | null,
  limit: number,
): Promise<ProviderRow[]> {
  return db
    .select()
    .from(providers)
    .where(
      pageWhere(providers.id, after, [
        matchesSearch(providers.searchText, filter.q),
        equalsWhenGiven(providers.cityCode, filter.city),
        equalsWhenGiven(providers.kind, filter.kind),
        equalsWhenGiven(providers.admissionStatus, filter.status),
      ]),
    )
    .orderBy(asc(providers.id))
    .limit(limit + 1)
}

export async function findProvider(db: Database, id: string): Promise<ProviderRow | undefined> {
  const [row] = await db.select().from(providers).where(eq(providers.id, id)).limit(1)
  return row
}

export async function insertProvider(db: Database, row: typeof providers.$inferInsert) {
  const [inserted] = await db
    .insert(providers)
    .values(row)
    .onConflictDoNothing({ target: providers.creditCode })
    .returning()
  return inserted
}

export async function updateProvider(
  db: Database,
  id: string,
  changes: Partial<typeof providers.$inferInsert>,
) {
  const [row] = await db
    .update(providers)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(providers.id, id))
    .returning()
  return row
}
