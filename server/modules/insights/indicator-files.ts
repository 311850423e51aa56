// Reading a file of indicator values: a CSV (UTF-8, with or without a byte-order mark, RFC 4180 quoting) or an Excel
// workbook (.xlsx, its first sheet), whose first row names the columns. What comes out is each row's cells by column,
// as the file holds them (text, a number, a date or an Excel error); what they mean is the service's to judge. Every
// read is bounded: the file's bytes, a workbook's unpacked bytes, rows, columns.
import type { CellValue } from 'exceljs'
import { AppError } from '../../platform/errors'

export const importColumns = [
  'indicator_code',
  'scope',
  'period_end',
  'value',
  'source',
  'published_on',
] as const
export type ImportColumn = (typeof importColumns)[number]

export const importLimits = {
  fileBytes: 2 * 1024 * 1024,
  /** data rows, the header aside */
  rows: 5000,
  columns: 30,
  /** what a workbook's parts may unpack to, as its zip directory declares them */
  unpackedBytes: 40 * 1024 * 1024,
} as const

export interface CellError {
  error: string
}
export type Cell = string | number | Date | CellError | null

export interface ImportRow {
  /** the row's number in the file, the header being row 1: what a spreadsheet shows */
  rowNumber: number
  cells: Record<ImportColumn, Cell>
  /** whether the row has anything in a column the header does not name */
  hasCellsOutsideHeader: boolean
}

const formatError = (reason: string, details: Record<string, unknown> = {}) =>
  new AppError('INSIGHTS_IMPORT_FORMAT', { reason, ...details })

const tooLarge = () =>
  new AppError('INSIGHTS_IMPORT_TOO_LARGE', {
    fileBytesMax: importLimits.fileBytes,
    rowsMax: importLimits.rows,
  })

/** Records of RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let field = ''
  let quoted = false
  let position = 0
  while (position < text.length) {
    const character = text.charAt(position)
    position++
    if (quoted) {
      if (character !== '"') field += character
      else if (text.charAt(position) === '"') {
        field += '"'
        position++
      } else quoted = false
    } else if (character === '"' && field === '') quoted = true
    else if (character === ',') {
      record.push(field)
      field = ''
    } else if (character === '\r' || character === '\n') {
      if (character === '\r' && text.charAt(position) === '\n') position++
      record.push(field)
      records.push(record)
      record = []
      field = ''
      // the header and one row over the bound are enough to refuse
      if (records.length > importLimits.rows + 1) throw tooLarge()
    } else field += character
  }
  if (quoted) throw formatError('csv_quote_unclosed')
  if (field !== '' || record.length > 0) records.push([...record, field])
  return records
}

function readCsv(content: Buffer): Cell[][] {
  let text: string
  try {
    // the decoder drops a leading byte-order mark; fatal: a file in another encoding (GBK) is refused, not garbled
    text = new TextDecoder('utf-8', { fatal: true }).decode(content)
  } catch {
    throw formatError('csv_not_utf8')
  }
  if (text.includes('\u0000')) throw formatError('csv_not_text')
  return parseCsv(text)
}

/**
 * The bytes a zip's entries declare they unpack to, from its central directory; null when the directory cannot be
 * read (or is ZIP64, which no workbook of a few megabytes needs).
 */
function declaredUnpackedBytes(zip: Buffer): number | null {
  const endRecordBytes = 22
  const lowest = Math.max(0, zip.length - endRecordBytes - 0xffff)
  for (let at = zip.length - endRecordBytes; at >= lowest; at--) {
    if (zip.readUInt32LE(at) !== 0x06054b50) continue
    const entries = zip.readUInt16LE(at + 10)
    let offset = zip.readUInt32LE(at + 16)
    let total = 0
    for (let entry = 0; entry < entries; entry++) {
      if (offset + 46 > zip.length || zip.readUInt32LE(offset) !== 0x02014b50) return null
      const size = zip.readUInt32LE(offset + 24)
      if (size === 0xffffffff) return null
      total += size
      offset +=
        46 + zip.readUInt16LE(offset + 28) + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32)
    }
    return total
  }
  return null
}

