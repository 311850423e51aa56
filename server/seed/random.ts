// A small seeded pseudo-random generator (sfc32, seeded through splitmix32) so that demo data is reproducible:
// the same seed number gives the same stream on every machine and Node version (no Math.random).
import { parseDay } from '../platform/calendar'

const uint32Range = 0x1_0000_0000
const warmUpRounds = 12
const shuffleLengthMax = 10_000_000
const dayMs = 24 * 60 * 60 * 1000

export interface Random {
  /** a float in [0, 1) */
  next(): number
  /** an integer in [min, max], both ends included */
  integer(min: number, max: number): number
  chance(probability: number): boolean
  pick<T>(items: readonly T[]): T
  /** an item chosen with probability proportional to its weight (weights ≥ 0, at least one > 0) */
  weightedPick<T>(items: readonly T[], weights: readonly number[]): T
  /** a shuffled copy (Fisher–Yates) */
  shuffle<T>(items: readonly T[]): T[]
  /** a day in [fromDay, toDay], both 'YYYY-MM-DD' and included */
  dateBetween(fromDay: string, toDay: string): string
  /** An independent stream named by a label: draws made elsewhere do not shift it, so one part of the
   * generator can change without changing every other part's data. */
  fork(label: string): Random
}

/** FNV-1a over the UTF-16 code units: turns a seed and a label into a 32-bit state. */
function hashText(text: string): number {
  let hash = 0x811c9dc5
  for (let position = 0; position < text.length; position++) {
    hash ^= text.charCodeAt(position)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

function splitmix32(initial: number): () => number {
  let state = initial | 0
  return () => {
    state = (state + 0x9e3779b9) | 0
    let mixed = state
    mixed = Math.imul(mixed ^ (mixed >>> 16), 0x85ebca6b)
    mixed = Math.imul(mixed ^ (mixed >>> 13), 0xc2b2ae35)
    return (mixed ^ (mixed >>> 16)) >>> 0
  }
}

function sfc32(seedA: number, seedB: number, seedC: number, seedD: number): () => number {
  let a = seedA | 0
  let b = seedB | 0
  let c = seedC | 0
  let d = seedD | 0
  return () => {
    const t = (((a + b) | 0) + d) | 0
    d = (d + 1) | 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) | 0
    c = (c << 21) | (c >>> 11)
    c = (c + t) | 0
    return (t >>> 0) / uint32Range
  }
}

/** Days since 1 January 1970 of a 'YYYY-MM-DD' day (the calendar's parseDay refuses anything but a real date). */
function dayNumberOf(day: string): number {
  return parseDay(day) / dayMs
}

function dayOf(dayNumber: number): string {
  return new Date(dayNumber * dayMs).toISOString().slice(0, 10)
}

/** The same calendar day some years later (29 February becomes 1 March). */
export function addYears(day: string, years: number): string {
  const date = new Date(dayNumberOf(day) * dayMs)
  date.setUTCFullYear(date.getUTCFullYear() + years)
  return date.toISOString().slice(0, 10)
}

export function laterDay(first: string, second: string): string {
  return first >= second ? first : second
}

/** A standard normal draw (Box–Muller) from a seeded stream. */
export function gaussian(random: Random): number {
  const first = Math.max(random.next(), 1e-12)
  return Math.sqrt(-2 * Math.log(first)) * Math.cos(2 * Math.PI * random.next())
}

export function createRandom(seedNumber: number, stream = 'main'): Random {
  if (!Number.isSafeInteger(seedNumber) || seedNumber < 0) {
    throw new Error('a seed number is a whole number ≥ 0')
  }
  const expand = splitmix32(hashText(`${seedNumber}/${stream}`))
  const generator = sfc32(expand(), expand(), expand(), expand())
  for (let round = 0; round < warmUpRounds; round++) generator()

  const random: Random = {
    next: generator,
    integer(min, max) {
      if (!Number.isInteger(min) || !Number.isInteger(max) || min > max) {
        throw new Error(`integer(${min}, ${max}) needs whole numbers with min ≤ max`)
      }
      return min + Math.floor(generator() * (max - min + 1))
    },
    chance(probability) {
      return generator() < probability
    },
    pick(items) {
      const item = items[Math.floor(generator() * items.length)]
      if (item === undefined) throw new Error('pick from an empty list')
      return item
    },
    weightedPick(items, weights) {
      if (items.length === 0 || items.length !== weights.length) {
        throw new Error('weightedPick needs one weight per item and at least one item')
      }
      let total = 0
      for (const weight of weights) {
        if (!(weight >= 0)) throw new Error('weights are ≥ 0')
        total += weight
      }
      if (total <= 0) throw new Error('at least one weight is > 0')
      let remaining = generator() * total
      for (let position = 0; position < items.length; position++) {
        const weight = weights[position] ?? 0
        const item = items[position]
        if (item !== undefined && weight > 0 && remaining < weight) return item
        remaining -= weight
      }
      // Rounding can leave a sliver past the last weight: fall back to the last item that can be chosen.
      for (let position = items.length - 1; position >= 0; position--) {
        const item = items[position]
        if (item !== undefined && (weights[position] ?? 0) > 0) return item
      }
      throw new Error('unreachable: no item with a positive weight')
    },
    shuffle(items) {
      if (items.length > shuffleLengthMax) throw new Error('list too long to shuffle')
      const shuffled = [...items]
      for (let position = shuffled.length - 1; position > 0; position--) {
        const other = Math.floor(generator() * (position + 1))
        const current = shuffled[position]
        const swapped = shuffled[other]
        if (current === undefined || swapped === undefined) throw new Error('unreachable: index out of range')
        shuffled[position] = swapped
        shuffled[other] = current
      }
      return shuffled
    },
    dateBetween(fromDay, toDay) {
      const from = dayNumberOf(fromDay)
      const to = dayNumberOf(toDay)
      if (from > to) throw new Error(`dateBetween(${fromDay}, ${toDay}): the range is empty`)
      return dayOf(random.integer(from, to))
    },
    fork(label) {
      return createRandom(seedNumber, `${stream}/${label}`)
    },
  }
  return random
}
