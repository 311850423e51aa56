// An Excel workbook of a table, written in the browser by exceljs (loaded only when someone exports): one sheet, a
// bold frozen header with a filter, widths that fit, and typed cells: yuan from integer fen with two decimals,
// percentages, days as dates and moments as Asia/Shanghai times. Strings stay strings: nothing becomes a formula.
import type { FileCell, FileColumn, TableFile } from './tableFile'

const shanghaiOffsetMs = 8 * 60 * 60 * 1000
const widthMin = 8
const widthMax = 60
const sheetNameLengthMax = 31

function formatCode(column: FileColumn): string | undefined {
  const places = (column.decimals ?? 2) > 0 ? `.${'0'.repeat(column.decimals ?? 2)}` : ''
  switch (column.kind) {
    case 'yuan':
      return '#,##0.00'
    case 'integer':
      return '#,##0'
    case 'decimal':
      return `0${places}`
    case 'percent':
      return `0${places}%`
    case 'date':
      return 'yyyy-mm-dd'
    case 'datetime':
      return 'yyyy-mm-dd hh:mm'
    case 'text':
      return undefined
  }
}

/** What Excel shows is the time on the wall in Shanghai: exceljs writes a Date as its UTC serial, so shift it. */
function cellValue(column: FileColumn, cell: FileCell): string | number | Date | null {
  if (cell === null) return null
  if (typeof cell === 'number') return column.kind === 'yuan' ? cell / 100 : cell
  if (column.kind === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(cell)) return new Date(`${cell}T00:00:00Z`)
  if (column.kind === 'datetime' && !Number.isNaN(Date.parse(cell)))
    return new Date(Date.parse(cell) + shanghaiOffsetMs)
  return cell
}

/** Characters that take two columns of a fixed-width grid (CJK and full-width forms). */
function displayWidth(text: string): number {
  let width = 0
  for (const character of text)
    width += /[\u2e80-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff00-\uffe6]/.test(character) ? 2 : 1
  return width
}

/** A sheet name Excel accepts: none of : \ / ? * [ ], at most 31 characters. */
export function sheetName(name: string): string {
  const cleaned = name.replace(/[:\\/?*[\]]/g, ' ').trim()
  return (cleaned === '' ? 'Sheet1' : cleaned).slice(0, sheetNameLengthMax)
}

export async function writeXlsx(table: TableFile): Promise<ArrayBuffer> {
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet(sheetName(table.sheet), { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = table.columns.map((column, index) => {
    const widest = Math.max(
      displayWidth(column.header),
      ...table.rows.map((row) => displayWidth(String(row[index] ?? ''))),
    )
    const numFmt = formatCode(column)
    return {
      header: column.header,
      width: Math.min(widthMax, Math.max(widthMin, widest + 2)),
      ...(numFmt === undefined ? {} : { style: { numFmt } }),
    }
  })
  sheet.getRow(1).font = { bold: true }
  for (const row of table.rows)
    sheet.addRow(table.columns.map((column, index) => cellValue(column, row[index] ?? null)))
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: 1, column: Math.max(1, table.columns.length) },
  }
  return workbook.xlsx.writeBuffer()
}