function cellOf(value: CellValue): Cell {
  if (value === null || value === undefined) return null
  if (typeof value === 'number' || typeof value === 'string' || value instanceof Date) return value
  if (typeof value === 'boolean') return String(value)
  if ('richText' in value) return value.richText.map((run) => run.text).join('')
  if ('error' in value) return { error: value.error }
  // a formula's cached result is what the sheet shows
  if ('formula' in value || 'sharedFormula' in value)
    return value.result === undefined ? null : cellOf(value.result)
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : null
  return null
}

async function readXlsx(content: Buffer): Promise<Cell[][]> {
  const unpackedBytes = declaredUnpackedBytes(content)
  if (unpackedBytes === null) throw formatError('xlsx_unreadable')
  if (unpackedBytes > importLimits.unpackedBytes) throw tooLarge()
  // loaded on first use, as the exports do: importing exceljs costs every start a third of a second
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(new Uint8Array(content).buffer)
  } catch {
    throw formatError('xlsx_unreadable')
  }
  const sheet = workbook.worksheets[0]
  if (sheet === undefined) throw formatError('xlsx_no_sheet')
  if (sheet.rowCount > importLimits.rows + 1) throw tooLarge()
  if (sheet.columnCount > importLimits.columns) throw formatError('columns_too_many')
  const rows: Cell[][] = []
  for (let rowNumber = 1; rowNumber <= sheet.rowCount; rowNumber++) {
    const row = sheet.getRow(rowNumber)
    const cells: Cell[] = []
    for (let column = 1; column <= sheet.columnCount; column++) cells.push(cellOf(row.getCell(column).value))
    rows.push(cells)
  }
  return rows
}

const isBlank = (cell: Cell | undefined) =>
  cell === undefined || cell === null || (typeof cell === 'string' && cell.trim() === '')

/** Where each column is: every named column once, nothing else (a misspelt column is an error, not a gap). */
function columnPositions(header: readonly Cell[]): Record<ImportColumn, number> {
  const names = header.map((cell) => (typeof cell === 'string' ? cell.trim().toLowerCase() : ''))
  while (names.length > 0 && names[names.length - 1] === '') names.pop()
  const missing = importColumns.filter((column) => !names.includes(column))
  const unknown = names.filter((name) => !(importColumns as readonly string[]).includes(name))
  const repeated = importColumns.filter((column) => names.indexOf(column) !== names.lastIndexOf(column))
  if (missing.length > 0 || unknown.length > 0 || repeated.length > 0)
    throw formatError('header', { columns: importColumns, missing, unknown, repeated })
  const positions: Partial<Record<ImportColumn, number>> = {}
  for (const column of importColumns) positions[column] = names.indexOf(column)
  return positions as Record<ImportColumn, number>
}

/** The rows of a CSV or .xlsx file (by its name's ending), blank rows skipped, each cell under its column. */
export async function readImportRows(fileName: string, content: Buffer): Promise<ImportRow[]> {
  if (content.length > importLimits.fileBytes) throw tooLarge()
  const ending = /\.(csv|xlsx)$/i.exec(fileName.trim())?.[1]?.toLowerCase()
  if (ending === undefined) throw formatError('file_type', { accepted: ['.csv', '.xlsx'] })
  const table = ending === 'csv' ? readCsv(content) : await readXlsx(content)
  const [header, ...body] = table
  if (header === undefined) throw formatError('empty')
  if (header.length > importLimits.columns) throw formatError('columns_too_many')
  const positions = columnPositions(header)
  const width = Math.max(...Object.values(positions)) + 1
  const rows: ImportRow[] = []
  body.forEach((cells, index) => {
    if (cells.every(isBlank)) return
    const named: Partial<Record<ImportColumn, Cell>> = {}
    for (const column of importColumns) named[column] = cells[positions[column]] ?? null
    rows.push({
      rowNumber: index + 2,
      cells: named as Record<ImportColumn, Cell>,
      hasCellsOutsideHeader: cells.slice(width).some((cell) => !isBlank(cell)),
    })
  })
  if (rows.length === 0) throw formatError('no_rows')
  if (rows.length > importLimits.rows) throw tooLarge()
  return rows
}

