// A table as a file to download, written in the browser from what the page shows (its filters applied): CSV
// (UTF-8 with a byte-order mark, so that Excel reads Chinese) and an Excel workbook with typed cells (money in yuan
// with two decimals, days as dates, moments in Asia/Shanghai). Money comes as integer fen and is never a float
// until the workbook's number.
import { writeXlsx } from './xlsx'

export type CellKind = 'text' | 'integer' | 'decimal' | 'percent' | 'yuan' | 'date' | 'datetime'

export interface FileColumn {
  header: string
  kind: CellKind
  /** places after the point for decimal and percent cells (percent cells are fractions: 0.125 = 12.5%) */
  decimals?: number
}

export type FileCell = string | number | null

export interface TableFile {
  /** the file's name without its ending */
  name: string
  /** the sheet's name in the workbook */
  sheet: string
  columns: FileColumn[]
  rows: FileCell[][]
}

export type FileFormat = 'csv' | 'xlsx'

const shanghaiOffsetMs = 8 * 60 * 60 * 1000

/** '1234.50' from 123450 fen, by integer arithmetic. */
export function yuanText(fen: number): string {
  const sign = fen < 0 ? '-' : ''
  const absolute = Math.abs(Math.trunc(fen))
  return `${sign}${Math.trunc(absolute / 100)}.${String(absolute % 100).padStart(2, '0')}`
}

/** 'YYYY-MM-DD HH:mm' of an instant in Asia/Shanghai (UTC+8 all year). */
export function shanghaiMinute(instant: string): string {
  const time = Date.parse(instant)
  if (Number.isNaN(time)) return instant
  return new Date(time + shanghaiOffsetMs).toISOString().slice(0, 16).replace('T', ' ')
}

function csvText(column: FileColumn, cell: FileCell): string {
  if (cell === null) return ''
  if (typeof cell === 'string') return column.kind === 'datetime' ? shanghaiMinute(cell) : cell
  switch (column.kind) {
    case 'yuan':
      return yuanText(cell)
    case 'percent':
      return `${(cell * 100).toFixed(column.decimals ?? 2)}%`
    case 'decimal':
      return cell.toFixed(column.decimals ?? 2)
    default:
      return String(cell)
  }
}

/** A field that starts like a formula gets an apostrophe: a name can never run in the reader's spreadsheet. */
function csvField(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-\d+(\.\d+)?%?$/.test(text) ? `'${text}` : text
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

export function toCsv(table: TableFile): string {
  const lines = [
    table.columns.map((column) => csvField(column.header)).join(','),
    ...table.rows.map((row) =>
      table.columns.map((column, index) => csvField(csvText(column, row[index] ?? null))).join(','),
    ),
  ]
  return `\ufeff${lines.join('\r\n')}\r\n`
}

/** The file's bytes and type. */
export async function tableFileContent(table: TableFile, format: FileFormat): Promise<Blob> {
  if (format === 'csv') return new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' })
  return new Blob([await writeXlsx(table)], {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  })
}

/** Hands the file to the browser's download. */
export async function downloadTable(table: TableFile, format: FileFormat) {
  const url = URL.createObjectURL(await tableFileContent(table, format))
  const link = document.createElement('a')
  link.href = url
  link.download = `${table.name}.${format}`
  document.body.append(link)
  link.click()
  link.remove()
  // after the click has handed the file to the browser's download
  window.setTimeout(() => URL.revokeObjectURL(url), 1_000)
}
