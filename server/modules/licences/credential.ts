// The licence as a W3C Verifiable Credential (data model 2.0), before it is signed, and the status list credential
// an issuer publishes. Pure: what is said of a licence is decided here, once.
import type { JsonObject } from './json'
import { encodeStatusList } from './crypto/status-list'
import type { StatusPurpose } from './licences.states'

export const credentialsContext = 'https://www.w3.org/ns/credentials/v2'
const statusPurposes: readonly StatusPurpose[] = ['revocation', 'suspension']

/** A moment as credentials write it: UTC to the second. */
export function credentialTime(at: Date): string {
  return at.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** `years` years after `from` (29 February lands on 1 March), to the second. */
export function yearsAfter(from: Date, years: number): Date {
  const until = new Date(from.getTime())
  until.setUTCFullYear(until.getUTCFullYear() + years)
  return until
}

const bilingual = (zh: string, en: string) => [
  { '@value': zh, '@language': 'zh' },
  { '@value': en, '@language': 'en' },
]

export interface LicenceClaims {
  id: string
  issuer: { did: string; nameZh: string; nameEn: string }
  validFrom: Date
  validUntil: Date
  licence: { type: string; nameZh: string; nameEn: string; itemCode: string; caseNumber: string }
  holder: { creditCode: string; nameZh: string; nameEn: string }
  status: { index: number; listUrlOf(purpose: StatusPurpose): string }
}

export function licenceCredential(claims: LicenceClaims): JsonObject {
  const { issuer, licence, holder, status } = claims
  return {
    '@context': [credentialsContext],
    id: claims.id,
    type: ['VerifiableCredential', 'G60Licence', licence.type],
    name: bilingual(licence.nameZh, licence.nameEn),
    issuer: { id: issuer.did, name: bilingual(issuer.nameZh, issuer.nameEn) },
    validFrom: credentialTime(claims.validFrom),
    validUntil: credentialTime(claims.validUntil),
    credentialSubject: {
      type: 'Enterprise',
      unifiedSocialCreditCode: holder.creditCode,
      name: bilingual(holder.nameZh, holder.nameEn),
      licence: {
        type: licence.type,
        name: bilingual(licence.nameZh, licence.nameEn),
        serviceItem: licence.itemCode,
        caseNumber: licence.caseNumber,
      },
    },
    credentialStatus: statusPurposes.map((purpose) => ({
      id: `${status.listUrlOf(purpose)}#${status.index}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: purpose,
      statusListIndex: String(status.index),
      statusListCredential: status.listUrlOf(purpose),
    })),
  }
}

export function statusListCredential(
  listUrl: string,
  issuerDid: string,
  purpose: StatusPurpose,
  bits: Uint8Array,
  at: Date,
): JsonObject {
  return {
    '@context': [credentialsContext],
    id: listUrl,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: issuerDid,
    validFrom: credentialTime(at),
    credentialSubject: {
      id: `${listUrl}#list`,
      type: 'BitstringStatusList',
      statusPurpose: purpose,
      encodedList: encodeStatusList(bits),
    },
  }
}