/** Why a cell cannot be read as its column needs. */
export type CellReason =
  'required' | 'cell_error' | 'number_invalid' | 'date_invalid' | 'text_invalid' | 'text_too_long'
export type CellRead<Value> = { value: Value } | { reason: CellReason }

/** control characters other than tab and line breaks: nothing a figure's source holds, NUL among them */
function hasControlCharacters(text: string): boolean {
  for (let position = 0; position < text.length; position++) {
    const code = text.charCodeAt(position)
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) return true
  }
  return false
}
const decimalText = /^[+-]?\d{1,18}(\.\d{1,12})?$/
const dayText = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/
/** Excel's serial day numbers of 1970-01-01 and 2999-12-31: the calendar's range */
const excelSerialMin = 25569
const excelSerialMax = 401768
const dayMs = 86_400_000

/** Text, trimmed; a blank cell is '' (the caller says whether it may be blank). A number is its digits. */
export function textOfCell(cell: Cell, charactersMax: number): CellRead<string> {
  if (cell === null) return { value: '' }
  if (typeof cell === 'number') return { value: String(cell) }
  if (cell instanceof Date) return { reason: 'text_invalid' }
  if (typeof cell !== 'string') return { reason: 'cell_error' }
  const text = cell.trim()
  if (hasControlCharacters(text)) return { reason: 'text_invalid' }
  if (text.length > charactersMax) return { reason: 'text_too_long' }
  return { value: text }
}

/** A number cell, or text of plain decimal digits ('3.25', '-12', never '3,25', '1e3' or '3.25%'). */
export function numberOfCell(cell: Cell): CellRead<number> {
  if (cell === null || (typeof cell === 'string' && cell.trim() === '')) return { reason: 'required' }
  if (typeof cell === 'number') return Number.isFinite(cell) ? { value: cell } : { reason: 'number_invalid' }
  if (typeof cell !== 'string') return { reason: cell instanceof Date ? 'number_invalid' : 'cell_error' }
  const text = cell.trim()
  return decimalText.test(text) ? { value: Number(text) } : { reason: 'number_invalid' }
}

function dayOfParts(year: number, month: number, dayOfMonth: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, dayOfMonth))
  if (year < 1970 || year > 2999 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== dayOfMonth)
    return null
  return date.toISOString().slice(0, 10)
}

/**
 * A day: an Excel date cell (exceljs gives its calendar day as a UTC date), Excel's serial number of a day, or text
 * as 2022-12-31 or 2022/12/31 (how Excel in Chinese writes a date into a CSV).
 */
export function dayOfCell(cell: Cell): CellRead<string> {
  if (cell === null || (typeof cell === 'string' && cell.trim() === '')) return { reason: 'required' }
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return { reason: 'date_invalid' }
    const day = dayOfParts(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate())
    return day === null ? { reason: 'date_invalid' } : { value: day }
  }
  if (typeof cell === 'number') {
    if (!Number.isInteger(cell) || cell < excelSerialMin || cell > excelSerialMax)
      return { reason: 'date_invalid' }
    return { value: new Date((cell - excelSerialMin) * dayMs).toISOString().slice(0, 10) }
  }
  if (typeof cell !== 'string') return { reason: 'cell_error' }
  const parts = dayText.exec(cell.trim())
  const day = parts === null ? null : dayOfParts(Number(parts[1]), Number(parts[2]), Number(parts[3]))
  return day === null ? { reason: 'date_invalid' } : { value: day }
}
