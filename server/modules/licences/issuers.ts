// Who issues licences and how they are named on the web: each city and the corridor office is a did:web issuer
// under the platform's public origin. The office is the origin itself (/.well-known/did.json); a city is a path
// below it (/issuers/<code>/did.json), and so are its status lists. Pure: rows in, published JSON out.
import { cityReferences } from '../registry'
import { ed25519PublicMultibase, sm2PublicJwk } from './crypto/multikey'
import type { KeyState, StatusPurpose } from './licences.states'

export const officeIssuerCode = 'G60'

export interface IssuerReference {
  code: string
  nameZh: string
  nameEn: string
}

export const issuerReferences: readonly IssuerReference[] = [
  { code: officeIssuerCode, nameZh: 'G60科创走廊联席办', nameEn: 'G60 Corridor Joint Office' },
  ...cityReferences.map((city) => ({ code: city.code, nameZh: city.nameZh, nameEn: city.nameEn })),
]

const issuerCodes = new Set(issuerReferences.map((issuer) => issuer.code))

export function isIssuerCode(code: string): boolean {
  return issuerCodes.has(code)
}

/** The path segment of an issuer: its code in lower case (sh-sj, hz). */
export function issuerSegment(code: string): string {
  return code.toLowerCase()
}

/** The issuer a path segment names (the office's status lists live under /issuers/g60 too), or null. */
export function issuerOfSegment(segment: string): string | null {
  const code = segment.toUpperCase()
  return issuerCodes.has(code) ? code : null
}

/** did:web of an issuer: the host (its port percent-encoded), then the path segments. */
export function didOf(origin: string, code: string): string {
  const host = encodeURIComponent(new URL(origin).host)
  return code === officeIssuerCode ? `did:web:${host}` : `did:web:${host}:issuers:${issuerSegment(code)}`
}

/** Where a did:web document is published: https, except for a local host (the demo) which is served over http. */
export function didDocumentUrl(did: string): string | null {
  const match = /^did:web:([^:#?/]+)((?::[a-z0-9-]+)*)$/.exec(did)
  if (match === null || match[1] === undefined) return null
  const host = decodeURIComponent(match[1])
  const local = /^(localhost|127\.0\.0\.1)(:\d+)?$/.test(host)
  const path = (match[2] ?? '').split(':').filter((part) => part !== '')
  const base = `${local ? 'http' : 'https'}://${host}`
  return path.length === 0 ? `${base}/.well-known/did.json` : `${base}/${path.join('/')}/did.json`
}

export function statusListUrl(origin: string, code: string, purpose: StatusPurpose): string {
  return `${origin}/issuers/${issuerSegment(code)}/status/${purpose}`
}

export interface PublicKeyRow {
  id: string
  suite: string
  publicKeyHex: string
  state: KeyState
  retiredAt: Date | null
  compromisedAt: Date | null
  compromiseReasonZh: string | null
  compromiseReasonEn: string | null
}

/** A key as its verification method: Ed25519 as a Multikey, SM2 as a JWK; retirement and compromise marked. */
export function verificationMethodOf(did: string, key: PublicKeyRow): Record<string, unknown> {
  const publicKey = Buffer.from(key.publicKeyHex, 'hex')
  const material =
    key.suite === 'sm2'
      ? { type: 'JsonWebKey', publicKeyJwk: sm2PublicJwk(publicKey) }
      : { type: 'Multikey', publicKeyMultibase: ed25519PublicMultibase(publicKey) }
  return {
    id: `${did}#${key.id}`,
    controller: did,
    ...material,
    ...(key.retiredAt !== null ? { retired: key.retiredAt.toISOString() } : {}),
    ...(key.state === 'compromised' && key.compromisedAt !== null
      ? {
          revoked: key.compromisedAt.toISOString(),
          revocationReason: { zh: key.compromiseReasonZh ?? '', en: key.compromiseReasonEn ?? '' },
        }
      : {}),
  }
}

export function didDocumentOf(did: string, keys: readonly PublicKeyRow[]): Record<string, unknown> {
  const methods = keys.map((key) => verificationMethodOf(did, key))
  return {
    '@context': [
      'https://www.w3.org/ns/did/v1',
      'https://w3id.org/security/multikey/v1',
      'https://w3id.org/security/jwk/v1',
    ],
    id: did,
    verificationMethod: methods,
    assertionMethod: keys.filter((key) => key.state !== 'compromised').map((key) => `${did}#${key.id}`),
  }
}
