// Writes the generated instrument catalogue and its year of bookings as JSON batches. held_during is part of each
// row (the generator laid every instrument's bookings end to end), so the exclusion constraint finds nothing to
// refuse; the demo accounts' placeholders become their user ids on the way in.
import type { Database } from '../../../db/client'
import { insertInBatches, withIndexesDeferred, type SeedProgress } from '../../../seed/batches'
import { withUserIds } from '../../../seed/support/actors'
import {
  instrumentBookings,
  instrumentOwnerPolicies,
  instrumentViolations,
  instruments,
} from '../instruments.tables'
import type { InstrumentDemoData } from './types'

export interface InstrumentSeedSummary {
  instruments: number
  instrumentBookings: number
  instrumentViolations: number
}

/** Inserts the instrument data after the registry rows and the demo accounts, in the caller's transaction. */
export async function insertInstrumentData(
  db: Database,
  generated: InstrumentDemoData,
  userIdByUsername: ReadonlyMap<string, string>,
  onProgress?: SeedProgress,
): Promise<InstrumentSeedSummary> {
  // The referring tables first: once their foreign keys are set aside, the keys they refer to can be too.
  await withIndexesDeferred(db, [instrumentViolations, instrumentBookings, instruments], async () => {
    await insertInBatches(db, instruments, generated.instruments, 'instruments', onProgress)
    await insertInBatches(
      db,
      instrumentOwnerPolicies,
      generated.ownerPolicies,
      'instrument policies',
      onProgress,
    )
    await insertInBatches(
      db,
      instrumentBookings,
      withUserIds(generated.bookings, userIdByUsername),
      'instrument bookings',
      onProgress,
    )
    await insertInBatches(
      db,
      instrumentViolations,
      withUserIds(generated.violations, userIdByUsername),
      'violations',
      onProgress,
    )
    onProgress?.('instrument indexes', 0, 1)
  })
  onProgress?.('instrument indexes', 1, 1)
  return {
    instruments: generated.instruments.length,
    instrumentBookings: generated.bookings.length,
    instrumentViolations: generated.violations.length,
  }
}
