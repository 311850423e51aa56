import { Empty, Table, type TableProps } from 'antd'
import { useTranslation } from 'react-i18next'
import { tableScroll } from './tables'

export type DataTableProps<Row> = Omit<TableProps<Row>, 'dataSource' | 'locale'> & {
  rows: readonly Row[]
  /** what an empty table says (no records match, unless told otherwise) */
  emptyText?: string
}

/**
 * The console's table: rows keyed by id, no pages of its own (lists page on the server), the middle size, scrolling
 * sideways inside its card on narrow screens, and an empty state in words.
 */
export function DataTable<Row extends object>({ rows, emptyText, ...table }: DataTableProps<Row>) {
  const { t } = useTranslation()
  return (
    <Table<Row>
      rowKey="id"
      pagination={false}
      size="middle"
      scroll={tableScroll}
      locale={{ emptyText: <Empty description={emptyText ?? t('common.noResults')} /> }}
      dataSource={rows}
      {...table}
    />
  )
}
