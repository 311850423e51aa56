// The integration index, as pure arithmetic so that anyone can recompute a published figure from its records:
// for a scope (a city or the corridor) and a month, each kind's share of activity that crosses city lines; the
// index is the weighted sum of those shares over the same sum in the base month, times 100. Weights come from the
// version in force in the month, for the month and its base alike, so a new version never changes earlier months.
import { assert } from '../../platform/errors'
import { corridorScope, flowKinds, type FlowKind } from './insights.states'
import type { IndexWeights, KindShare } from './insights.tables'

export interface FlowCell {
  kind: FlowKind
  fromCityCode: string
  toCityCode: string
  value: number
}

export type Shares = Partial<Record<FlowKind, KindShare>>

export interface IndexFigure {
  /** null when no weighted kind had activity in both the month and the base month */
  indexValue: number | null
  /** each kind's part of (index − 100); they add up to it */
  contributions: Partial<Record<FlowKind, number>>
}

const decimals = 100

function rounded(value: number): number {
  return Math.round(value * decimals) / decimals
}

/** A scope's activity: for the corridor every cell, for a city the cells it sends or receives. */
function touches(cell: FlowCell, scope: string): boolean {
  return scope === corridorScope || cell.fromCityCode === scope || cell.toCityCode === scope
}

/** Each kind's cross-city and total value for a scope, from a month's cells; kinds without activity are absent. */
export function sharesOf(cells: readonly FlowCell[], scope: string): Shares {
  const sums = new Map<FlowKind, KindShare>()
  for (const cell of cells) {
    if (!touches(cell, scope)) continue
    const share = sums.get(cell.kind) ?? { cross: 0, total: 0 }
    share.total += cell.value
    if (cell.fromCityCode !== cell.toCityCode) share.cross += cell.value
    sums.set(cell.kind, share)
  }
  const shares: Shares = {}
  for (const kind of flowKinds) {
    const share = sums.get(kind)
    if (share !== undefined && share.total > 0) shares[kind] = share
  }
  return shares
}

export function shareValue(share: KindShare): number {
  assert(share.total > 0 && share.cross >= 0 && share.cross <= share.total, 'a share is a fraction')
  return share.cross / share.total
}

/** The index of a month against its base under one version of the weights, with each kind's contribution. */
export function indexFigureOf(shares: Shares, baseShares: Shares, weights: IndexWeights): IndexFigure {
  let current = 0
  let base = 0
  const counted: FlowKind[] = []
  for (const kind of flowKinds) {
    const share = shares[kind]
    const baseShare = baseShares[kind]
    if (weights[kind] === 0 || share === undefined || baseShare === undefined) continue
    counted.push(kind)
    current += weights[kind] * shareValue(share)
    base += weights[kind] * shareValue(baseShare)
  }
  if (base === 0) return { indexValue: null, contributions: {} }
  const contributions: Partial<Record<FlowKind, number>> = {}
  for (const kind of counted) {
    const share = shares[kind]
    const baseShare = baseShares[kind]
    if (share === undefined || baseShare === undefined) continue
    contributions[kind] = rounded((100 * weights[kind] * (shareValue(share) - shareValue(baseShare))) / base)
  }
  return { indexValue: rounded((100 * current) / base), contributions }
}

export function weightsAreValid(weights: IndexWeights): boolean {
  const values = flowKinds.map((kind) => weights[kind])
  return (
    values.every((value) => Number.isInteger(value) && value >= 0 && value <= 100) &&
    values.reduce((sum, value) => sum + value, 0) === 100
  )
}
