// The exports must open in the tools treasurers use: CSV with a BOM, quoted fields and exact yuan, and workbooks
// whose amounts are yuan numbers, whose days are dates and whose text never turns into a formula, read back here
// with exceljs as Excel would read them.
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { toCsv, toXlsx, xlsxRowsPerSheetMax, type Column, type Row, type Sheet } from '.'

async function readBack(sheets: readonly Sheet[]): Promise<ExcelJS.Workbook> {
  const bytes = await toXlsx(sheets)
  expect(bytes.subarray(0, 2).toString()).toBe('PK')
  const workbook = new ExcelJS.Workbook()
  // exceljs types its input as an ArrayBuffer; it reads a Node Buffer just the same
  await workbook.xlsx.load(new Uint8Array(bytes).buffer)
  return workbook
}

function worksheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const worksheet = workbook.getWorksheet(name)
  if (worksheet === undefined) throw new Error(`no sheet ${name}`)
  return worksheet
}

const everyKind: readonly Column[] = [
  { header: '收款方 payee', kind: 'text' },
  { header: '笔数 count', kind: 'integer' },
  { header: '金额（元）amount', kind: 'yuan' },
  { header: 'rate', kind: 'decimal', decimals: 3 },
  { header: 'share', kind: 'percent', decimals: 1 },
  { header: '日期 day', kind: 'date' },
  { header: '审批时间 approved at', kind: 'datetime' },
]

const everyKindRows: readonly Row[] = [
  ['上海松江 A & B <有限公司>', 1234567, 123456789, 3.14159, 0.125, '2026-01-31', '2026-03-01T02:05:00.000Z'],
  ['=HYPERLINK("http://x","点我")', -3, -1, -0.5, 1, '2024-02-29', '2026-03-01T23:30:00+08:00'],
  ['_x0041_ stays as typed', null, null, null, null, null, null],
]

describe('CSV', () => {
  it('starts with a BOM, ends lines with CRLF, quotes what needs it and defuses formulas', () => {
    const columns: Column[] = [
      { header: '名称', kind: 'text' },
      { header: 'amount', kind: 'integer' },
    ]
    const csv = toCsv(columns, [
      ['上海, "松江"', 12],
      ['=HYPERLINK("x")', null],
      ['+86 21', -5],
    ])
    expect(csv).toBe('\uFEFF名称,amount\r\n"上海, ""松江""",12\r\n"\'=HYPERLINK(""x"")",\r\n\'+86 21,-5\r\n')
  })

  it('writes yuan from fen exactly, and days, instants and other numbers as given', () => {
    const columns: Column[] = [
      { header: 'yuan', kind: 'yuan' },
      { header: 'day', kind: 'date' },
      { header: 'at', kind: 'datetime' },
      { header: 'share', kind: 'percent' },
    ]
    const fens = [0, 1, 10, 99, 100, 123456789, -1, -10, -123456789, Number.MAX_SAFE_INTEGER]
    const csv = toCsv(
      columns,
      fens.map((fen) => [fen, '2026-01-31', '2026-03-01T02:05:00.000Z', 0.125]),
    )
    const yuanTexts = csv
      .trimEnd()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(',')[0])
    expect(yuanTexts).toEqual([
      '0.00',
      '0.01',
      '0.10',
      '0.99',
      '1.00',
      '1234567.89',
      '-0.01',
      '-0.10',
      '-1234567.89',
      '90071992547409.91',
    ])
    expect(csv).toContain('\r\n0.01,2026-01-31,2026-03-01T02:05:00.000Z,0.125\r\n')
  })

  it('refuses cells that do not fit their column: programmer errors fail loudly', () => {
    const yuan: Column[] = [{ header: 'yuan', kind: 'yuan' }]
    expect(() => toCsv(yuan, [[12.5]])).toThrow(/integer fen/)
    expect(() => toCsv(yuan, [['12.50']])).toThrow(/integer fen/)
    expect(() => toCsv(yuan, [[1, 2]])).toThrow(/row 1 has 2 cells for 1 columns/)
    expect(() => toCsv([{ header: 'day', kind: 'date' }], [['2026-02-30']])).toThrow(/YYYY-MM-DD/)
    expect(() => toCsv([{ header: 'at', kind: 'datetime' }], [['2026-03-01 10:00']])).toThrow(/ISO instant/)
    expect(() => toCsv([{ header: 'name', kind: 'text' }], [[5]])).toThrow(/a string/)
    expect(() => toCsv([{ header: 'n', kind: 'integer' }], [[Number.NaN]])).toThrow(/safe integer/)
    expect(() => toCsv([{ header: 'x', kind: 'decimal', decimals: 1.5 }], [])).toThrow(/decimals/)
  })
})

