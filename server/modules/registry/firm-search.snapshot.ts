// An in-memory picture of what firm search filters on: each firm's search text and filter columns, in id order,
// with the positions of the firms that hold each two-character gram, city, industry and park. Firm search with a
// term finds its page here in microseconds; PostgreSQL's trigram index cannot serve a two-character Chinese term
// (it has no trigram) and read all 29,000 rows for a rare one. The database stays the source of truth: the
// service fetches the ids found here with the same conditions, so a stale picture can miss a firm, never show a
// wrong one (see firm-search.index.ts for how fresh the picture is kept).
import { normaliseSearch } from '../../db/search'
import type { FirmFilter } from './organisations.repository'

export interface FirmSearchEntry {
  id: string
  searchText: string
  cityCode: string
  industryCode: string
  parkId: string | null
  stage: string
  size: string
  isLeading: boolean
  isHighTech: boolean
}

export interface FirmSearchSnapshot {
  readonly entries: readonly FirmSearchEntry[]
  /** Each two-character gram of the search texts → ascending positions in entries. */
  readonly positionsByGram: ReadonlyMap<string, Int32Array>
  readonly positionsByCity: ReadonlyMap<string, Int32Array>
  readonly positionsByIndustry: ReadonlyMap<string, Int32Array>
  readonly positionsByPark: ReadonlyMap<string, Int32Array>
}

/** The registry's firm count is bounded well below this; a larger picture is a sign of a runaway load. */
export const snapshotEntriesMax = 1_000_000
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

/** The first index of a walk (ascending positions, so ascending ids) whose firm id sorts after `after`. */
function firstAfter(
  snapshot: FirmSearchSnapshot,
  walk: { length: number; positionAt: (index: number) => number },
  after: string | null,
): number {
  if (after === null) return 0
  let low = 0
  let high = walk.length
  while (low < high) {
    const middle = (low + high) >>> 1
    const entry = snapshot.entries[walk.positionAt(middle)]
    if (entry !== undefined && entry.id <= after) low = middle + 1
    else high = middle
  }
  return low
}

/**
 * The ids of the first `count` firms after `after` (in id order) that match the filter, as the SQL of
 * repository.listFirms would find them in this picture. Walks the shortest required list (or every firm when the
 * term is one character and no keyed filter is given) and checks the rest, so the work is bounded by its length.
 */
export function findFirmIds(
  snapshot: FirmSearchSnapshot,
  filter: FirmFilter,
  after: string | null,
  count: number,
): string[] {
  const term = normaliseSearch(filter.q) ?? ''
  const shortest = requiredLists(snapshot, term, filter).reduce<Int32Array | undefined>(
    (best, list) => (best === undefined || list.length < best.length ? list : best),
    undefined,
  )
  const walk =
    shortest === undefined
      ? { length: snapshot.entries.length, positionAt: (index: number) => index }
      : { length: shortest.length, positionAt: (index: number) => shortest[index] ?? -1 }
  const ids: string[] = []
  for (let index = firstAfter(snapshot, walk, after); index < walk.length && ids.length < count; index++) {
    const entry = snapshot.entries[walk.positionAt(index)]
    if (entry !== undefined && matches(entry, term, filter)) ids.push(entry.id)
  }
  return ids
}
