import { Type, type Static } from 'typebox'
import { ExportFields } from '../../platform/export'
import { ListPage, ListQuery } from '../../platform/http/list'
import { Nullable, StrictObject, Timestamp, RecordStamps } from '../../platform/http/schemas'
import { keyStates, keySuites, licenceStatuses, statusPurposes } from './licences.states'
import { verdicts } from './verifier'

/** A published JSON-LD document (a DID document, a credential): its shape is the specification's, not ours. */
export const Published = Type.Object({}, { additionalProperties: true })

export const IssuerParams = StrictObject({
  issuer: Type.String({ minLength: 2, maxLength: 8, pattern: '^[a-z0-9-]+$' }),
})
export const StatusListParams = StrictObject({
  issuer: IssuerParams.properties.issuer,
  purpose: Type.Enum(statusPurposes),
})

export const VerifyBody = StrictObject({
  credential: Type.Union([Published, Type.String({ minLength: 1, maxLength: 65_536 })], {
    description: 'The credential as JSON, or its text as pasted or read from a QR code',
  }),
})

export const Verification = Type.Object({
  verdict: Type.Enum(verdicts),
  reasonZh: Type.String(),
  reasonEn: Type.String(),
  checkedAt: Timestamp,
  issuer: Nullable(
    Type.Object({ id: Type.String(), nameZh: Nullable(Type.String()), nameEn: Nullable(Type.String()) }),
  ),
  licence: Nullable(
    Type.Object({
      id: Nullable(Type.String()),
      type: Nullable(Type.String()),
      nameZh: Nullable(Type.String()),
      nameEn: Nullable(Type.String()),
      holderNameZh: Nullable(Type.String()),
      holderNameEn: Nullable(Type.String()),
      creditCode: Nullable(Type.String()),
      validFrom: Nullable(Type.String()),
      validUntil: Nullable(Type.String()),
    }),
  ),
  proofs: Type.Array(
    Type.Object({
      cryptosuite: Type.String(),
      verificationMethod: Type.String(),
      keyState: Type.Enum(['active', 'retired', 'compromised', 'unknown'] as const),
      signature: Type.Enum(['valid', 'invalid', 'not_checked'] as const),
    }),
  ),
})

/** Licences sort by when they took effect, when they end, or where they stand. */
export const licenceSorts = ['validFrom', 'validUntil', 'status'] as const
const licenceQueryFields = {
  status: Type.Optional(Type.Enum(licenceStatuses)),
  type: Type.Optional(Type.String({ minLength: 1, maxLength: 80 })),
  issuer: Type.Optional(Type.String({ minLength: 2, maxLength: 8 })),
  ...ListQuery(licenceSorts, '-validFrom'),
}
export const LicenceQuery = StrictObject(licenceQueryFields)
/** The licences list as a file: the list's filters and order, and the file's format and language. */
export const LicenceExportQuery = StrictObject({ ...licenceQueryFields, ...ExportFields })
export type LicenceQueryInput = Static<typeof LicenceQuery>

export const Licence = Type.Object({
  id: Type.String(),
  issuerCode: Type.String(),
  issuerNameZh: Type.String(),
  issuerNameEn: Type.String(),
  caseId: Type.String(),
  caseNumber: Type.String(),
  itemCode: Type.String(),
  licenceType: Type.String(),
  licenceNameZh: Type.String(),
  licenceNameEn: Type.String(),
  firmId: Type.String(),
  creditCode: Type.String(),
  holderNameZh: Type.String(),
  holderNameEn: Type.String(),
  validFrom: Timestamp,
  validUntil: Timestamp,
  status: Type.Enum(licenceStatuses),
  statusReason: Nullable(Type.String()),
  statusChangedAt: Nullable(Timestamp),
  signedWith: Type.String(),
  dualSigned: Type.Boolean({ description: 'whether it carries a second proof with SM2/SM3' }),
  verifyUrl: Type.String({ description: 'what its QR code carries: the public verify page with its link' }),
  ...RecordStamps,
})
export const LicencePage = ListPage(Licence)
export const LicenceDetail = Type.Object({ ...Licence.properties, credential: Published })

export const ReasonBody = StrictObject({ reason: Type.String({ minLength: 2, maxLength: 500 }) })
export const ReinstateBody = StrictObject({
  reason: Type.Optional(Type.String({ minLength: 2, maxLength: 500 })),
})

export const PublicKey = Type.Object({
  id: Type.String(),
  verificationMethod: Type.String(),
  issuerCode: Type.String(),
  issuerNameZh: Type.String(),
  issuerNameEn: Type.String(),
  suite: Type.Enum(keySuites),
  serial: Type.Integer(),
  publicKey: Type.String({ description: 'Ed25519: Multikey (z6Mk…); SM2: the uncompressed point in hex' }),
  state: Type.Enum(keyStates),
  createdAt: Timestamp,
  retiredAt: Nullable(Timestamp),
  compromisedAt: Nullable(Timestamp),
  compromiseReasonZh: Nullable(Type.String()),
  compromiseReasonEn: Nullable(Type.String()),
})
export const PublicKeys = Type.Object({ items: Type.Array(PublicKey) })
