// A flow matrix laid out on the nine cities: from-city rows and to-city columns (the corridor's order of cities),
// each cell its value, its number of records and whether it is suppressed.
import type { FlowCell, FlowMatrix } from '../common/insights.types'

export interface MatrixRow {
  id: string
  fromCityCode: string
  /** one cell per column city, in the columns' order; null where nothing flowed */
  cells: (FlowCell | null)[]
  /** what the row's city sent in all (suppressed cells not counted) */
  total: number
}

/** The matrix's rows, one per city in `codes`, each with its cells in the same order of cities. */
export function matrixRows(matrix: FlowMatrix, codes: readonly string[]): MatrixRow[] {
  const byPair = new Map(matrix.cells.map((cell) => [`${cell.fromCityCode}>${cell.toCityCode}`, cell]))
  return codes.map((from) => {
    const cells = codes.map((to) => byPair.get(`${from}>${to}`) ?? null)
    return {
      id: from,
      fromCityCode: from,
      cells,
      total: cells.reduce((sum, cell) => sum + (cell?.value ?? 0), 0),
    }
  })
}

export interface HeatmapCell {
  /** column (to-city), row (from-city), value */
  value: [number, number, number]
  fromCityCode: string
  toCityCode: string
  records: number
  suppressed: boolean
}

/** The heat map's cells with a value, and the suppressed ones apart (drawn grey, without a value). */
export function heatmapCells(matrix: FlowMatrix, codes: readonly string[]) {
  const shown: HeatmapCell[] = []
  const suppressed: HeatmapCell[] = []
  for (const cell of matrix.cells) {
    const x = codes.indexOf(cell.toCityCode)
    const y = codes.indexOf(cell.fromCityCode)
    if (x < 0 || y < 0) continue
    const point: HeatmapCell = {
      value: [x, y, cell.value ?? 0],
      fromCityCode: cell.fromCityCode,
      toCityCode: cell.toCityCode,
      records: cell.records,
      suppressed: cell.suppressed,
    }
    if (cell.suppressed || cell.value === null) suppressed.push(point)
    else shown.push(point)
  }
  return { shown, suppressed, largest: Math.max(1, ...shown.map((cell) => cell.value[2])) }
}

export function isHeatmapCell(value: unknown): value is { data: HeatmapCell } {
  if (typeof value !== 'object' || value === null || !('data' in value)) return false
  const data = value.data
  return typeof data === 'object' && data !== null && 'fromCityCode' in data && 'toCityCode' in data
}
