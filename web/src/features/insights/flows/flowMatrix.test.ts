import { describe, expect, it } from 'vitest'
import type { FlowMatrix } from '../common/insights.types'
import { heatmapCells, matrixRows } from './flowMatrix'

const matrix: FlowMatrix = {
  kind: 'instrument',
  unit: 'minutes',
  total: 600,
  cross: 150,
  records: 9,
  cells: [
    { fromCityCode: 'SZ', toCityCode: 'SZ', value: 450, records: 5, suppressed: false },
    { fromCityCode: 'SZ', toCityCode: 'HF', value: 90, records: 2, suppressed: false },
    { fromCityCode: 'HF', toCityCode: 'SZ', value: 60, records: 2, suppressed: false },
  ],
}
const money: FlowMatrix = {
  ...matrix,
  kind: 'voucher',
  unit: 'fen',
  cells: [
    { fromCityCode: 'SZ', toCityCode: 'HF', value: 123450, records: 4, suppressed: false },
    { fromCityCode: 'HF', toCityCode: 'SZ', value: null, records: 1, suppressed: true },
  ],
}

describe('a flow matrix on the nine cities', () => {
  it('lays the cells out in from-city rows and to-city columns, with each row’s total', () => {
    const rows = matrixRows(matrix, ['HF', 'SZ'])
    expect(rows.map((row) => row.cells.map((cell) => cell?.value ?? null))).toEqual([
      [null, 60],
      [90, 450],
    ])
    expect(rows.map((row) => row.total)).toEqual([60, 540])
  })

  it('keeps suppressed cells apart from the coloured ones', () => {
    const cells = heatmapCells(money, ['HF', 'SZ'])
    expect(cells.shown.map((cell) => cell.value)).toEqual([[0, 1, 123450]])
    expect(cells.suppressed.map((cell) => [cell.fromCityCode, cell.toCityCode])).toEqual([['HF', 'SZ']])
    expect(cells.largest).toBe(123450)
  })
})
