// The files handed in with the demo cases: tiny synthetic documents that say what they are, of a kind the material
// accepts (a PDF, or a PNG image where only images are taken), stored with their real size and SHA-256 as an upload
// through the API would be.
import { createHash } from 'node:crypto'
import { crc32, deflateSync } from 'node:zlib'
import type { Material } from '../services.reference'

export interface SyntheticFile {
  fileName: string
  contentType: string
  content: Buffer
  sha256: string
}

const notice = 'G60 corridor synthetic demo data, not a real document'

function pdf(label: string): Buffer {
  return Buffer.from(`%PDF-1.4\n% ${notice}: ${label}\n%%EOF\n`, 'utf8')
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const check = Buffer.alloc(4)
  check.writeUInt32BE(crc32(typed))
  return Buffer.concat([length, typed, check])
}

/** A one-pixel grey PNG whose text chunk names it as synthetic demo data. */
function png(label: string): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(1, 0)
  header.writeUInt32BE(1, 4)
  header.writeUInt8(8, 8) // bit depth
  header.writeUInt8(0, 9) // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('tEXt', Buffer.from(`Comment\0${notice}: ${label}`, 'latin1')),
    pngChunk('IDAT', deflateSync(Buffer.from([0, 0xc8]))),
    pngChunk('IEND', Buffer.alloc(0)),
  ])
}

/** The file for a material of a case: a PDF when the material takes one, else a PNG. `label` must be ASCII. */
export function syntheticFile(material: Material, label: string): SyntheticFile {
  const asPdf = material.kinds.includes('pdf')
  const content = asPdf ? pdf(label) : png(label)
  return {
    fileName: `${material.nameZh}.${asPdf ? 'pdf' : 'png'}`,
    contentType: asPdf ? 'application/pdf' : 'image/png',
    content,
    sha256: createHash('sha256').update(content).digest('hex'),
  }
}
