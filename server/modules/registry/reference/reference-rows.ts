// The registry's reference data (the nine cities and both industry taxonomies), ensured at every start in demo and
// production mode alike. Idempotent: rows that exist are left as they are.
import type { Database } from '../../../db/client'
import { cities, industries } from '../registry.tables'
import { cityReferences, industryReferences } from './reference-data'

export async function ensureRegistryReferenceData(db: Database): Promise<void> {
  await db.transaction(async (transaction) => {
    await transaction.insert(cities).values(cityReferences).onConflictDoNothing({ target: cities.code })
    await transaction
      .insert(industries)
      .values(industryReferences)
      .onConflictDoNothing({ target: industries.code })
  })
}
