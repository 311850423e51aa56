// The column description both exports share: what each column holds, so that CSV and Excel write a value the
// same way (money in integer fen becomes yuan, a day stays a day) and a caller's mistake fails loudly at once
// instead of reaching a treasurer as a wrong number.

/** A value as callers hold it: yuan columns take integer fen, date columns 'YYYY-MM-DD', datetime an ISO instant. */
export type Cell = string | number | null

export type ColumnKind = 'text' | 'integer' | 'decimal' | 'percent' | 'yuan' | 'date' | 'datetime'

export interface Column {
  header: string
  kind: ColumnKind
  /** places after the point for decimal and percent columns, 2 unless given (percent cells: 0.125 is 12.5%) */
  decimals?: number
}

export type Row = readonly Cell[]

const decimalsDefault = 2
const decimalsMax = 10
const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/
/** an instant with its zone (Z or an offset): without one, the reader's clock would decide what time it is */
const instantPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/

export function decimalsOf(column: Column): number {
  return column.decimals ?? decimalsDefault
}

/** Milliseconds since the epoch of a 'YYYY-MM-DD' day at 00:00 UTC, or null for anything else (2026-02-30 too). */
export function dayMs(text: string): number | null {
  const match = dayPattern.exec(text)
  if (match === null) return null
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const ms = Date.UTC(year, month - 1, day)
  return new Date(ms).toISOString().slice(0, 10) === text ? ms : null
}

/** Milliseconds since the epoch of an ISO instant with a zone, or null. */
export function instantMs(text: string): number | null {
  if (!instantPattern.test(text)) return null
  const ms = Date.parse(text)
  return Number.isFinite(ms) ? ms : null
}

/** '1234.50' for 123450 fen, '-0.01' for -1: integer arithmetic only, so no amount is ever off by a float. */
export function yuanTextOfFen(amountFen: number): string {
  checkFen(amountFen)
  const absoluteFen = Math.abs(amountFen)
  const centsFen = absoluteFen % 100
  const wholeYuan = (absoluteFen - centsFen) / 100
  return `${amountFen < 0 ? '-' : ''}${wholeYuan}.${String(centsFen).padStart(2, '0')}`
}

function checkFen(amountFen: number): void {
  if (!Number.isSafeInteger(amountFen)) throw new Error(`a yuan cell takes integer fen, got ${amountFen}`)
}

function cellError(column: Column, cell: Cell, expected: string): Error {
  return new Error(
    `column "${column.header}" (${column.kind}) takes ${expected}, got ${JSON.stringify(cell)}`,
  )
}

/** Throws when a cell does not fit its column: these are programmer errors, never users' data to forgive. */
export function checkCell(column: Column, cell: Cell): void {
  if (cell === null) return
  switch (column.kind) {
    case 'text':
      if (typeof cell !== 'string') throw cellError(column, cell, 'a string')
      return
    case 'integer':
      if (!Number.isSafeInteger(cell)) throw cellError(column, cell, 'a safe integer')
      return
    case 'yuan':
      if (!Number.isSafeInteger(cell)) throw cellError(column, cell, 'integer fen')
      return
    case 'decimal':
    case 'percent':
      if (typeof cell !== 'number' || !Number.isFinite(cell)) throw cellError(column, cell, 'a finite number')
      return
    case 'date':
      if (typeof cell !== 'string' || dayMs(cell) === null) throw cellError(column, cell, 'a YYYY-MM-DD day')
      return
    case 'datetime':
      if (typeof cell !== 'string' || instantMs(cell) === null)
        throw cellError(column, cell, 'an ISO instant')
      return
  }
}

function checkColumns(columns: readonly Column[]): void {
  if (columns.length === 0) throw new Error('an export needs at least one column')
  for (const column of columns) {
    const decimals = decimalsOf(column)
    if (!Number.isInteger(decimals) || decimals < 0 || decimals > decimalsMax) {
      throw new Error(`column "${column.header}" has ${decimals} decimals, not 0..${decimalsMax}`)
    }
  }
}

/** Checks the columns and every row against them: one cell per column, each of its column's kind. */
export function checkTable(columns: readonly Column[], rows: readonly Row[]): void {
  checkColumns(columns)
  rows.forEach((row, rowIndex) => {
    if (row.length !== columns.length) {
      throw new Error(`row ${rowIndex + 1} has ${row.length} cells for ${columns.length} columns`)
    }
    row.forEach((cell, columnIndex) => {
      const column = columns[columnIndex]
      if (column !== undefined) checkCell(column, cell)
    })
  })
}
