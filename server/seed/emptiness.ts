// Whether a database holds no demo data yet; apart from the seed so that a restart need not load the generators.
import type { Database } from '../db/client'
import { users } from '../platform/identity/identity.tables'
import { firms } from '../modules/registry/registry.tables'

/** True when there is neither a firm nor a user: the only state the seeder writes into. */
export async function isDatabaseEmpty(db: Database): Promise<boolean> {
  const [firm] = await db.select({ id: firms.id }).from(firms).limit(1)
  if (firm !== undefined) return false
  const [user] = await db.select({ id: users.id }).from(users).limit(1)
  return user === undefined
}
