import { act, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { renderHookAt } from '../../testing/render'
import { pagedSource, usePagedList, type PageRequest } from './usePagedList'

interface Filters {
  q: string | undefined
  city: string | undefined
  leading: boolean | undefined
}

/** A server of 45 numbered items: pages follow the cursor (the last number seen), at most `limit` each. */
function numberedSource() {
  const requests: { filters: Filters; page: PageRequest }[] = []
  const source = pagedSource(['test', 'numbers'], async (filters: Filters, page) => {
    requests.push({ filters, page })
    const after = page.cursor === undefined ? 0 : Number(page.cursor)
    const items = Array.from({ length: 45 }, (_, index) => index + 1)
      .filter((number) => number > after)
      .slice(0, page.limit)
    const last = items.at(-1)
    return { items, nextCursor: last !== undefined && last < 45 ? String(last) : null }
  })
  return { source, requests }
}

const readFilters = (url: Parameters<Parameters<typeof usePagedList>[1]>[0]): Filters => ({
  q: url.text('q'),
  city: url.choice('city', ['SZ', 'HZ'] as const),
  leading: url.flag('leading'),
})

describe('usePagedList', () => {
  it('reads its filters from the address and writes them back to it', async () => {
    const { source, requests } = numberedSource()
    const view = renderHookAt(
      () => usePagedList(source, readFilters),
      '/firms?q=%E8%8B%8F%E5%B7%9E&city=SZ&leading=true',
    )
    await waitFor(() => expect(view.result.current.items).toHaveLength(20))
    expect(view.result.current.filters).toEqual({ q: '苏州', city: 'SZ', leading: true })
    expect(requests[0]).toEqual({
      filters: { q: '苏州', city: 'SZ', leading: true },
      page: { cursor: undefined, limit: 20 },
    })
    expect(view.result.current.url.hasAny).toBe(true)

    act(() => view.result.current.url.setFilter('city', 'HZ'))
    act(() => view.result.current.url.setFilter('leading', false))
    act(() => view.result.current.url.setFilter('q', ''))
    expect(new URLSearchParams(view.location().search).toString()).toBe('city=HZ')
    expect(view.result.current.filters).toEqual({ q: undefined, city: 'HZ', leading: undefined })

    act(() => view.result.current.url.clearFilters())
    expect(view.location().search).toBe('')
    expect(view.result.current.url.hasAny).toBe(false)
  })

  it('ignores a value the list does not know', () => {
    const { source } = numberedSource()
    const view = renderHookAt(() => usePagedList(source, readFilters), '/firms?city=Atlantis&leading=yes')
    expect(view.result.current.filters).toEqual({ q: undefined, city: undefined, leading: undefined })
  })

  it('goes forward along the cursors and back again without losing its place', async () => {
    const { source, requests } = numberedSource()
    const view = renderHookAt(() => usePagedList(source, readFilters))
    // a page on its way has no count of its own yet: the pager says it is loading, not "0 on this page"
    expect(view.result.current.pager.itemsOnPage).toBeUndefined()
    await waitFor(() => expect(view.result.current.pager.hasNext).toBe(true))
    expect(view.result.current.pager).toMatchObject({ pageNumber: 1, hasPrevious: false, itemsOnPage: 20 })

    act(() => view.result.current.pager.goNext())
    // the first page is kept on screen meanwhile, but its rows are not counted as the second page's
    expect(view.result.current.pager).toMatchObject({ pageNumber: 2, itemsOnPage: undefined })
    await waitFor(() => expect(view.result.current.items[0]).toBe(21))
    expect(view.result.current.pager.itemsOnPage).toBe(20)
    expect(requests.at(-1)?.page).toEqual({ cursor: '20', limit: 20 })

    act(() => view.result.current.pager.goNext())
    await waitFor(() => expect(view.result.current.items).toEqual([41, 42, 43, 44, 45]))
    expect(view.result.current.pager).toMatchObject({ pageNumber: 3, hasNext: false, hasPrevious: true })

    act(() => view.result.current.pager.goPrevious())
    await waitFor(() => expect(view.result.current.items[0]).toBe(21))
    expect(view.result.current.pager.pageNumber).toBe(2)
    act(() => view.result.current.pager.goPrevious())
    await waitFor(() => expect(view.result.current.items[0]).toBe(1))
    expect(view.result.current.pager).toMatchObject({ pageNumber: 1, hasPrevious: false })
  })

  it('starts again at the first page when the page size or a filter changes', async () => {
    const { source, requests } = numberedSource()
    const view = renderHookAt(() => usePagedList(source, readFilters))
    await waitFor(() => expect(view.result.current.pager.hasNext).toBe(true))
    act(() => view.result.current.pager.goNext())
    await waitFor(() => expect(view.result.current.pager.pageNumber).toBe(2))

    act(() => view.result.current.pager.setPageSize(50))
    expect(view.result.current.pager.pageNumber).toBe(1)
    await waitFor(() => expect(view.result.current.items).toHaveLength(45))
    expect(requests.at(-1)?.page).toEqual({ cursor: undefined, limit: 50 })

    act(() => view.result.current.pager.setPageSize(20))
    // back to the earlier page size: its first page, not the page it was on
    expect(view.result.current.pager.pageNumber).toBe(1)
    await waitFor(() => expect(view.result.current.pager.hasNext).toBe(true))
    act(() => view.result.current.pager.goNext())
    await waitFor(() => expect(view.result.current.pager.pageNumber).toBe(2))
    act(() => view.result.current.url.setFilter('city', 'SZ'))
    expect(view.result.current.pager.pageNumber).toBe(1)
    await waitFor(() =>
      expect(requests.at(-1)).toEqual({
        filters: { q: undefined, city: 'SZ', leading: undefined },
        page: { cursor: undefined, limit: 20 },
      }),
    )
  })

  it('keys its queries under the source’s key, so that a refresh of that key refetches it', async () => {
    const { source } = numberedSource()
    const fetchPage = vi.spyOn(source, 'fetchPage')
    const view = renderHookAt(() =>
      usePagedList(source, () => ({ q: 'x', city: undefined, leading: undefined })),
    )
    await waitFor(() => expect(view.result.current.items).toHaveLength(20))
    expect(
      view.queryClient
        .getQueryCache()
        .getAll()
        .map((query) => query.queryKey),
    ).toEqual([['test', 'numbers', { q: 'x', city: undefined, leading: undefined }, undefined, 20]])
    await act(() => view.queryClient.invalidateQueries({ queryKey: ['test', 'numbers'] }))
    expect(fetchPage).toHaveBeenCalledTimes(2)
  })
})
