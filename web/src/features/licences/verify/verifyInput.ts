// What the verify page was given, read before anything is sent (pure, tested): the text of a QR code (the licence's
// verify link, a bare licence id, or a credential itself), and the kind of an uploaded file.
import type { Verdict, VerifyTarget } from '../common/licences.types'

/** the API's bound on a credential (larger is refused with 413) */
export const credentialBytesMax = 64 * 1024
/** the largest picture of a QR code read here */
export const imageBytesMax = 10 * 1024 * 1024

const licenceIdShape = /^lic_[\w-]{1,120}$/

/** The licence a link names: `<origin>/verify?licence=<id>` (any origin: the credential is fetched from here). */
function licenceOfLink(text: string): string | null {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return null
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null
  const id = url.searchParams.get('licence')
  const path = url.pathname.replace(/\/+$/, '')
  return path.endsWith('/verify') && id !== null && licenceIdShape.test(id) ? id : null
}

/**
 * What a QR code's text asks to verify: the licence its verify link (or bare id) names, or a credential it holds
 * itself (JSON, or anything else for the server to name what it is); null for a link that is not a verify link.
 */
export function verifyTargetOf(text: string): VerifyTarget | null {
  const trimmed = text.trim()
  if (trimmed === '') return null
  if (licenceIdShape.test(trimmed)) return { kind: 'licence', id: trimmed }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) {
    const id = licenceOfLink(trimmed)
    return id === null ? null : { kind: 'licence', id }
  }
  return { kind: 'credential', text: trimmed }
}

/** The licence id a verify page's address names, or null. */
export function licenceOfAddress(search: URLSearchParams): string | null {
  const id = search.get('licence')?.trim() ?? ''
  return licenceIdShape.test(id) ? id : null
}

export type UploadKind = 'credential' | 'image' | 'unknown'

/** A credential file (JSON) or a picture (of a QR code), by its media type or else its name. */
export function uploadKindOf(file: { name: string; type: string }): UploadKind {
  const name = file.name.toLowerCase()
  if (file.type === 'application/json' || file.type.endsWith('+json') || name.endsWith('.json'))
    return 'credential'
  if (file.type.startsWith('image/') || /\.(png|jpe?g|gif|webp|bmp)$/.test(name)) return 'image'
  return 'unknown'
}

export type VerdictTone = 'success' | 'warning' | 'error'

/**
 * How a verdict is shown: green when the licence holds, red when it must not be trusted (tampered, revoked, an
 * unknown issuer or a compromised key), orange when it holds no more or not yet, or its status cannot be read now.
 */
export function verdictTone(verdict: Verdict): VerdictTone {
  switch (verdict) {
    case 'valid':
      return 'success'
    case 'tampered':
    case 'revoked':
    case 'unknown_issuer':
    case 'key_compromised':
      return 'error'
    case 'suspended':
    case 'expired':
    case 'not_yet_valid':
    case 'status_unavailable':
      return 'warning'
  }
}
