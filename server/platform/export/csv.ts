// CSV as spreadsheets in China open it: UTF-8 with a byte-order mark (so Excel reads Chinese correctly), CRLF line
// ends, and every field that needs it quoted (RFC 4180). A field that starts like a formula is prefixed with an
// apostrophe, so an exported name can never run as a formula in the reader's spreadsheet. Values follow the
// column description: yuan columns take integer fen and are written as exact yuan ('1234.50'); days and instants
// are written as given; other numbers as JavaScript prints them.
import { checkTable, yuanTextOfFen, type Cell, type Column, type Row } from './columns'

const byteOrderMark = '\uFEFF'
const formulaStart = /^[=+\-@\t\r]/

function csvText(text: string): string {
  const defused = formulaStart.test(text) ? `'${text}` : text
  return /[",\r\n]/.test(defused) ? `"${defused.replace(/"/g, '""')}"` : defused
}

function csvField(column: Column, cell: Cell): string {
  if (cell === null) return ''
  if (typeof cell === 'string') return csvText(cell)
  // numbers skip the formula rule: '-12.50' is an amount the reader's spreadsheet must see as a number
  return column.kind === 'yuan' ? yuanTextOfFen(cell) : String(cell)
}

export function toCsv(columns: readonly Column[], rows: readonly Row[]): string {
  checkTable(columns, rows)
  const header = columns.map((column) => csvText(column.header))
  const lines = rows.map((row) => columns.map((column, index) => csvField(column, row[index] ?? null)))
  return `${byteOrderMark}${[header, ...lines].map((fields) => fields.join(',')).join('\r\n')}\r\n`
}
