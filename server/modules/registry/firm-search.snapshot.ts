// An in-memory picture of the registry's firms for firm search: every firm's row in id order, with the positions of
// the firms that hold each two-character gram of their search text, each city, industry and park. Firm search with
// a term finds and serves its page here in microseconds; PostgreSQL's trigram index cannot serve a two-character
// Chinese term (it has no trigram) and read all 29,000 rows for a rare one. The database stays the source of truth:
// firm-search.index.ts says how the picture is kept fresh.
import { normaliseSearch } from '../../db/search'
import type { FirmFilter, FirmRow } from './organisations.repository'

/** A firm as the database holds it; frozen in the picture, so that no reader can change what others are served. */
export type FirmSearchEntry = Readonly<FirmRow>

export interface FirmSearchSnapshot {
  readonly entries: readonly FirmSearchEntry[]
  /** Each two-character gram of the search texts → ascending positions in entries. */
  readonly positionsByGram: ReadonlyMap<string, Int32Array>
  readonly positionsByCity: ReadonlyMap<string, Int32Array>
  readonly positionsByIndustry: ReadonlyMap<string, Int32Array>
  readonly positionsByPark: ReadonlyMap<string, Int32Array>
  /** 0 … entries.length − 1: the walk when no list narrows it. */
  readonly allPositions: Int32Array
}

/**
 * The most firms a picture holds: about 110 MiB of heap at the 1.1 KiB a firm measured (29,000 firms, 31.6 MiB).
 * The corridor's registry holds 29,000; beyond this, search is left to the database.
 */
export const snapshotEntriesMax = 100_000
const gramLength = 2
const noPositions = new Int32Array(0)

function gramsOf(text: string): Set<string> {
  const grams = new Set<string>()
  for (let start = 0; start + gramLength <= text.length; start++)
    grams.add(text.slice(start, start + gramLength))
  return grams
}

function appendPosition(lists: Map<string, number[]>, key: string, position: number) {
  const list = lists.get(key)
  if (list === undefined) lists.set(key, [position])
  else list.push(position)
}

function packed(lists: Map<string, number[]>): Map<string, Int32Array> {
  const result = new Map<string, Int32Array>()
  for (const [key, list] of lists) result.set(key, Int32Array.from(list))
  return result
}

/** Entries must come in ascending id order, as the database sorts them (ORDER BY id). */
export function buildFirmSearchSnapshot(entries: readonly FirmSearchEntry[]): FirmSearchSnapshot {
  if (entries.length > snapshotEntriesMax)
    throw new Error(`firm search snapshot over ${snapshotEntriesMax} entries`)
  const grams = new Map<string, number[]>()
  const cities = new Map<string, number[]>()
  const industries = new Map<string, number[]>()
  const parks = new Map<string, number[]>()
  entries.forEach((entry, position) => {
    Object.freeze(entry)
    const previous = entries[position - 1]
    if (previous !== undefined && !(previous.id < entry.id))
      throw new Error('firm search entries out of id order')
    for (const gram of gramsOf(entry.searchText)) appendPosition(grams, gram, position)
    appendPosition(cities, entry.cityCode, position)
    appendPosition(industries, entry.industryCode, position)
    if (entry.parkId !== null) appendPosition(parks, entry.parkId, position)
  })
  return {
    entries,
    positionsByGram: packed(grams),
    positionsByCity: packed(cities),
    positionsByIndustry: packed(industries),
    positionsByPark: packed(parks),
    allPositions: Int32Array.from(entries.keys()),
  }
}

/** The position lists a match must appear in: every gram of the term and each keyed filter given. */
function requiredLists(snapshot: FirmSearchSnapshot, term: string, filter: FirmFilter): Int32Array[] {
  const lists = [...gramsOf(term)].map((gram) => snapshot.positionsByGram.get(gram) ?? noPositions)
  if (filter.city !== undefined) lists.push(snapshot.positionsByCity.get(filter.city) ?? noPositions)
  if (filter.industry !== undefined)
    lists.push(snapshot.positionsByIndustry.get(filter.industry) ?? noPositions)
  if (filter.park !== undefined) lists.push(snapshot.positionsByPark.get(filter.park) ?? noPositions)
  return lists
}

function matches(entry: FirmSearchEntry, term: string, filter: FirmFilter): boolean {
  return (
    entry.searchText.includes(term) &&
    (filter.city === undefined || entry.cityCode === filter.city) &&
    (filter.industry === undefined || entry.industryCode === filter.industry) &&
    (filter.park === undefined || entry.parkId === filter.park) &&
    (filter.stage === undefined || entry.stage === filter.stage) &&
    (filter.size === undefined || entry.size === filter.size) &&
    (filter.leading === undefined || entry.isLeading === filter.leading) &&
    (filter.highTech === undefined || entry.isHighTech === filter.highTech)
  )
}

/** The first index of ascending positions (so ascending ids) whose firm id sorts after `after`. */
function firstAfter(snapshot: FirmSearchSnapshot, positions: Int32Array, after: string | null): number {
  if (after === null) return 0
  let low = 0
  let high = positions.length
  while (low < high) {
    const middle = (low + high) >>> 1
    const entry = snapshot.entries[positions[middle] ?? -1]
    if (entry !== undefined && entry.id <= after) low = middle + 1
    else high = middle
  }
  return low
}

/** The first index from `from` on whose position is at least `position`: galloping, then halving. */
function seek(list: Int32Array, from: number, position: number): number {
  let low = from
  let step = 1
  while (low + step < list.length && (list[low + step] ?? position) < position) {
    low += step
    step *= 2
  }
  let high = Math.min(low + step, list.length)
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((list[middle] ?? position) < position) low = middle + 1
    else high = middle
  }
  return low
}

/** Whether every list holds the position; positions come in ascending order, so each cursor only moves forward. */
function inEveryList(lists: readonly Int32Array[], cursors: number[], position: number): boolean {
  for (let which = 0; which < lists.length; which++) {
    const list = lists[which] ?? noPositions
    const cursor = seek(list, cursors[which] ?? 0, position)
    cursors[which] = cursor
    if (list[cursor] !== position) return false
  }
  return true
}

/**
 * The first `count` firms after `after` (in id order) that match the filter, as the SQL of repository.listFirms
 * would find them in this picture. Walks the shortest required list (every firm when the term is one character and
 * no keyed filter is given), keeps the positions the other lists hold too (integer steps, no string work), and
 * checks only those against the whole filter; the work is bounded by the lists' lengths.
 */
export function findFirms(
  snapshot: FirmSearchSnapshot,
  filter: FirmFilter,
  after: string | null,
  count: number,
): FirmSearchEntry[] {
  const term = normaliseSearch(filter.q) ?? ''
  const lists = requiredLists(snapshot, term, filter).sort((left, right) => left.length - right.length)
  const walk = lists[0] ?? snapshot.allPositions
  const others = lists.slice(1)
  const cursors = others.map(() => 0)
  const found: FirmSearchEntry[] = []
  for (let index = firstAfter(snapshot, walk, after); index < walk.length && found.length < count; index++) {
    const position = walk[index] ?? -1
    if (!inEveryList(others, cursors, position)) continue
    const entry = snapshot.entries[position]
    if (entry !== undefined && matches(entry, term, filter)) found.push(entry)
  }
  return found
}
