import { useState } from 'react'

/**
 * Keyset pages: the API hands out `nextCursor`; going back replays the cursors seen so far. Any change of the
 * filters (their key) starts again at the first page.
 */
export function useCursorPager(filtersKey: string) {
  const [state, setState] = useState<{ key: string; cursors: (string | undefined)[] }>({
    key: filtersKey,
    cursors: [undefined],
  })
  const cursors = state.key === filtersKey ? state.cursors : [undefined]
  return {
    cursor: cursors[cursors.length - 1],
    pageNumber: cursors.length,
    goNext: (nextCursor: string) => setState({ key: filtersKey, cursors: [...cursors, nextCursor] }),
    goPrevious: () => setState({ key: filtersKey, cursors: cursors.slice(0, -1) }),
  }
}

export type CursorPagerState = ReturnType<typeof useCursorPager>
