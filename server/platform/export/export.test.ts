// The exports must open in the tools treasurers use: CSV with a BOM and quoted fields, and a valid .xlsx zip.
import { inflateRawSync, crc32 } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { toCsv, toXlsx } from '.'

/** Reads every entry of a zip archive through its central directory, checking each entry's CRC-32. */
function unzip(archive: Buffer): Map<string, string> {
  const endOffset = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  const entryCount = archive.readUInt16LE(endOffset + 10)
  let offset = archive.readUInt32LE(endOffset + 16)
  const entries = new Map<string, string>()
  for (let index = 0; index < entryCount; index++) {
    expect(archive.readUInt32LE(offset)).toBe(0x02014b50)
    const checksum = archive.readUInt32LE(offset + 16)
    const compressedSize = archive.readUInt32LE(offset + 20)
    const nameLength = archive.readUInt16LE(offset + 28)
    const localOffset = archive.readUInt32LE(offset + 42)
    const name = archive.subarray(offset + 46, offset + 46 + nameLength).toString('utf8')
    const dataStart = localOffset + 30 + archive.readUInt16LE(localOffset + 26)
    const content = inflateRawSync(archive.subarray(dataStart, dataStart + compressedSize))
    expect(crc32(content)).toBe(checksum)
    entries.set(name, content.toString('utf8'))
    offset += 46 + nameLength
  }
  return entries
}

describe('CSV', () => {
  it('starts with a BOM, ends lines with CRLF, quotes what needs it and defuses formulas', () => {
    const csv = toCsv(
      ['名称', 'amount'],
      [
        ['上海, "松江"', 12],
        ['=HYPERLINK("x")', null],
      ],
    )
    expect(csv).toBe('\uFEFF名称,amount\r\n"上海, ""松江""",12\r\n"\'=HYPERLINK(""x"")",\r\n')
  })
})

describe('xlsx', () => {
  it('is a zip of the workbook parts, with escaped inline strings and numbers', () => {
    const workbook = toXlsx([
      { name: 'payments', header: ['收款方', 'fen'], rows: [['A & B <有限公司>', 500000]] },
      { name: 'redemptions', header: ['id'], rows: [['rdmp_1']] },
    ])
    const entries = unzip(workbook)
    expect([...entries.keys()].sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
    ])
    const sheet = entries.get('xl/worksheets/sheet1.xml') ?? ''
    expect(sheet).toContain('<t xml:space="preserve">A &amp; B &lt;有限公司&gt;</t>')
    expect(sheet).toContain('<c r="B2"><v>500000</v></c>')
    expect(entries.get('xl/workbook.xml')).toContain('<sheet name="redemptions" sheetId="2" r:id="rId2"/>')
  })
})
