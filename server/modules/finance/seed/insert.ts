// Writes the generated tech-finance data as JSON batches: products, indicator values, the stored scores (computed
// with the default parameter set, which is made sure of first), needs, referrals, cases and their notes. Each
// firm's ten suggested products are left to the background job the seeder enqueues, which scores the corridor and
// ranks its products once the platform runs.
import type { Database } from '../../../db/client'
import { enqueue } from '../../../platform/jobs'
import { insertInBatches, withIndexesDeferred, type SeedProgress } from '../../../seed/batches'
import { withUserIds } from '../../../seed/support/actors'
import {
  financeCaseNotes,
  financeCases,
  financeProducts,
  financeReferrals,
  financingNeeds,
  firmIndicatorValues,
  firmScores,
} from '../finance.tables'
import { ensureDefaultParameterSet, recomputeScoresJobKind } from '../scores.service'
import type { FinanceDemoData } from './types'

export interface FinanceSeedSummary {
  financeProducts: number
  indicatorValues: number
  firmScores: number
  financingNeeds: number
  financeReferrals: number
  financeCases: number
}

/** Inserts the finance data after the registry rows and the demo accounts, in the caller's transaction. */
export async function insertFinanceData(
  db: Database,
  generated: FinanceDemoData,
  userIdByUsername: ReadonlyMap<string, string>,
  onProgress?: SeedProgress,
): Promise<FinanceSeedSummary> {
  const resolve = <Row extends object>(rows: readonly Row[]) => withUserIds(rows, userIdByUsername)
  // The scores below were computed with this set: it must be there (prepareDatabase makes sure of it too).
  await ensureDefaultParameterSet(db)
  await insertInBatches(db, financeProducts, generated.products, 'finance products', onProgress)
  await withIndexesDeferred(db, [firmIndicatorValues, firmScores], async () => {
    const values = resolve(generated.indicatorValues)
    await insertInBatches(db, firmIndicatorValues, values, 'indicator values', onProgress)
    await insertInBatches(db, firmScores, generated.scores, 'firm scores', onProgress)
    onProgress?.('indicator indexes', 0, 1)
  })
  onProgress?.('indicator indexes', 1, 1)
  await insertInBatches(db, financingNeeds, resolve(generated.needs), 'financing needs', onProgress)
  await insertInBatches(db, financeReferrals, resolve(generated.referrals), 'referrals', onProgress)
  await insertInBatches(db, financeCases, resolve(generated.cases), 'finance cases', onProgress)
  await insertInBatches(db, financeCaseNotes, resolve(generated.caseNotes), 'case notes', onProgress)
  // Suggestions for every firm are the job's: it rescores the corridor with the same parameters and ranks products.
  await enqueue(db, recomputeScoresJobKind, {})
  return {
    financeProducts: generated.products.length,
    indicatorValues: generated.indicatorValues.length,
    firmScores: generated.scores.length,
    financingNeeds: generated.needs.length,
    financeReferrals: generated.referrals.length,
    financeCases: generated.cases.length,
  }
}
