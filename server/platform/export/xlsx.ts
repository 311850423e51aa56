// Excel workbooks (.xlsx) that open in Excel and WPS as treasurers expect: amounts as yuan numbers, days as dates,
// a bold frozen header with a filter on it and columns wide enough to read. Written with exceljs's streaming
// writer, which keeps no cell objects once a row is committed, so a 100 000-line batch stays small in memory.
// Strings are always written as strings: nothing from data ever becomes a formula.
import { Writable } from 'node:stream'
import { setImmediate as eventLoopTurn } from 'node:timers/promises'
import type { Style, Worksheet } from 'exceljs'
import {
  checkTable,
  dayMs,
  decimalsOf,
  instantMs,
  yuanTextOfFen,
  type Cell,
  type Column,
  type ColumnKind,
  type Row,
} from './columns'

export interface Sheet {
  /** 1 to 31 characters, none of : \ / ? * [ ], not starting or ending with an apostrophe, unique in the workbook */
  name: string
  columns: readonly Column[]
  /** one cell per column; yuan cells in integer fen */
  rows: readonly Row[]
}

export const xlsxContentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** Excel's 1 048 576 rows, less the header. */
export const xlsxRowsPerSheetMax = 1_048_575
const columnsPerSheetMax = 16_384
/** Excel refuses (and offers to "repair") a file with a longer cell */
const cellCharactersMax = 32_767
const widthMin = 8
const widthMax = 60
const shanghaiOffsetMs = 8 * 60 * 60 * 1000
/** rows written between turns of the event loop, so a long export never stalls other requests for long */
const rowsPerTurn = 2_000
const sheetNameForbidden = /[:\\/?*[\]]/

/** Characters that take two columns of a fixed-width grid: CJK ideographs, kana, hangul, full-width forms. */
const wideCharacter =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u

function displayWidth(text: string): number {
  let width = 0
  for (const character of text) width += wideCharacter.test(character) ? 2 : 1
  return width
}

function numberFormat(column: Column): string | undefined {
  const decimals = decimalsOf(column)
  const fraction = decimals > 0 ? `.${'0'.repeat(decimals)}` : ''
  const formats: Record<ColumnKind, string | undefined> = {
    text: undefined,
    integer: '#,##0',
    decimal: `#,##0${fraction}`,
    percent: `0${fraction}%`,
    yuan: '#,##0.00',
    date: 'yyyy-mm-dd',
    datetime: 'yyyy-mm-dd hh:mm',
  }
  return formats[column.kind]
}

/** The width of a plain decimal ('-1234567.50') once Excel groups it by thousands ('-1,234,567.50'). */
function groupedWidth(plain: string): number {
  const integerDigits = plain.replace(/^-/, '').split('.')[0]?.length ?? 0
  return plain.length + Math.max(0, Math.floor((integerDigits - 1) / 3))
}

/** About how many columns the cell takes as Excel shows it through the column's number format. */
function shownWidth(column: Column, cell: Cell): number {
  if (cell === null) return 0
  if (typeof cell === 'string') {
    if (column.kind === 'date') return 'yyyy-mm-dd'.length
    if (column.kind === 'datetime') return 'yyyy-mm-dd hh:mm'.length
    return displayWidth(cell)
  }
  const decimals = decimalsOf(column)
  switch (column.kind) {
    case 'yuan':
      return groupedWidth(yuanTextOfFen(cell))
    case 'percent':
      return groupedWidth((cell * 100).toFixed(decimals)) + 1
    case 'decimal':
      return groupedWidth(cell.toFixed(decimals))
    default:
      return groupedWidth(String(cell))
  }
}

function columnWidths(sheet: Sheet): number[] {
  return sheet.columns.map((column, index) => {
    let widest = displayWidth(column.header)
    for (const row of sheet.rows) widest = Math.max(widest, shownWidth(column, row[index] ?? null))
    // two for the filter button and a margin
    return Math.min(widthMax, Math.max(widthMin, widest + 2))
  })
}

