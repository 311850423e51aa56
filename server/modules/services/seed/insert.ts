// Writes the generated one-stop cases as JSON batches: the case number counters, the cases, their materials and
// files, their events, their moves (the workflow history) and the talent cards. The catalogue they were filed under
// is the services module's own (ensureCatalogue, which its prepare runs at start-up): it is made sure of first, and
// every case points at version 1 of its item.
import type { Database } from '../../../db/client'
import { workflowTransitions } from '../../../platform/workflow/workflow.tables'
import { insertInBatches, insertRowsInBatches, type SeedProgress } from '../../../seed/batches'
import { withUserIds } from '../../../seed/support/actors'
import { ensureCatalogue } from '../items.service'
import {
  serviceCaseCounters,
  serviceCaseEvents,
  serviceCaseFiles,
  serviceCaseMaterials,
  serviceCases,
  talentCards,
} from '../services.tables'
import type { ServiceDemoData } from './types'

export interface ServiceSeedSummary {
  serviceCases: number
  serviceCaseMaterials: number
  serviceCaseEvents: number
  serviceCaseMoves: number
  talentCards: number
}

/** Inserts the cases after the registry rows and the demo accounts, in the caller's transaction. */
export async function insertServiceData(
  db: Database,
  generated: ServiceDemoData,
  userIdByUsername: ReadonlyMap<string, string>,
  onProgress?: SeedProgress,
): Promise<ServiceSeedSummary> {
  const resolve = <Row extends object>(rows: readonly Row[]) => withUserIds(rows, userIdByUsername)
  await ensureCatalogue(db)
  await insertInBatches(db, serviceCaseCounters, generated.counters, 'case numbers', onProgress)
  await insertInBatches(db, serviceCases, resolve(generated.cases), 'service cases', onProgress)
  await insertInBatches(db, serviceCaseMaterials, resolve(generated.materials), 'case materials', onProgress)
  await insertRowsInBatches(
    db,
    serviceCaseFiles,
    generated.files.map((file) => ({
      materialId: file.materialId,
      content: `\\x${Buffer.from(file.content).toString('hex')}`,
    })),
    'case files',
    onProgress,
  )
  await insertInBatches(db, serviceCaseEvents, generated.events, 'case events', onProgress)
  await insertInBatches(db, workflowTransitions, resolve(generated.transitions), 'case moves', onProgress)
  await insertInBatches(db, talentCards, resolve(generated.talentCards), 'talent cards', onProgress)
  return {
    serviceCases: generated.cases.length,
    serviceCaseMaterials: generated.materials.length,
    serviceCaseEvents: generated.events.length,
    serviceCaseMoves: generated.transitions.length,
    talentCards: generated.talentCards.length,
  }
}
