// The integration index of a scope month by month, as a chart and a table read it: the index (base month = 100),
// each kind's contribution to its change from 100 (they add up to index − 100), and each kind's cross-city share.
import type { FlowKind, IndexMonth, IndexScope, WeightsVersion } from '../common/insights.types'
import { flowKinds } from '../common/kinds'

export interface IndexRow {
  /** 'YYYY-MM' */
  month: string
  indexValue: number | null
  contributions: Record<FlowKind, number | null>
  shares: Record<FlowKind, number | null>
  baseShares: Record<FlowKind, number | null>
  weightsId: string
}

/** A kind's contribution, whatever shape the month's contributions come in (absent: none). */
function contributionOf(contributions: Readonly<Partial<Record<string, number>>>, kind: FlowKind) {
  const value = contributions[kind]
  return typeof value === 'number' ? value : null
}

export function indexRowOf(month: IndexMonth): IndexRow {
  const byKind = <Value>(read: (kind: FlowKind) => Value): Record<FlowKind, Value> => ({
    voucher: read('voucher'),
    instrument: read('instrument'),
    case: read('case'),
    credit: read('credit'),
    award: read('award'),
  })
  const shareOf = (kind: FlowKind) => month.kinds.find((entry) => entry.kind === kind)
  return {
    month: month.month.slice(0, 7),
    indexValue: month.indexValue,
    contributions: byKind((kind) => contributionOf(month.contributions, kind)),
    shares: byKind((kind) => shareOf(kind)?.share ?? null),
    baseShares: byKind((kind) => shareOf(kind)?.baseShare ?? null),
    weightsId: month.weightsId,
  }
}

/** The scope's months, oldest first. */
export function indexRows(scope: IndexScope | undefined): IndexRow[] {
  return (scope?.months ?? [])
    .map(indexRowOf)
    .sort((first, second) => first.month.localeCompare(second.month))
}

/** The kinds that contribute in any month (the others would be empty bars). */
export function contributingKinds(rows: readonly IndexRow[]): FlowKind[] {
  return flowKinds.filter((kind) => rows.some((row) => row.contributions[kind] !== null))
}

/** The version of the weights in force from each month on, newest first. */
export function versionsNewestFirst(versions: readonly WeightsVersion[]): WeightsVersion[] {
  return [...versions].sort((first, second) => second.effectiveFrom.localeCompare(first.effectiveFrom))
}

/** The latest month with an index, and the change since the month before it that has one. */
export function latestIndex(rows: readonly IndexRow[]): { row: IndexRow; change: number | null } | null {
  const withIndex = rows.filter((row) => row.indexValue !== null)
  const row = withIndex.at(-1)
  if (row === undefined) return null
  const previous = withIndex.at(-2)
  const change =
    previous?.indexValue === null || previous === undefined || row.indexValue === null
      ? null
      : Math.round((row.indexValue - previous.indexValue) * 100) / 100
  return { row, change }
}

/** A bound rounded out to the next multiple of `step` (down for a minimum, up for a maximum). */
const roundOut = (value: number, step: number, direction: 'down' | 'up') =>
  (direction === 'down' ? Math.floor(value / step) : Math.ceil(value / step)) * step

/**
 * The two axes of the index chart, aligned so that 100 on the index's axis is 0 on the contributions' axis: the
 * stacked contributions then reach the index line (they add up to index − 100). Both span the index's range and
 * the stacks' (positive and negative parts stack apart), rounded out to tens (fifties over a wide range).
 */
export function alignedAxes(rows: readonly IndexRow[], kinds: readonly FlowKind[]) {
  let low = 0
  let high = 0
  for (const row of rows) {
    const parts = kinds.map((kind) => row.contributions[kind] ?? 0)
    const positive = parts.filter((part) => part > 0).reduce((sum, part) => sum + part, 0)
    const negative = parts.filter((part) => part < 0).reduce((sum, part) => sum + part, 0)
    const change = row.indexValue === null ? 0 : row.indexValue - 100
    low = Math.min(low, negative, change)
    high = Math.max(high, positive, change)
  }
  const step = high - low > 100 ? 50 : 10
  const contribution = { min: roundOut(low, step, 'down'), max: Math.max(step, roundOut(high, step, 'up')) }
  return { index: { min: contribution.min + 100, max: contribution.max + 100 }, contribution }
}
