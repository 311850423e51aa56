import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { shanghaiMinute, toCsv, yuanText, type TableFile } from './tableFile'
import { sheetName, writeXlsx } from './xlsx'

const table: TableFile = {
  name: 'records',
  sheet: '明细 HF→HZ',
  columns: [
    { header: '日期', kind: 'datetime' },
    { header: '企业', kind: 'text' },
    { header: '金额（元）', kind: 'yuan' },
    { header: '占比', kind: 'percent', decimals: 1 },
    { header: '笔数', kind: 'integer' },
    { header: '月份', kind: 'date' },
  ],
  rows: [
    ['2026-03-31T16:30:00Z', '合肥某公司, "精密"', 123450, 0.125, 3, '2026-04-01'],
    ['2026-01-01T00:00:00Z', null, -1, 0, 0, null],
  ],
}

describe('a table as a file', () => {
  it('writes yuan from fen by integer arithmetic, and moments in Shanghai time', () => {
    expect(yuanText(123450)).toBe('1234.50')
    expect(yuanText(-1)).toBe('-0.01')
    expect(yuanText(115)).toBe('1.15')
    expect(shanghaiMinute('2026-03-31T16:30:00Z')).toBe('2026-04-01 00:30')
  })

  it('writes CSV with a byte-order mark, quoted fields and typed values', () => {
    const csv = toCsv(table)
    expect(csv.startsWith('\ufeff日期,企业,金额（元）,占比,笔数,月份\r\n')).toBe(true)
    expect(csv).toContain('2026-04-01 00:30,"合肥某公司, ""精密""",1234.50,12.5%,3,2026-04-01\r\n')
    expect(csv).toContain('2026-01-01 08:00,,-0.01,0.0%,0,\r\n')
    const formula: TableFile = {
      ...table,
      columns: [{ header: 'x', kind: 'text' }],
      rows: [['=HYPERLINK("a")'], ['-12'], ['-1+2']],
    }
    expect(toCsv(formula)).toContain(`'=HYPERLINK(""a"")`)
    expect(toCsv(formula)).toContain("\r\n-12\r\n'-1+2\r\n")
  })

  it('writes a workbook Excel reads back with typed cells', async () => {
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await writeXlsx(table))
    const sheet = workbook.worksheets[0]
    expect(sheet?.name).toBe('明细 HF→HZ')
    expect(sheet?.getCell('A1').value).toBe('日期')
    expect(sheet?.getCell('B2').value).toBe('合肥某公司, "精密"')
    expect(sheet?.getCell('C2').value).toBe(1234.5)
    expect(sheet?.getCell('C2').numFmt).toBe('#,##0.00')
    expect(sheet?.getCell('D2').numFmt).toBe('0.0%')
    const day = sheet?.getCell('F2').value
    expect(day instanceof Date ? day.toISOString().slice(0, 10) : day).toBe('2026-04-01')
    const moment = sheet?.getCell('A2').value
    expect(moment instanceof Date ? moment.toISOString().slice(0, 16) : moment).toBe('2026-04-01T00:30')
    expect(sheet?.getCell('B3').value).toBeNull()
  })

  it('names a sheet as Excel accepts it', () => {
    expect(sheetName('a/b:c')).toBe('a b c')
    expect(sheetName('x'.repeat(40))).toHaveLength(31)
  })
})
