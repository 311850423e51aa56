// Materialising the figures: the monthly flow cells rebuilt from the records (the recent months every few minutes,
// everything once a night), the index values recomputed from the cells under the weights of each month, and the
// platform's own indicators recomputed. One transaction, so a reader sees the figures of one refresh or the next.
import type { Database } from '../../db/client'
import { shanghaiDateOf } from '../../platform/calendar'
import { newId } from '../../platform/ids'
import type { RecurringJob } from '../../platform/module'
import { cityCodes } from '../registry'
import * as repository from './flows.repository'
import { recomputePlatformMeasures } from './indicators.service'
import { indexFigureOf, sharesOf, type FlowCell } from './integration-index'
import { corridorScope } from './insights.states'
import { addMonths, monthOf } from './period'

/** the index is published for the corridor and each city */
export const indexScopes: readonly string[] = [corridorScope, ...cityCodes]

/** the recent refresh recomputes this month and the one before: where new activity lands */
const recentMonthsBack = 1
const recentIntervalMs = 5 * 60 * 1000
const dayMs = 24 * 60 * 60 * 1000

/** Every index value, from every month's cells, under the weights in force in each month. */
export async function recomputeIndex(db: Database, at: Date): Promise<number> {
  const versions = await repository.weightVersions(db)
  const cells = await repository.cellsOf(db, null)
  const cellsByMonth = new Map<string, FlowCell[]>()
  for (const cell of cells) {
    const monthCells = cellsByMonth.get(cell.month) ?? []
    monthCells.push(cell)
    cellsByMonth.set(cell.month, monthCells)
  }
  const rows: repository.IndexValueRow[] = []
  const lastMonth = monthOf(shanghaiDateOf(at))
  for (const month of [...cellsByMonth.keys()].filter((found) => found <= lastMonth).sort()) {
    const version = versions.filter((candidate) => candidate.effectiveFrom <= month).at(-1)
    if (version === undefined) continue
    for (const scope of indexScopes) {
      const shares = sharesOf(cellsByMonth.get(month) ?? [], scope)
      const baseShares = sharesOf(cellsByMonth.get(version.baseMonth) ?? [], scope)
      const figure = indexFigureOf(shares, baseShares, version.weights)
      rows.push({ scope, month, weightsId: version.id, shares, baseShares, ...figure })
    }
  }
  await repository.replaceIndexValues(db, rows)
  return rows.length
}

/**
 * Rebuilds the cells from `fromMonth` on (null: from the first record), then the index and the platform's measures.
 * The caller's transaction makes it whole.
 */
export async function refreshInsights(db: Database, options: { fromMonth: string | null; at: Date }) {
  await repository.lockIndex(db)
  const fromMonth =
    options.fromMonth ?? (await repository.firstActivityMonth(db)) ?? monthOf(shanghaiDateOf(options.at))
  const cellsWritten = await repository.rebuildCells(db, fromMonth)
  const indexValuesWritten = await recomputeIndex(db, options.at)
  await recomputePlatformMeasures(db, options.at)
  await repository.insertRefresh(db, {
    id: newId('irf'),
    fromMonth,
    startedAt: options.at,
    cellsWritten,
    indexValuesWritten,
  })
  return { fromMonth, cellsWritten, indexValuesWritten }
}

export function recentFromMonth(at: Date): string {
  return addMonths(monthOf(shanghaiDateOf(at)), -recentMonthsBack)
}

/** The recent months, every few minutes: a voucher spent now shows in the matrix within minutes. */
export const recentRefreshJob: RecurringJob = {
  kind: 'insights.refresh_recent',
  intervalMs: recentIntervalMs,
  firstRunDelayMs: recentIntervalMs,
  async run(context) {
    const at = new Date()
    await refreshInsights(context.db, { fromMonth: recentFromMonth(at), at })
    return 'later'
  },
}

/** Everything, once a day: records dated in an earlier month (a late correction) are counted by the next night. */
export const fullRefreshJob: RecurringJob = {
  kind: 'insights.refresh_full',
  intervalMs: dayMs,
  firstRunDelayMs: dayMs,
  async run(context) {
    await refreshInsights(context.db, { fromMonth: null, at: new Date() })
    return 'later'
  },
}
