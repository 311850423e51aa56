// Table columns the way every list writes them: a key, a title and what each row shows, with the common kinds
// (names in both languages, money, moments, cities, actions) made once.
import type { TableColumnType } from 'antd'
import type { ReactNode } from 'react'
import type { Named } from '../i18n/useLanguage'
import { CityName } from '../reference/CityName'
import { LinkButton } from './LinkButton'
import { Money } from './Money'
import { BilingualName } from './RecordName'
import { Timestamp } from './Formatted'

export type Column<Row> = TableColumnType<Row>

export interface ColumnLayout {
  width?: number
  align?: 'right'
  ellipsis?: boolean
  fixed?: 'left' | 'right'
}

/** A column of what `cell` makes of each row; `layout` is its width, or its width and alignment. */
export function column<Row>(
  key: string,
  title: ReactNode,
  cell: (row: Row) => ReactNode,
  layout: ColumnLayout | number = {},
): Column<Row> {
  return {
    key,
    title,
    ...(typeof layout === 'number' ? { width: layout } : layout),
    render: (_, row) => cell(row),
  }
}

/** The record's name in both languages, a link to its page given `pathOf`. */
export function nameColumn<Row extends Named>(title: ReactNode, pathOf?: (row: Row) => string): Column<Row> {
  return column('name', title, (row) => <BilingualName record={row} to={pathOf?.(row)} />)
}

/** An amount of fen, right-aligned. */
export function moneyColumn<Row>(
  key: string,
  title: ReactNode,
  fen: (row: Row) => number,
  width?: number,
): Column<Row> {
  return column(key, title, (row) => <Money fen={fen(row)} />, { align: 'right', width })
}

/** A moment, in Shanghai time. */
export function timestampColumn<Row>(
  key: string,
  title: ReactNode,
  at: (row: Row) => string,
  width?: number,
): Column<Row> {
  return column(key, title, (row) => <Timestamp at={at(row)} />, width)
}

/** A city, by its code. */
export function cityColumn<Row>(title: ReactNode, code: (row: Row) => string, width = 130): Column<Row> {
  return column('city', title, (row) => <CityName code={code(row)} />, width)
}

/** The row's action: a button that opens the row's page. */
export function openColumn<Row>(
  title: ReactNode,
  label: string,
  pathOf: (row: Row) => string,
  width: number,
): Column<Row> {
  return column(
    'actions',
    title,
    (row) => (
      <LinkButton size="small" type="primary" ghost to={pathOf(row)}>
        {label}
      </LinkButton>
    ),
    width,
  )
}
