// Sortable columns of a paged list. The order lives in the address as `sort` (`createdAt`, `-createdAt`), as the
// API takes it (docs/ARCHITECTURE.md, "Lists"), so a sorted list can be bookmarked; a column header click sets it,
// a third click goes back to the list's default order. The server sorts: the console never reorders a page.
import type { TableProps } from 'antd'
import type { Column } from '../ui/columns'
import type { UrlFilters } from './useUrlFilters'

export type SortOf<Key extends string> = Key | `-${Key}`

type SortOrder = 'ascend' | 'descend' | null

/** Every value of `sort` a list with these keys accepts. */
export function sortValues<Key extends string>(keys: readonly Key[]): SortOf<Key>[] {
  return keys.flatMap((key): SortOf<Key>[] => [key, `-${key}`])
}

/** The list's sort as the address holds it, or its default. */
export function sortFilter<Key extends string>(
  url: UrlFilters,
  keys: readonly Key[],
  defaultSort: SortOf<Key>,
): SortOf<Key> {
  return url.choice('sort', sortValues(keys)) ?? defaultSort
}

function orderOf(sort: string, key: string): SortOrder {
  if (sort === key) return 'ascend'
  if (sort === `-${key}`) return 'descend'
  return null
}

/** A column made sortable by `key`: its header shows the list's current order and sets another. */
export function sortable<Row>(column: Column<Row>, key: string, sort: string): Column<Row> {
  return {
    ...column,
    key,
    sorter: true,
    sortOrder: orderOf(sort, key),
    sortDirections: ['descend', 'ascend'],
  }
}

/** The table's onChange for sortable columns: writes the clicked order into the address (none: the default). */
export function sortChange<Row>(url: UrlFilters): TableProps<Row>['onChange'] {
  return (_pagination, _filters, sorter) => {
    const single = Array.isArray(sorter) ? sorter[0] : sorter
    const key = single?.columnKey
    const order = single?.order
    if (typeof key !== 'string' || order === undefined || order === null) {
      url.setFilter('sort', undefined)
      return
    }
    url.setFilter('sort', order === 'descend' ? `-${key}` : key)
  }
}