describe('xlsx', () => {
  it('writes numbers as numbers with formats, yuan from fen, and days and instants as dates', async () => {
    const workbook = await readBack([{ name: '付款 payments', columns: everyKind, rows: everyKindRows }])
    const row = worksheetOf(workbook, '付款 payments').getRow(2)
    const expected: [number, ExcelJS.ValueType, unknown, string | undefined][] = [
      [1, ExcelJS.ValueType.String, '上海松江 A & B <有限公司>', undefined],
      [2, ExcelJS.ValueType.Number, 1234567, '#,##0'],
      [3, ExcelJS.ValueType.Number, 1234567.89, '#,##0.00'],
      [4, ExcelJS.ValueType.Number, 3.14159, '#,##0.000'],
      [5, ExcelJS.ValueType.Number, 0.125, '0.0%'],
      [6, ExcelJS.ValueType.Date, new Date(Date.UTC(2026, 0, 31)), 'yyyy-mm-dd'],
      // 02:05 UTC is 10:05 in Shanghai, which is what the cell must show
      [7, ExcelJS.ValueType.Date, new Date(Date.UTC(2026, 2, 1, 10, 5)), 'yyyy-mm-dd hh:mm'],
    ]
    for (const [column, type, value, numFmt] of expected) {
      const cell = row.getCell(column)
      expect({ column, type: cell.type, value: cell.value, numFmt: cell.numFmt }).toEqual({
        column,
        type,
        value,
        numFmt,
      })
    }
    const negatives = worksheetOf(workbook, '付款 payments').getRow(3)
    expect([2, 3, 4, 5].map((column) => negatives.getCell(column).value)).toEqual([-3, -0.01, -0.5, 1])
    expect(negatives.getCell(6).value).toEqual(new Date(Date.UTC(2024, 1, 29)))
    expect(negatives.getCell(7).value).toEqual(new Date(Date.UTC(2026, 2, 1, 23, 30)))
  })

  it('keeps text as text: formula-like strings, Chinese, escapes, empty cells', async () => {
    const workbook = await readBack([{ name: 'payments', columns: everyKind, rows: everyKindRows }])
    const worksheet = worksheetOf(workbook, 'payments')
    const formulaLike = worksheet.getCell('A3')
    expect(formulaLike.type).toBe(ExcelJS.ValueType.String)
    expect(formulaLike.value).toBe('=HYPERLINK("http://x","点我")')
    expect(formulaLike.formula).toBeUndefined()
    expect(worksheet.getCell('A4').value).toBe('_x0041_ stays as typed')
    expect(worksheet.getCell('B4').type).toBe(ExcelJS.ValueType.Null)
    expect(worksheet.getCell('G1').value).toBe('审批时间 approved at')
  })

  it('has a bold frozen header with a filter, and columns fitted to their content', async () => {
    const workbook = await readBack([
      { name: 'payments', columns: everyKind, rows: everyKindRows },
      {
        name: 'widths',
        columns: [
          { header: 'a', kind: 'yuan' },
          { header: 'b', kind: 'text' },
          { header: 'c', kind: 'text' },
          { header: '名称名称名称名称', kind: 'text' },
        ],
        rows: [[123456789, '上海松江有限公司', '长'.repeat(100), 'x']],
      },
      { name: 'empty', columns: [{ header: '城市', kind: 'text' }], rows: [] },
    ])
    expect(workbook.worksheets.map((worksheet) => worksheet.name)).toEqual(['payments', 'widths', 'empty'])
    const worksheet = worksheetOf(workbook, 'payments')
    expect(worksheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(everyKind.map((_, index) => worksheet.getRow(1).getCell(index + 1).font?.bold)).toEqual(
      everyKind.map(() => true),
    )
    expect(worksheet.getCell('A2').font?.bold).not.toBe(true)
    expect(worksheet.autoFilter).toBe('A1:G4')
    // '1,234,567.89', 8 wide characters counted double, 100 of them cut to 60, a wide header; 2 of margin each
    const widths = worksheetOf(workbook, 'widths')
    expect([1, 2, 3, 4].map((column) => widths.getColumn(column).width)).toEqual([14, 18, 60, 18])
    expect(worksheetOf(workbook, 'empty').getColumn(1).width).toBe(8)
    expect(worksheetOf(workbook, 'empty').views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
  })

  it('refuses what Excel cannot hold and cells that do not fit their column', async () => {
    const text: Column[] = [{ header: 'a', kind: 'text' }]
    await expect(toXlsx([])).rejects.toThrow(/at least one sheet/)
    await expect(toXlsx([{ name: 'a/b', columns: text, rows: [] }])).rejects.toThrow(/cannot name a sheet/)
    await expect(toXlsx([{ name: 'x'.repeat(32), columns: text, rows: [] }])).rejects.toThrow(/cannot name/)
    await expect(
      toXlsx([
        { name: 'Sheet', columns: text, rows: [] },
        { name: 'sheet', columns: text, rows: [] },
      ]),
    ).rejects.toThrow(/two sheets/)
    const tooMany: Row[] = Array.from({ length: xlsxRowsPerSheetMax + 1 }, () => ['x'])
    await expect(toXlsx([{ name: 'big', columns: text, rows: tooMany }])).rejects.toThrow(/more than/)
    await expect(
      toXlsx([{ name: 'fen', columns: [{ header: 'yuan', kind: 'yuan' }], rows: [[0.5]] }]),
    ).rejects.toThrow(/integer fen/)
    await expect(toXlsx([{ name: 'short', columns: everyKind, rows: [['only one']] }])).rejects.toThrow(
      /row 1 has 1 cells for 7 columns/,
    )
    await expect(toXlsx([{ name: 'long', columns: text, rows: [['x'.repeat(32_768)]] }])).rejects.toThrow(
      /longer than/,
    )
  })
})
