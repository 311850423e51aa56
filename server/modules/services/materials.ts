// The materials of an application: each is a file handed in (checked for its kind by its first bytes, and for its
// size), or a record the platform already holds and the applicant points at instead (免提交): the firm's registry
// record, or an e-licence it holds. Pure rules: the services decide, these only check.
import { createHash } from 'node:crypto'
import { AppError } from '../../platform/errors'
import { materialKinds, type Material, type MaterialKind } from './services.reference'

/** The largest file one material may be; larger documents belong in a document system, linked by reference. */
export const materialBytesMax = 8 * 1024 * 1024
/** files one request may carry */
export const materialFilesMax = 20

export interface UploadedFile {
  /** the multipart field it came in */
  field: string
  fileName: string
  contentType: string
  content: Buffer
}

export interface MaterialClaim {
  code: string
  source: 'upload' | 'registry' | 'licence'
  /** for an upload: the multipart field of its file */
  file?: string | undefined
  /** for a licence: the licence (or the approved case that issued it) */
  referenceId?: string | undefined
}

const signatures: Record<MaterialKind, (content: Buffer) => boolean> = {
  pdf: (content) => content.subarray(0, 5).toString('latin1') === '%PDF-',
  png: (content) =>
    content.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  jpg: (content) => content.length > 3 && content[0] === 0xff && content[1] === 0xd8 && content[2] === 0xff,
  // OFD (the Chinese e-document format) is a ZIP container
  ofd: (content) => content.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])),
}

/** The kind a file really is, by its first bytes; null when it is none of the kinds materials take. */
export function kindOf(content: Buffer): MaterialKind | null {
  return materialKinds.find((kind) => signatures[kind](content)) ?? null
}

export interface CheckedFile {
  file: UploadedFile
  kind: MaterialKind
  sha256: string
}

/** A file for a material: a kind the material accepts, at most materialBytesMax, not empty. */
export function checkFile(material: Material, file: UploadedFile): CheckedFile {
  if (file.content.length === 0 || file.content.length > materialBytesMax) {
    throw new AppError('SERVICE_MATERIAL_TOO_LARGE', {
      materialCode: material.code,
      sizeBytes: file.content.length,
      sizeBytesMax: materialBytesMax,
    })
  }
  const kind = kindOf(file.content)
  if (kind === null || !material.kinds.includes(kind)) {
    throw new AppError('SERVICE_MATERIAL_TYPE_INVALID', {
      materialCode: material.code,
      fileName: file.fileName,
      kindsAccepted: material.kinds,
      kindFound: kind,
    })
  }
  return { file, kind, sha256: createHash('sha256').update(file.content).digest('hex') }
}

/**
 * The claims of one application or supplement, checked against the item's materials and the files sent: each
 * material once, known to the item, each upload with its file, each file claimed once, reuse only where the material
 * allows it. `required` are the codes that must all be present (none for a supplement).
 */
export function checkClaims(
  itemMaterials: readonly Material[],
  claims: readonly MaterialClaim[],
  files: readonly UploadedFile[],
  required: readonly string[],
): { claim: MaterialClaim; material: Material; file: CheckedFile | null }[] {
  const byCode = new Map(itemMaterials.map((material) => [material.code, material]))
  const seen = new Set<string>()
  const usedFields = new Set<string>()
  const checked = claims.map((claim) => {
    const material = byCode.get(claim.code)
    if (material === undefined) throw new AppError('SERVICE_MATERIAL_UNKNOWN', { materialCode: claim.code })
    if (seen.has(claim.code)) throw new AppError('SERVICE_MATERIAL_TWICE', { materialCode: claim.code })
    seen.add(claim.code)
    if (claim.source === 'upload') {
      const file = files.find((candidate) => candidate.field === claim.file)
      if (file === undefined || usedFields.has(file.field)) {
        throw new AppError('SERVICE_MATERIAL_FILE_MISSING', {
          materialCode: claim.code,
          file: claim.file ?? null,
        })
      }
      usedFields.add(file.field)
      return { claim, material, file: checkFile(material, file) }
    }
    const allowed =
      claim.source === 'registry' ? material.reuse === 'registry' : material.reuse?.startsWith('licence:')
    if (allowed !== true) {
      throw new AppError('SERVICE_MATERIAL_REUSE_INVALID', { materialCode: claim.code, source: claim.source })
    }
    return { claim, material, file: null }
  })
  const unclaimed = files.filter((file) => !usedFields.has(file.field))
  if (unclaimed.length > 0) {
    throw new AppError('VALIDATION_FAILED', {
      problems: unclaimed.map((file) => ({
        path: `/files/${file.field}`,
        rule: 'not claimed by any material',
      })),
    })
  }
  const missing = required.filter((code) => !seen.has(code))
  if (missing.length > 0)
    throw new AppError('SERVICE_MATERIALS_INCOMPLETE', { missingMaterialCodes: missing })
  return checked
}
