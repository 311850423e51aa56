// Rows and verdicts as the API answers them.
import type { Static } from 'typebox'
import { ed25519PublicMultibase } from './crypto/multikey'
import { didOf } from './issuers'
import type { LicenceRow, PublicKeyRow } from './licences.repository'
import type * as schemas from './licences.schemas'
import { issuerNameOf } from './licences.service'
import type { Verification } from './verifier'

const iso = (at: Date | null) => (at === null ? null : at.toISOString())

/** The public verify page with the licence's link: what its QR code and printed page carry. */
export const verifyUrlOf = (origin: string, id: string) =>
  `${origin}/verify?licence=${encodeURIComponent(id)}`

export function presentLicence(origin: string, row: LicenceRow): Static<typeof schemas.Licence> {
  const issuer = issuerNameOf(row.issuerCode)
  return {
    id: row.id,
    issuerCode: row.issuerCode,
    issuerNameZh: issuer.zh,
    issuerNameEn: issuer.en,
    caseId: row.caseId,
    caseNumber: row.caseNumber,
    itemCode: row.itemCode,
    licenceType: row.licenceType,
    licenceNameZh: row.licenceNameZh,
    licenceNameEn: row.licenceNameEn,
    firmId: row.firmId,
    creditCode: row.creditCode,
    holderNameZh: row.holderNameZh,
    holderNameEn: row.holderNameEn,
    validFrom: row.validFrom.toISOString(),
    validUntil: row.validUntil.toISOString(),
    status: row.status,
    statusReason: row.statusReason,
    statusChangedAt: iso(row.statusChangedAt),
    signedWith: row.signedWith,
    dualSigned: Array.isArray(row.credential.proof),
    verifyUrl: verifyUrlOf(origin, row.id),
    isSynthetic: row.isSynthetic,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }
}

export function presentLicenceDetail(origin: string, row: LicenceRow): Static<typeof schemas.LicenceDetail> {
  return { ...presentLicence(origin, row), credential: row.credential }
}

export function presentPublicKey(origin: string, key: PublicKeyRow): Static<typeof schemas.PublicKey> {
  const issuer = issuerNameOf(key.issuerCode)
  const raw = Buffer.from(key.publicKeyHex, 'hex')
  return {
    id: key.id,
    verificationMethod: `${didOf(origin, key.issuerCode)}#${key.id}`,
    issuerCode: key.issuerCode,
    issuerNameZh: issuer.zh,
    issuerNameEn: issuer.en,
    suite: key.suite === 'sm2' ? 'sm2' : 'ed25519',
    serial: key.serial,
    publicKey: key.suite === 'sm2' ? key.publicKeyHex : ed25519PublicMultibase(raw),
    state: key.state,
    createdAt: key.createdAt.toISOString(),
    retiredAt: iso(key.retiredAt),
    compromisedAt: iso(key.compromisedAt),
    compromiseReasonZh: key.compromiseReasonZh,
    compromiseReasonEn: key.compromiseReasonEn,
  }
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null
}

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null
}

function language(value: unknown, wanted: 'zh' | 'en'): string | null {
  const values = Array.isArray(value) ? value : [value]
  for (const entry of values) {
    const found = record(entry)
    if (found !== null && found['@language'] === wanted) return text(found['@value'])
  }
  return text(value)
}

export function presentVerification(
  found: Verification & { checkedAt: Date },
): Static<typeof schemas.Verification> {
  const credential = found.credential
  const subject = record(credential?.credentialSubject)
  const licence = record(subject?.licence)
  return {
    verdict: found.verdict,
    reasonZh: found.reason.zh,
    reasonEn: found.reason.en,
    checkedAt: found.checkedAt.toISOString(),
    issuer: found.issuer,
    licence:
      credential === null
        ? null
        : {
            id: text(credential.id),
            type: text(licence?.type),
            nameZh: language(licence?.name, 'zh'),
            nameEn: language(licence?.name, 'en'),
            holderNameZh: language(subject?.name, 'zh'),
            holderNameEn: language(subject?.name, 'en'),
            creditCode: text(subject?.unifiedSocialCreditCode),
            validFrom: text(credential.validFrom),
            validUntil: text(credential.validUntil),
          },
    proofs: found.proofs,
  }
}
