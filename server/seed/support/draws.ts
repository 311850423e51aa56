// Ways of spreading generated rows by weight, shared by the modules' generators.
import type { Random } from '../random'

/** Splits a total over keys by weight (largest remainder), giving each key at least `minimumEach`. */
export function allocate<Key>(
  total: number,
  keys: readonly Key[],
  weightOf: (key: Key) => number,
  minimumEach: number,
): Map<Key, number> {
  const reserved = minimumEach * keys.length
  if (!Number.isInteger(total) || total < reserved) {
    throw new Error(`cannot split ${total} giving ${minimumEach} each`)
  }
  const rest = total - reserved
  const weightTotal = keys.reduce((sum, key) => sum + weightOf(key), 0)
  if (weightTotal <= 0) throw new Error('allocation weights sum to zero')
  const shares = keys.map((key, position) => {
    const exact = (rest * weightOf(key)) / weightTotal
    return { key, position, count: minimumEach + Math.floor(exact), fraction: exact - Math.floor(exact) }
  })
  let left = total - shares.reduce((sum, share) => sum + share.count, 0)
  const byFraction = [...shares].sort((a, b) => b.fraction - a.fraction || a.position - b.position)
  for (const share of byFraction) {
    if (left <= 0) break
    share.count++
    left--
  }
  return new Map(shares.map((share) => [share.key, share.count]))
}

/** Each key as many times as its count, in the map's order. */
export function expand<Key>(counts: Map<Key, number>): Key[] {
  const expanded: Key[] = []
  for (const [key, count] of counts) for (let copy = 0; copy < count; copy++) expanded.push(key)
  return expanded
}

/** Draws from items by weight in O(log n), one draw of the stream each: the cumulative weights are built once. */
export function cumulativePicker<T>(items: readonly T[], weights: readonly number[]): (random: Random) => T {
  const cumulative: number[] = []
  let total = 0
  for (const weight of weights) {
    total += Math.max(weight, 0)
    cumulative.push(total)
  }
  return (random) => {
    if (items.length === 0 || total <= 0) throw new Error('cannot pick from nothing')
    const target = random.next() * total
    let low = 0
    let high = cumulative.length - 1
    while (low < high) {
      const middle = (low + high) >> 1
      if ((cumulative[middle] ?? 0) > target) high = middle
      else low = middle + 1
    }
    const item = items[low]
    if (item === undefined) throw new Error('unreachable: picked outside the list')
    return item
  }
}
