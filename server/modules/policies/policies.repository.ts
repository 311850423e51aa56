// SQL of the policy catalogue: policies, items and their rule versions.
import { asc, eq, ilike, or, sql, type SQL } from 'drizzle-orm'
import { queryRows, type Database } from '../../db/client'
import { equalsWhenGiven } from '../../db/conditions'
import { numberStartsWith, sortedList } from '../../db/sorted'
import type { SortedPageRequest } from '../../platform/http/list'
import { policies, policyItems, policyRuleVersions } from './policies.tables'

export type PolicyRow = typeof policies.$inferSelect
export type ItemRow = typeof policyItems.$inferSelect
export type RuleVersionRow = typeof policyRuleVersions.$inferSelect

/** every item and version in memory for a run: the catalogue is a few hundred rows, this bounds it */
export const catalogueItemsMax = 5000

export async function insertPolicies(db: Database, rows: (typeof policies.$inferInsert)[]) {
  if (rows.length > 0) await db.insert(policies).values(rows)
}

export async function insertItems(db: Database, rows: (typeof policyItems.$inferInsert)[]) {
  if (rows.length > 0) await db.insert(policyItems).values(rows)
}

export async function insertRuleVersions(db: Database, rows: (typeof policyRuleVersions.$inferInsert)[]) {
  if (rows.length > 0) await db.insert(policyRuleVersions).values(rows)
}

export async function countPolicies(db: Database): Promise<number> {
  const rows = await queryRows<{ count: number }>(db, sql`SELECT count(*)::int AS count FROM policies`)
  return rows[0]?.count ?? 0
}

export interface PolicyFilter {
  q: string | undefined
  issuerCode: string | undefined
}

/** The columns the policy library sorts by (PolicyQuery's sort). */
export const policySortColumns = {
  publishedOn: policies.publishedOn,
  code: policies.code,
}
export type PolicySortKey = keyof typeof policySortColumns

/**
 * A policy is found by the numbers people quote (its code or document number, whole or their beginning) or by part
 * of its title or of one of its items' titles.
 */
function policyConditions(filter: PolicyFilter): (SQL | undefined)[] {
  const text = filter.q?.trim()
  const pattern = text === undefined || text === '' ? undefined : `%${escapedLike(text)}%`
  return [
    equalsWhenGiven(policies.issuerCode, filter.issuerCode),
    pattern === undefined
      ? undefined
      : or(
          numberStartsWith(policies.code, filter.q),
          numberStartsWith(policies.documentNumber, filter.q),
          ilike(policies.titleZh, pattern),
          ilike(policies.titleEn, pattern),
          sql`EXISTS (SELECT 1 FROM policy_items i WHERE i.policy_id = ${policies.id}
                       AND (i.title_zh ILIKE ${pattern} OR i.title_en ILIKE ${pattern}))`,
        ),
  ]
}

function escapedLike(text: string) {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`)
}

/** One sorted page of the library and how many policies match, counted up to the request's bound. */
export async function listPolicyPage(
  db: Database,
  filter: PolicyFilter,
  page: SortedPageRequest<PolicySortKey>,
): Promise<{ rows: PolicyRow[]; total: number }> {
  return sortedList(
    db,
    {
      select: db.select().from(policies).$dynamic(),
      table: policies,
      sortColumns: policySortColumns,
      id: policies.id,
    },
    page,
    policyConditions(filter),
  )
}

export async function findPolicy(db: Database, id: string): Promise<PolicyRow | undefined> {
  const [row] = await db
    .select()
    .from(policies)
    .where(or(eq(policies.id, id), eq(policies.code, id)))
  return row
}

export async function itemsOfPolicies(db: Database, policyIds: readonly string[]): Promise<ItemRow[]> {
  if (policyIds.length === 0) return []
  return db
    .select()
    .from(policyItems)
    .where(sql`${policyItems.policyId} IN ${policyIds}`)
    .orderBy(asc(policyItems.code))
}

export async function findItem(db: Database, id: string): Promise<ItemRow | undefined> {
  const [row] = await db
    .select()
    .from(policyItems)
    .where(or(eq(policyItems.id, id), eq(policyItems.code, id)))
  return row
}

export async function itemsByIds(db: Database, ids: readonly string[]): Promise<ItemRow[]> {
  if (ids.length === 0) return []
  return db
    .select()
    .from(policyItems)
    .where(sql`${policyItems.id} IN ${ids}`)
}

export async function lockItem(db: Database, id: string): Promise<ItemRow | undefined> {
  const [row] = await db.select().from(policyItems).where(eq(policyItems.id, id)).for('update')
  return row
}

export async function versionsOf(db: Database, itemIds: readonly string[]): Promise<RuleVersionRow[]> {
  if (itemIds.length === 0) return []
  return db
    .select()
    .from(policyRuleVersions)
    .where(sql`${policyRuleVersions.itemId} IN ${itemIds}`)
    .orderBy(asc(policyRuleVersions.itemId), asc(policyRuleVersions.version))
}

export async function findVersion(db: Database, id: string): Promise<RuleVersionRow | undefined> {
  const [row] = await db.select().from(policyRuleVersions).where(eq(policyRuleVersions.id, id))
  return row
}

/** Items valid on the day, with every version of their rules (a run picks the version in force that day). */
export async function itemsInForce(
  db: Database,
  day: string,
): Promise<{ item: ItemRow; versions: RuleVersionRow[] }[]> {
  const items = await db
    .select()
    .from(policyItems)
    .where(sql`${policyItems.validFrom} <= ${day}::date AND ${policyItems.validUntil} >= ${day}::date`)
    .orderBy(asc(policyItems.code))
    .limit(catalogueItemsMax)
  const versions = await versionsOf(
    db,
    items.map((item) => item.id),
  )
  return items.map((item) => ({ item, versions: versions.filter((version) => version.itemId === item.id) }))
}