/** Excel reads `_x0041_` in a string as an escaped character: the underscore is escaped so the text stays as is. */
function literalText(text: string): string {
  return text.replace(/_(x[0-9a-f]{4}_)/gi, '_x005F_$1')
}

/** The value exceljs writes for a checked cell; days and instants become Dates, shown at 00:00 or Shanghai time. */
function excelValue(column: Column, cell: string | number): string | number | Date {
  if (typeof cell === 'number') return column.kind === 'yuan' ? cell / 100 : cell
  if (column.kind === 'date') return new Date(dayMs(cell) ?? Number.NaN)
  // exceljs turns a Date into a serial from its UTC fields and a serial has no zone, so +8 h shows Shanghai time
  if (column.kind === 'datetime') return new Date((instantMs(cell) ?? Number.NaN) + shanghaiOffsetMs)
  if (cell.length > cellCharactersMax) {
    throw new Error(
      `a cell of column "${column.header}" is longer than Excel's ${cellCharactersMax} characters`,
    )
  }
  return literalText(cell)
}

function checkSheets(sheets: readonly Sheet[]): void {
  if (sheets.length === 0) throw new Error('a workbook needs at least one sheet')
  const names = new Set<string>()
  for (const sheet of sheets) {
    const { name } = sheet
    if (name.length === 0 || name.length > 31 || sheetNameForbidden.test(name) || /^'|'$/.test(name)) {
      throw new Error(`"${name}" cannot name a sheet`)
    }
    if (names.has(name.toLowerCase())) throw new Error(`two sheets are named "${name}"`)
    names.add(name.toLowerCase())
    if (sheet.rows.length > xlsxRowsPerSheetMax) {
      throw new Error(`sheet ${name} has ${sheet.rows.length} rows, more than ${xlsxRowsPerSheetMax}`)
    }
    if (sheet.columns.length > columnsPerSheetMax) throw new Error(`sheet ${name} has too many columns`)
    checkTable(sheet.columns, sheet.rows)
  }
}

async function writeSheet(worksheet: Worksheet, sheet: Sheet): Promise<void> {
  const widths = columnWidths(sheet)
  worksheet.columns = widths.map((width) => ({ width }))
  worksheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: sheet.rows.length + 1, column: sheet.columns.length },
  }
  // the default font made bold: a font given as bold alone has no size, which some readers show oddly
  const headerStyle: Partial<Style> = {
    font: { name: 'Calibri', family: 2, scheme: 'minor', size: 11, bold: true },
  }
  const styles = sheet.columns.map((column): Partial<Style> => {
    const numFmt = numberFormat(column)
    return numFmt === undefined ? {} : { numFmt }
  })
  const header = worksheet.getRow(1)
  sheet.columns.forEach((column, index) => {
    const target = header.getCell(index + 1)
    target.value = literalText(column.header)
    target.style = headerStyle
  })
  header.commit()
  for (const [rowIndex, row] of sheet.rows.entries()) {
    if (rowIndex > 0 && rowIndex % rowsPerTurn === 0) await eventLoopTurn()
    const written = worksheet.getRow(rowIndex + 2)
    sheet.columns.forEach((column, index) => {
      const cell = row[index] ?? null
      if (cell === null) return
      const target = written.getCell(index + 1)
      target.value = excelValue(column, cell)
      target.style = styles[index] ?? {}
    })
    written.commit()
  }
  worksheet.commit()
}

/** The workbook's bytes; throws on a sheet or a cell that does not fit its description. */
export async function toXlsx(sheets: readonly Sheet[]): Promise<Buffer> {
  checkSheets(sheets)
  // loaded on first use: importing exceljs takes about a third of a second that every server and CLI start would pay
  const { default: ExcelJS } = await import('exceljs')
  const chunks: Buffer[] = []
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk)
      done()
    },
  })
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: true,
  })
  workbook.creator = 'G60 Corridor Platform'
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, {
      views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
    })
    await writeSheet(worksheet, sheet)
  }
  await workbook.commit()
  return Buffer.concat(chunks)
}
