// One list hook for every paged list of the console: the filters read from the address (so a filtered list can be
// bookmarked, shared and reloaded), keyset pages with a cursor stack for going back, and the page size. The API
// pages with `cursor` and `limit` and answers `{ items, nextCursor }`; nextCursor is null on the last page.
import { keepPreviousData, useQuery, type UseQueryResult } from '@tanstack/react-query'
import { useState } from 'react'
import { useUrlFilters, type UrlFilters } from './useUrlFilters'

export interface Page<Item> {
  items: Item[]
  nextCursor: string | null
  /** how many match, where the API counts them: exactly when totalIsExact, else at least this many */
  total?: number
  totalIsExact?: boolean
}

/** The page asked for: after `cursor` (the first page without one), at most `limit` items. */
export interface PageRequest {
  cursor: string | undefined
  limit: number
}

/** Where a list's pages come from: its query key (a prefix its refresh invalidates) and the GET of one page. */
export interface PagedSource<Filters, Item> {
  queryKey: readonly unknown[]
  fetchPage: (filters: Filters, page: PageRequest, signal: AbortSignal) => Promise<Page<Item>>
}

export function pagedSource<Filters, Item>(
  queryKey: readonly unknown[],
  fetchPage: (filters: Filters, page: PageRequest, signal: AbortSignal) => Promise<Page<Item>>,
): PagedSource<Filters, Item> {
  return { queryKey, fetchPage }
}

export const pageSizes = [20, 50, 100] as const
export const defaultPageSize = 20

/** One page of a source; the previous page stays on screen while the next one loads. */
export function usePageQuery<Filters, Item>(
  source: PagedSource<Filters, Item>,
  filters: Filters,
  page: PageRequest,
): UseQueryResult<Page<Item>> {
  return useQuery({
    queryKey: [...source.queryKey, filters, page.cursor, page.limit],
    queryFn: ({ signal }) => source.fetchPage(filters, page, signal),
    placeholderData: keepPreviousData,
  })
}

/** The first `limit` items of a source, for a select or a short list that has no pager. */
export function useFirstPage<Filters, Item>(
  source: PagedSource<Filters, Item>,
  filters: Filters,
  limit: number,
): UseQueryResult<Page<Item>> {
  return usePageQuery(source, filters, { cursor: undefined, limit })
}

/** What <CursorPager> shows and does. */
export interface CursorPagerState {
  /** 1 for the first page */
  pageNumber: number
  hasPrevious: boolean
  hasNext: boolean
  goPrevious: () => void
  goNext: () => void
  pageSize: number
  setPageSize: (pageSize: number) => void
  busy: boolean
  /** undefined until the page on screen has loaded (a page kept from before is not this page) */
  itemsOnPage: number | undefined
  /** how many match over every page, where the API counts them */
  total?: { count: number; exact: boolean }
}

export interface PagedList<Filters, Item> {
  /** the filters as read from the address (and whatever else the list is narrowed by) */
  filters: Filters
  /** the address's filters: read them, set one, clear them all */
  url: UrlFilters
  /** the items of the page on screen */
  items: Item[]
  query: UseQueryResult<Page<Item>>
  pager: CursorPagerState
}

interface CursorStack {
  /** the filters and page size the cursors were collected under */
  key: string
  /** the cursor of each page seen so far, the first page's undefined */
  cursors: (string | undefined)[]
}

const firstPage: (string | undefined)[] = [undefined]

/**
 * A paged list. `readFilters` reads the list's filters from the address (a list embedded in a page ignores the
 * address and returns what it is narrowed by); a change of the filters or of the page size starts again at the
 * first page.
 */
export function usePagedList<Filters, Item>(
  source: PagedSource<Filters, Item>,
  readFilters: (url: UrlFilters) => Filters,
): PagedList<Filters, Item> {
  const url = useUrlFilters()
  const [pageSize, setPageSize] = useState<number>(defaultPageSize)
  const filters = readFilters(url)
  const key = JSON.stringify([filters, pageSize])
  const [stack, setStack] = useState<CursorStack>({ key, cursors: firstPage })
  // other filters or another page size: back to the first page, and the cursors collected before are forgotten
  // (coming back to the earlier filters starts at their first page too)
  if (stack.key !== key) setStack({ key, cursors: firstPage })
  const cursors = stack.key === key ? stack.cursors : firstPage
  const cursor = cursors[cursors.length - 1]
  const query = usePageQuery(source, filters, { cursor, limit: pageSize })
  const items = query.data?.items ?? []
  const nextCursor = query.data?.nextCursor ?? null
  return {
    filters,
    url,
    items,
    query,
    pager: {
      pageNumber: cursors.length,
      hasPrevious: cursors.length > 1,
      hasNext: nextCursor !== null,
      goPrevious: () => setStack({ key, cursors: cursors.slice(0, -1) }),
      goNext: () => {
        if (nextCursor !== null) setStack({ key, cursors: [...cursors, nextCursor] })
      },
      pageSize,
      setPageSize,
      busy: query.isFetching,
      itemsOnPage: query.data === undefined || query.isPlaceholderData ? undefined : items.length,
      ...(query.data?.total === undefined
        ? {}
        : { total: { count: query.data.total, exact: query.data.totalIsExact !== false } }),
    },
  }
}
