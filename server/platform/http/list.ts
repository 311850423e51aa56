// The list contract every paged list of the API follows (docs/ARCHITECTURE.md, "Lists"): a `sort` from the list's
// own allow-list (`createdAt` ascending, `-createdAt` descending), a `q` for the numbers people quote, keyset
// cursors that carry the sort key and the id (so a page never repeats or skips a row), and a total counted up to
// `listCountMax`: exact below it, "more than" at it, so counting never reads more than that many index entries.
import { Type, type TSchema } from 'typebox'
import { AppError } from '../errors'
import { PageQuery, pageSizeDefault } from './schemas'

/** Totals are exact up to this many rows; at it, the answer says "at least this many". */
export const listCountMax = 10_000

/** `q` of a list: a number as people quote it (voucher, order, claim numbers), or a part of one. */
export const SearchQuery = {
  q: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 64,
      description: 'A number as people quote it (e.g. SZ-2026-000123-K), or its beginning',
    }),
  ),
}

/** The `sort` parameter of a list: one of its keys, `-` before it for descending. */
export function SortQuery<const Keys extends readonly string[]>(keys: Keys, defaultSort: SortOf<Keys>) {
  const values = keys.flatMap((key) => [key, `-${key}`]) as SortOf<Keys>[]
  return {
    sort: Type.Optional(
      Type.Enum(values, {
        default: defaultSort,
        description: `Order of the list: ${keys.join(', ')}; a leading "-" is descending. Default: ${defaultSort}`,
      }),
    ),
  }
}

/** The query fields of a sortable, searchable list. */
export function ListQuery<const Keys extends readonly string[]>(keys: Keys, defaultSort: SortOf<Keys>) {
  return { ...PageQuery, ...SortQuery(keys, defaultSort), ...SearchQuery }
}

/** A page of a counted list: the items, the cursor of the next page, and how many match. */
export function ListPage<Item extends TSchema>(item: Item) {
  return Type.Object({
    items: Type.Array(item),
    nextCursor: Type.Union([Type.String(), Type.Null()], { description: 'null on the last page' }),
    total: Type.Integer({
      minimum: 0,
      description: `How many match: exactly when totalIsExact, else more than ${listCountMax - 1}`,
    }),
    totalIsExact: Type.Boolean(),
  })
}

export type SortOf<Keys extends readonly string[]> = Keys[number] | `-${Keys[number]}`

/** A sort as a repository applies it: the key and its direction. */
export interface SortOrder<Key extends string = string> {
  key: Key
  descending: boolean
}

export function sortOrderOf<Key extends string>(sort: Key | `-${Key}`): SortOrder<Key> {
  return sort.startsWith('-')
    ? { key: sort.slice(1) as Key, descending: true }
    : { key: sort as Key, descending: false }
}

/** A sort key's value as a cursor holds it: instants as ISO text (tagged), numbers and text as they are. */
export type SortValue = string | number | Date

/** Where the next page starts: after the row with this sort value and id, in the list's order. */
export interface SortedAfter {
  value: SortValue
  id: string
}

interface CursorShape {
  s: string
  v: string | number
  d?: 1
  i: string
}

function isCursorShape(value: unknown): value is CursorShape {
  if (typeof value !== 'object' || value === null) return false
  const shape = value as Partial<CursorShape>
  return (
    typeof shape.s === 'string' &&
    typeof shape.i === 'string' &&
    (typeof shape.v === 'string' || typeof shape.v === 'number')
  )
}

/** The cursor after a row: the sort it was made under, the row's sort value and its id. */
export function encodeSortedCursor(sort: string, after: SortedAfter): string {
  const shape: CursorShape =
    after.value instanceof Date
      ? { s: sort, v: after.value.toISOString(), d: 1, i: after.id }
      : { s: sort, v: after.value, i: after.id }
  return Buffer.from(JSON.stringify(shape), 'utf8').toString('base64url')
}

/** The row a cursor points after; a cursor of another sort (or none that parses) is refused, not misread. */
export function decodeSortedCursor(cursor: string | undefined, sort: string): SortedAfter | null {
  if (cursor === undefined) return null
  let parsed: unknown
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    throw new AppError('CURSOR_INVALID')
  }
  if (!isCursorShape(parsed) || parsed.s !== sort) throw new AppError('CURSOR_INVALID')
  if (parsed.d === 1) {
    const instant = new Date(String(parsed.v))
    if (Number.isNaN(instant.getTime())) throw new AppError('CURSOR_INVALID')
    return { value: instant, id: parsed.i }
  }
  return { value: parsed.v, id: parsed.i }
}

/** The page query a list service hands its repository: sort, where to start, how many, the count bound. */
export interface SortedPageRequest<Key extends string = string> {
  order: SortOrder<Key>
  after: SortedAfter | null
  limit: number
  countMax: number
}

/** Reads a list query's page fields: its sort (or the list's default), its cursor and its limit. */
export function sortedPageRequest<Key extends string>(
  query: { sort?: Key | `-${Key}` | undefined; cursor?: string | undefined; limit?: number | undefined },
  defaultSort: Key | `-${Key}`,
): SortedPageRequest<Key> & { sort: string } {
  const sort = query.sort ?? defaultSort
  return {
    sort,
    order: sortOrderOf(sort),
    after: decodeSortedCursor(query.cursor, sort),
    limit: query.limit ?? pageSizeDefault,
    countMax: listCountMax,
  }
}

/**
 * The answer of a counted list from the rows its repository read (limit + 1 of them, so a next page shows) and the
 * bounded count: the cursor carries the last row's sort value and id.
 */
export function toListPage<Row extends { id: string }>(
  request: { sort: string; limit: number; countMax: number },
  read: { rows: Row[]; total: number },
  sortValueOf: (row: Row) => SortValue,
) {
  const hasMore = read.rows.length > request.limit
  const items = hasMore ? read.rows.slice(0, request.limit) : read.rows
  const last = items[items.length - 1]
  return {
    items,
    nextCursor:
      hasMore && last !== undefined
        ? encodeSortedCursor(request.sort, { value: sortValueOf(last), id: last.id })
        : null,
    total: read.total,
    totalIsExact: read.total < request.countMax,
  }
}

/** A counted page shaped for its answer. */
export function presentListPage<Row, Item>(
  page: { items: readonly Row[]; nextCursor: string | null; total: number; totalIsExact: boolean },
  present: (row: Row) => Item,
) {
  return { ...page, items: page.items.map((row) => present(row)) }
}
