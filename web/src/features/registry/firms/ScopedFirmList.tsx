import { useState } from 'react'
import { CursorPager } from '../../../shared/ui/CursorPager'
import { InlineError } from '../../../shared/ui/PageError'
import { useCursorPager } from '../../../shared/ui/useCursorPager'
import { FirmTable } from './FirmTable'
import { useFirmPage, type FirmFilters } from './firms.queries'

/** The firms of one park or city, paged, inside another record's page. */
export function ScopedFirmList({ filters }: { filters: FirmFilters }) {
  const [pageSize, setPageSize] = useState(20)
  const pager = useCursorPager(JSON.stringify([filters, pageSize]))
  const page = useFirmPage(filters, pager.cursor, pageSize)
  const firms = page.data?.items ?? []
  return (
    <>
      {page.isError && <InlineError error={page.error} onRetry={() => void page.refetch()} />}
      <FirmTable firms={firms} loading={page.isFetching} />
      <CursorPager
        pager={pager}
        nextCursor={page.data?.nextCursor}
        pageSize={pageSize}
        onPageSizeChange={setPageSize}
        busy={page.isFetching}
        itemsOnPage={firms.length}
      />
    </>
  )
}
