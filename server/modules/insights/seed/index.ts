// The insights module's demo data: the G60 fund's backers and about two hundred investments, five years of
// indicator values with their sources, then one full refresh, so that the matrices, the index and the platform's
// own measures are there from the first page.
import { sql } from 'drizzle-orm'
import type { Database } from '../../../db/client'
import { shanghaiDateOf } from '../../../platform/calendar'
import type { SeedProgress } from '../../../seed/batches'
import { createRandom } from '../../../seed/random'
import { addMonths, monthOf } from '../period'
import { refreshInsights } from '../refresh.service'
import { insertFundData } from './fund'
import { insertIndicatorValues } from './indicators'

export interface InsightsSeedInput {
  seedNumber: number
  activityEndsAt: Date
  userIdByUsername: ReadonlyMap<string, string>
}

export interface InsightsSeedSummary {
  fundInvestments: number
  indicatorValues: number
  flowCells: number
}

export async function insertInsightsData(
  transaction: Database,
  input: InsightsSeedInput,
  onProgress?: SeedProgress,
): Promise<InsightsSeedSummary> {
  onProgress?.('insights', 0, 3)
  const random = createRandom(input.seedNumber, 'insights')
  const context = { activityEndsAt: input.activityEndsAt, userIdByUsername: input.userIdByUsername }
  const fund = await insertFundData(transaction, { ...context, random: random.fork('fund') })
  onProgress?.('insights', 1, 3)
  const indicators = await insertIndicatorValues(transaction, {
    ...context,
    random: random.fork('indicators'),
  })
  onProgress?.('insights', 2, 3)
  // the demo year's first whole month is its base (= 100), rather than the month the platform first started in
  const baseMonth = addMonths(monthOf(shanghaiDateOf(input.activityEndsAt)), -11)
  await transaction.execute(
    sql`UPDATE insights_index_weights SET base_month = ${baseMonth}::date WHERE created_by_user_id = 'system'`,
  )
  const refreshed = await refreshInsights(transaction, { fromMonth: null, at: input.activityEndsAt })
  onProgress?.('insights', 3, 3)
  return { ...fund, ...indicators, flowCells: refreshed.cellsWritten }
}
