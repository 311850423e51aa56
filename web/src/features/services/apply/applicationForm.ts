// The application form ↔ the API (pure, tested): what each material holds in the form (a file, the registry record
// or an approved earlier case that issued the licence), what the server takes of it (a claim, and a file part under
// the material's code), and what is wrong with it before it is sent.
import { filePart, type FilePart } from '../../../shared/api/multipart'
import type { CityCode } from '../../../shared/api/types'
import { materialKinds } from '../common/enums'
import type {
  Application,
  MaterialClaim,
  MaterialKind,
  ServiceItem,
  ServiceItemMaterial,
} from '../common/services.types'

/** The server's bound on one material's file. */
export const materialBytesMax = 8 * 1024 * 1024

/** One material in the form: nothing yet, a file to upload, the registry record, or a licence held. */
export type MaterialValue =
  | { source: 'upload'; file: File | undefined }
  | { source: 'registry' }
  | { source: 'licence'; referenceId: string | undefined }

export type MaterialValues = Partial<Record<string, MaterialValue>>

export interface ApplicationFormValues {
  windowCityCode?: CityCode
  purpose: string
  materials: MaterialValues
}

/** How a material may be handed in besides a file: 'registry', a licence type, or not at all. */
export function reuseOf(material: Pick<ServiceItemMaterial, 'reuse'>): {
  registry: boolean
  licenceType: string | null
} {
  const reuse = material.reuse ?? ''
  return {
    registry: reuse === 'registry',
    licenceType: reuse.startsWith('licence:') ? reuse.slice('licence:'.length) : null,
  }
}

/** The value a material starts with: the registry record where it may stand in (免提交), else a file to choose. */
export function initialMaterialValue(material: Pick<ServiceItemMaterial, 'reuse'>): MaterialValue {
  return reuseOf(material).registry ? { source: 'registry' } : { source: 'upload', file: undefined }
}

const extensions: Record<MaterialKind, string[]> = {
  pdf: ['.pdf'],
  jpg: ['.jpg', '.jpeg'],
  png: ['.png'],
  ofd: ['.ofd'],
}
const mediaTypes: Record<MaterialKind, string[]> = {
  pdf: ['application/pdf'],
  jpg: ['image/jpeg'],
  png: ['image/png'],
  ofd: ['application/ofd'],
}

/** The file chooser's `accept`: the kinds' extensions and media types. */
export function acceptOf(kinds: readonly MaterialKind[]): string {
  return kinds.flatMap((kind) => [...extensions[kind], ...mediaTypes[kind]]).join(',')
}

/** The kind a file name says it is (the server reads the file's first bytes to be sure). */
export function kindOfFileName(name: string): MaterialKind | null {
  const lower = name.toLowerCase()
  const found = materialKinds.find((kind) => extensions[kind].some((extension) => lower.endsWith(extension)))
  return found ?? null
}

export type MaterialProblem = 'missing' | 'noFile' | 'noLicence' | 'tooLarge' | 'empty' | 'wrongKind'

/** What is wrong with a material's value, or null: `required` materials must be handed in one way or another. */
export function materialProblem(
  material: Pick<ServiceItemMaterial, 'kinds' | 'reuse'>,
  value: MaterialValue | undefined,
  required: boolean,
): MaterialProblem | null {
  if (value === undefined) return required ? 'missing' : null
  switch (value.source) {
    case 'registry':
      return reuseOf(material).registry ? null : 'missing'
    case 'licence':
      if (reuseOf(material).licenceType === null) return 'missing'
      return value.referenceId === undefined || value.referenceId === '' ? 'noLicence' : null
    case 'upload': {
      const { file } = value
      if (file === undefined) return required ? 'noFile' : null
      if (file.size === 0) return 'empty'
      if (file.size > materialBytesMax) return 'tooLarge'
      const kind = kindOfFileName(file.name)
      return kind === null || !material.kinds.includes(kind) ? 'wrongKind' : null
    }
  }
}

/** Whether a material's value hands anything in (an upload without its file hands in nothing). */
const handsIn = (value: MaterialValue | undefined): value is MaterialValue =>
  value !== undefined && (value.source !== 'upload' || value.file !== undefined)

/**
 * The claims of the materials handed in, in the item's order, and the files they name: each upload goes in the
 * multipart field named after its material's code (codes are `[a-z][a-z0-9_]*`, as field names must be).
 */
export function claimsOf(
  materials: readonly Pick<ServiceItemMaterial, 'code'>[],
  values: MaterialValues,
): { claims: MaterialClaim[]; files: FilePart[] } {
  const claims: MaterialClaim[] = []
  const files: FilePart[] = []
  for (const { code } of materials) {
    const value = values[code]
    if (!handsIn(value)) continue
    if (value.source === 'upload' && value.file !== undefined) {
      claims.push({ code, source: 'upload', file: code })
      files.push(filePart(code, value.file))
    } else if (value.source === 'licence') {
      claims.push({ code, source: 'licence', referenceId: value.referenceId ?? '' })
    } else if (value.source === 'registry') {
      claims.push({ code, source: 'registry' })
    }
  }
  return { claims, files }
}

/** The application of the form: online items are handed in to the competent city itself, so they name no window. */
export function applicationOf(
  item: Pick<ServiceItem, 'code' | 'mode' | 'materials'>,
  values: ApplicationFormValues,
): { application: Application; files: FilePart[] } {
  const { claims, files } = claimsOf(item.materials, values.materials)
  return {
    application: {
      itemCode: item.code,
      ...(item.mode === 'online' || values.windowCityCode === undefined
        ? {}
        : { windowCityCode: values.windowCityCode }),
      purpose: values.purpose.trim(),
      materials: claims,
    },
    files,
  }
}

/** The size of a file as people read it: KB below a megabyte, else MB with one decimal. */
export function fileSizeText(sizeBytes: number, language: string): string {
  const kilobytes = sizeBytes / 1024
  if (kilobytes < 1024) {
    return `${new Intl.NumberFormat(language, { maximumFractionDigits: 0 }).format(Math.max(1, Math.round(kilobytes)))} KB`
  }
  return `${new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(kilobytes / 1024)} MB`
}
