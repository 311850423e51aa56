// An in-memory picture of the registry's firms for firm search: every firm's row in id order, with the positions of
// the firms that hold each two-character gram of their search text, each city, industry and park. Firm search with
// a term finds and serves its page here in microseconds; PostgreSQL's trigram index cannot serve a two-character
// Chinese term (it has no trigram) and read all 29,000 rows for a rare one. The database stays the source of truth:
// firm-search.index.ts says how the picture is kept fresh.
import { normaliseSearch } from '../../db/search'
import type { SortedPageRequest } from '../../platform/http/list'
import { creditCodePrefixOf } from './credit-code'
import {
  firmSortKeys,
  type FirmFilter,
  type FirmListRow,
  type FirmPictureRow,
  type FirmSortKey,
} from './organisations.repository'

/** A firm as the database holds it; frozen in the picture, so that no reader can change what others are served. */
export type FirmSearchEntry = Readonly<FirmPictureRow>

export interface FirmSearchSnapshot {
  readonly entries: readonly FirmSearchEntry[]
  /** Each two-character gram of the search texts → ascending positions in entries. */
  readonly positionsByGram: ReadonlyMap<string, Int32Array>
  readonly positionsByCity: ReadonlyMap<string, Int32Array>
  readonly positionsByIndustry: ReadonlyMap<string, Int32Array>
  readonly positionsByPark: ReadonlyMap<string, Int32Array>
  /** 0 … entries.length − 1: the walk when no list narrows it. */
  readonly allPositions: Int32Array
  /** Per sortable order: the position of the firm at each rank (rank 1 at index 0). */
  readonly positionAtRank: Readonly<Record<FirmSortKey, Int32Array>>
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
  const positionAtRank = Object.fromEntries(
    firmSortKeys.map((key) => [key, new Int32Array(entries.length).fill(-1)]),
  ) as Record<FirmSortKey, Int32Array>
  entries.forEach((entry, position) => {
    const previous = entries[position - 1]
    if (previous !== undefined && !(previous.id < entry.id))
      throw new Error('firm search entries out of id order')
  })
  entries.forEach((entry, position) => {
    for (const key of firmSortKeys) placeRank(positionAtRank[key], entry.ranks[key], position)
    Object.freeze(entry.ranks)
    Object.freeze(entry)
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
    positionAtRank,
  }
}

/** Ranks run 1 … n without gaps or repeats (row_number over a unique order), or the picture is refused. */
function placeRank(positions: Int32Array, rank: number, position: number) {
  if (!(rank >= 1 && rank <= positions.length) || positions[rank - 1] !== -1)
    throw new Error(`firm search rank ${rank} out of range or repeated`)
  positions[rank - 1] = position
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
  const codePrefix = creditCodePrefixOf(term)
  return (
    (codePrefix === undefined ? entry.searchText.includes(term) : entry.creditCode.startsWith(codePrefix)) &&
    (filter.city === undefined || entry.cityCode === filter.city) &&
    (filter.industry === undefined || entry.industryCode === filter.industry) &&
    (filter.park === undefined || entry.parkId === filter.park) &&
    (filter.stage === undefined || entry.stage === filter.stage) &&
    (filter.size === undefined || entry.size === filter.size) &&
    (filter.leading === undefined || entry.isLeading === filter.leading) &&
    (filter.highTech === undefined || entry.isHighTech === filter.highTech)
  )
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

/** The position of the firm with this id (entries are in id order), or undefined when the picture lacks it. */
function positionOfId(snapshot: FirmSearchSnapshot, id: string): number | undefined {
  let low = 0
  let high = snapshot.entries.length
  while (low < high) {
    const middle = (low + high) >>> 1
    const entry = snapshot.entries[middle]
    if (entry !== undefined && entry.id < id) low = middle + 1
    else high = middle
  }
  return snapshot.entries[low]?.id === id ? low : undefined
}

/**
 * The firms matching the filter, as the SQL of repository.listFirms finds them, with the page after the cursor in
 * the order asked for and the count bounded as the SQL bounds it. Walks the shortest required list (every firm
 * when the term is one character and no keyed filter is given), keeps the positions the other lists hold too
 * (integer steps, no string work), and checks only those against the whole filter; the matches' ranks in the order
 * asked for are then sorted as integers. Undefined when the cursor's firm is not in the picture (ask the database).
 */
export function findFirms(
  snapshot: FirmSearchSnapshot,
  filter: FirmFilter,
  page: Pick<SortedPageRequest<FirmSortKey>, 'order' | 'after' | 'limit' | 'countMax'>,
): { rows: FirmListRow[]; total: number } | undefined {
  const { key, descending } = page.order
  const afterPosition = page.after === null ? null : positionOfId(snapshot, page.after.id)
  if (afterPosition === undefined) return undefined
  const afterRank = afterPosition === null ? null : (snapshot.entries[afterPosition]?.ranks[key] ?? 0)
  const term = normaliseSearch(filter.q) ?? ''
  const lists = requiredLists(snapshot, term, filter).sort((left, right) => left.length - right.length)
  const walk = lists[0] ?? snapshot.allPositions
  const others = lists.slice(1)
  const cursors = others.map(() => 0)
  const ranks = new Int32Array(walk.length)
  let matched = 0
  let beyond = 0
  for (const position of walk) {
    if (!inEveryList(others, cursors, position)) continue
    const entry = snapshot.entries[position]
    if (entry === undefined || !matches(entry, term, filter)) continue
    matched++
    const rank = entry.ranks[key]
    if (afterRank === null || (descending ? rank < afterRank : rank > afterRank)) ranks[beyond++] = rank
  }
  const ordered = ranks.subarray(0, beyond).sort()
  const taken = descending
    ? ordered.subarray(Math.max(0, beyond - page.limit - 1)).reverse()
    : ordered.subarray(0, page.limit + 1)
  const rows: FirmListRow[] = []
  for (const rank of taken) {
    const entry = snapshot.entries[snapshot.positionAtRank[key][rank - 1] ?? -1]
    if (entry !== undefined) rows.push(entry)
  }
  return { rows, total: Math.min(matched, page.countMax) }
}
