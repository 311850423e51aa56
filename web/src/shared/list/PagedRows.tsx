import type { ReactNode } from 'react'
import { DataTable, type DataTableProps } from '../ui/DataTable'
import { QueryError } from '../ui/PageError'
import { SyntheticNotice } from '../ui/SyntheticTag'
import { CursorPager } from './CursorPager'
import type { PagedList } from './usePagedList'

/** A record that may have been generated for the demonstration. */
interface MaybeSynthetic {
  isSynthetic?: boolean
}

/**
 * The page of a paged list on screen: why it failed to load (with a retry), a notice when it holds generated
 * demo records (unless the page around it says so already), the rows (`children`) and the pager.
 */
export function PagedRows<Item extends MaybeSynthetic & object>({
  list,
  notice = true,
  children,
}: {
  list: PagedList<unknown, Item>
  notice?: boolean
  children: ReactNode
}) {
  return (
    <>
      <QueryError query={list.query} />
      <SyntheticNotice shown={notice && list.items.some((item) => item.isSynthetic === true)} />
      {children}
      <CursorPager pager={list.pager} />
    </>
  )
}

/** The page of a paged list on screen as a table (see PagedRows). */
export function PagedTable<Item extends MaybeSynthetic & object>({
  list,
  notice,
  ...table
}: { list: PagedList<unknown, Item>; notice?: boolean } & Omit<DataTableProps<Item>, 'rows' | 'loading'>) {
  return (
    <PagedRows list={list} notice={notice}>
      <DataTable<Item> rows={list.items} loading={list.query.isFetching} {...table} />
    </PagedRows>
  )
}
