// CSV as spreadsheets in China open it: UTF-8 with a byte-order mark (so Excel reads Chinese correctly), CRLF line
// ends, and every field that needs it quoted (RFC 4180). A field that starts like a formula is prefixed with an
// apostrophe, so an exported name can never run as a formula in the reader's spreadsheet.
export type Cell = string | number | null

const byteOrderMark = '\uFEFF'
const formulaStart = /^[=+\-@\t\r]/

function csvField(cell: Cell): string {
  if (cell === null) return ''
  if (typeof cell === 'number') return String(cell)
  const text = formulaStart.test(cell) ? `'${cell}` : cell
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','))
  return `${byteOrderMark}${lines.join('\r\n')}\r\n`
}
