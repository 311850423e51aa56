import { CursorPager } from '../../../shared/list/CursorPager'
import { usePagedList } from '../../../shared/list/usePagedList'
import { InlineError } from '../../../shared/ui/PageError'
import { FirmTable } from './FirmTable'
import { firmPages, type FirmFilters } from './firms.queries'

/** The firms of one park or city, paged, inside another record's page. */
export function ScopedFirmList({ filters }: { filters: FirmFilters }) {
  const { query: page, pager } = usePagedList(firmPages, () => filters)
  const firms = page.data?.items ?? []
  return (
    <>
      {page.isError && <InlineError error={page.error} onRetry={() => void page.refetch()} />}
      <FirmTable firms={firms} loading={page.isFetching} />
      <CursorPager pager={pager} />
    </>
  )
}
