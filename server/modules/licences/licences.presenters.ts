// Rows and verdicts as the API answers them.
import type { Static } from 'typebox'
import { ed25519PublicMultibase } from './crypto/multikey'
import { didOf } from './issuers'
import type { LicenceRow, PublicKeyRow } from './licences.repository'
import type * as schemas from './licences.schemas'
import { languageValue, objectOf, textOf } from './json'
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

export function presentVerification(
  found: Verification & { checkedAt: Date },
): Static<typeof schemas.Verification> {
  const credential = found.credential
  const subject = objectOf(credential?.credentialSubject)
  const licence = objectOf(subject?.licence)
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
            id: textOf(credential.id),
            type: textOf(licence?.type),
            nameZh: languageValue(licence?.name, 'zh'),
            nameEn: languageValue(licence?.name, 'en'),
            holderNameZh: languageValue(subject?.name, 'zh'),
            holderNameEn: languageValue(subject?.name, 'en'),
            creditCode: textOf(subject?.unifiedSocialCreditCode),
            validFrom: textOf(credential.validFrom),
            validUntil: textOf(credential.validUntil),
          },
    proofs: found.proofs,
  }
}
