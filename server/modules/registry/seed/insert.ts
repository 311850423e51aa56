// Writes the generated registry rows as JSON batches, in the caller's transaction: the firms with their plain indexes
// and foreign keys set aside and rebuilt once they are in.
import type { Database } from '../../../db/client'
import { insertInBatches, withIndexesDeferred, type SeedProgress } from '../../../seed/batches'
import { allianceMembers, alliances, firms, institutions, parks, providers } from '../registry.tables'
import type { RegistryDemoData } from './context'

export async function insertRegistryData(
  db: Database,
  data: RegistryDemoData,
  onProgress?: SeedProgress,
): Promise<void> {
  await insertInBatches(db, parks, data.parks, 'parks', onProgress)
  await insertInBatches(db, alliances, data.alliances, 'alliances', onProgress)
  await withIndexesDeferred(db, [firms], () => insertInBatches(db, firms, data.firms, 'firms', onProgress))
  await insertInBatches(db, allianceMembers, data.allianceMembers, 'alliance members', onProgress)
  await insertInBatches(db, institutions, data.institutions, 'institutions', onProgress)
  await insertInBatches(db, providers, data.providers, 'providers', onProgress)
}
