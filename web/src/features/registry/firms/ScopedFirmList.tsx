import { PagedRows } from '../../../shared/list/PagedRows'
import { usePagedList } from '../../../shared/list/usePagedList'
import { FirmTable } from './FirmTable'
import { firmPages, type FirmFilters } from './firms.queries'

/** The firms of one park or city, paged, inside another record's page. */
export function ScopedFirmList({ filters }: { filters: FirmFilters }) {
  const list = usePagedList(firmPages, () => filters)
  return (
    <PagedRows list={list} notice={false}>
      <FirmTable firms={list.items} loading={list.query.isFetching} />
    </PagedRows>
  )
}
