// Verifies a licence credential from published documents only (the issuer's DID document and its status lists),
// never the platform's database: the same code answers POST /api/verify and `g60 verify FILE` offline. The order
// is the one a forger cannot bend: the proofs first (over every byte of the document), then who signed, then the
// dates, then the status lists. Parsed keys and decoded lists are kept per published document object, so a
// verifier that holds its documents checks a status bit with one shift, whatever the list's size.
import { AppError } from '../../platform/errors'
import { isJsonObject, languageValue, textOf, type JsonObject } from './json'
import {
  ed25519Check,
  proofsOf,
  sm2Check,
  type ProofToCheck,
  type PublicKeyCheck,
} from './crypto/data-integrity'
import {
  ed25519PublicFromMultibase,
  ed25519PublicKeyObject,
  sm2PublicFromJwk,
  type Suite,
} from './crypto/multikey'
import { decodeStatusList, statusBitAt, statusListEntries } from './crypto/status-list'
import type { StatusPurpose } from './licences.states'

export const verdicts = [
  'valid',
  'tampered',
  'revoked',
  'suspended',
  'expired',
  'not_yet_valid',
  'unknown_issuer',
  'key_compromised',
  'status_unavailable',
] as const
export type Verdict = (typeof verdicts)[number]

/** Where a verifier finds what issuers publish: over HTTP, from a directory of cached copies, or in the process. */
export interface PublishedDocuments {
  didDocument(did: string): Promise<JsonObject | null>
  statusListCredential(url: string): Promise<JsonObject | null>
}

export type KeyStateSeen = 'active' | 'retired' | 'compromised' | 'unknown'

export interface ProofReport {
  cryptosuite: string
  verificationMethod: string
  keyState: KeyStateSeen
  signature: 'valid' | 'invalid' | 'not_checked'
}

export interface Bilingual {
  zh: string
  en: string
}

export interface Verification {
  verdict: Verdict
  reason: Bilingual
  issuer: { id: string; nameZh: string | null; nameEn: string | null } | null
  /** what the credential says, once its proofs hold (null before) */
  credential: JsonObject | null
  proofs: ProofReport[]
}

interface PublishedKey {
  suite: Suite
  check: PublicKeyCheck
  state: 'active' | 'retired' | 'compromised'
  retiredAt: string | null
  compromiseReason: Bilingual | null
}

const vcContext = 'https://www.w3.org/ns/credentials/v2'
const statusPurposesRead: readonly StatusPurpose[] = ['revocation', 'suspension']
const credentialStatusMax = 4

const reasons: Record<Verdict, Bilingual> = {
  valid: {
    zh: '证照真实有效：签名完整，未被撤销或暂停，在有效期内。',
    en: 'Genuine and in force: the signature holds, it is neither revoked nor suspended, and it is within its dates.',
  },
  tampered: {
    zh: '证照内容与签名不符，已被篡改或并非由所称机关签发。',
    en: 'The content does not match its signature: it was changed, or not signed by the issuer it names.',
  },
  revoked: { zh: '该证照已被发证机关撤销。', en: 'The issuing authority has revoked this licence.' },
  suspended: { zh: '该证照已被发证机关暂停使用。', en: 'The issuing authority has suspended this licence.' },
  expired: { zh: '该证照已过有效期。', en: 'This licence has expired.' },
  not_yet_valid: { zh: '该证照尚未到生效日期。', en: 'This licence is not valid yet.' },
  unknown_issuer: {
    zh: '签发者不是九城或走廊联席办公布的发证机关，无法核验。',
    en: 'The issuer is not one of the published issuers of the nine cities or the corridor office.',
  },
  key_compromised: {
    zh: '签发所用密钥已被发证机关声明泄露，证照不再可信。',
    en: 'The key that signed it has been declared compromised by its issuer: the licence can no longer be trusted.',
  },
  status_unavailable: {
    zh: '暂时无法取得发证机关公布的状态列表，请稍后再试。',
    en: 'The issuer’s published status list could not be read; try again later.',
  },
}

const publishedKeys = new WeakMap<JsonObject, Map<string, PublishedKey>>()

function keyOf(method: JsonObject): PublishedKey | null {
  const revoked = textOf(method.revoked)
  const retired = textOf(method.retired)
  const state = revoked !== null ? 'compromised' : retired !== null ? 'retired' : 'active'
  const reason = isJsonObject(method.revocationReason) ? method.revocationReason : null
  const base = {
    state,
    retiredAt: retired,
    compromiseReason: reason !== null ? { zh: textOf(reason.zh) ?? '', en: textOf(reason.en) ?? '' } : null,
  } as const
  if (method.type === 'Multikey' && typeof method.publicKeyMultibase === 'string') {
    const raw = ed25519PublicFromMultibase(method.publicKeyMultibase)
    return raw === null
      ? null
      : { ...base, suite: 'ed25519', check: ed25519Check(ed25519PublicKeyObject(raw)) }
  }
  if (method.type === 'JsonWebKey') {
    const point = sm2PublicFromJwk(method.publicKeyJwk)
    if (point === null) return null
    try {
      return { ...base, suite: 'sm2', check: sm2Check(point) }
    } catch {
      return null
    }
  }
  return null
}

/** The assertion keys of a DID document by verification method id (parsed once per document object). */
function keysOf(document: JsonObject): Map<string, PublishedKey> {
  const known = publishedKeys.get(document)
  if (known !== undefined) return known
  const asserting = new Set(Array.isArray(document.assertionMethod) ? document.assertionMethod : [])
  const keys = new Map<string, PublishedKey>()
  const methods = Array.isArray(document.verificationMethod) ? document.verificationMethod : []
  for (const method of methods) {
    if (!isJsonObject(method) || typeof method.id !== 'string' || method.controller !== document.id) continue
    const key = keyOf(method)
    // a compromised key leaves assertionMethod, but stays listed so that its verdict can say why
    if (key !== null && (asserting.has(method.id) || key.state === 'compromised')) keys.set(method.id, key)
  }
  publishedKeys.set(document, keys)
  return keys
}

function didOfMethod(verificationMethod: string): string {
  const hash = verificationMethod.indexOf('#')
  return hash < 0 ? verificationMethod : verificationMethod.slice(0, hash)
}

function issuerIdOf(document: JsonObject): string | null {
  return typeof document.issuer === 'string'
    ? document.issuer
    : isJsonObject(document.issuer)
      ? textOf(document.issuer.id)
      : null
}

interface CheckedProof {
  report: ProofReport
  key: PublishedKey | null
  did: string
  didKnown: boolean
  holds: boolean
}

async function checkProof(proof: ProofToCheck, documents: PublishedDocuments): Promise<CheckedProof> {
  const did = didOfMethod(proof.verificationMethod)
  const didDocument = did.startsWith('did:') ? await documents.didDocument(did) : null
  const key = didDocument === null ? null : (keysOf(didDocument).get(proof.verificationMethod) ?? null)
  if (key !== null && proof.suite !== null && key.suite !== proof.suite) {
    throw new AppError('CREDENTIAL_PROOF_KEY_MISMATCH', { verificationMethod: proof.verificationMethod })
  }
  // a retired key verifies what it signed before its retirement, nothing dated after it
  const retiredAtMs = key?.retiredAt != null ? Date.parse(key.retiredAt) : Number.NaN
  const signedAfterRetirement = !Number.isNaN(retiredAtMs) && Date.parse(proof.created ?? '') > retiredAtMs
  const holds =
    key !== null &&
    key.suite === proof.suite &&
    proof.hashData !== null &&
    proof.signature !== null &&
    !signedAfterRetirement &&
    key.check(proof.hashData, proof.signature)
  return {
    did,
    didKnown: didDocument !== null,
    key,
    holds,
    report: {
      cryptosuite: proof.cryptosuite,
      verificationMethod: proof.verificationMethod,
      keyState: key?.state ?? 'unknown',
      signature: key === null ? 'not_checked' : holds ? 'valid' : 'invalid',
    },
  }
}

const decodedLists = new WeakMap<
  JsonObject,
  { purpose: string; issuer: string | null; bits: Uint8Array } | null
>()

/** A status list credential checked once per document object: signed by its issuer, its bits decoded. */
async function statusListOf(list: JsonObject, documents: PublishedDocuments) {
  if (decodedLists.has(list)) return decodedLists.get(list) ?? null
  const subject = isJsonObject(list.credentialSubject) ? list.credentialSubject : null
  const encoded = subject !== null ? textOf(subject.encodedList) : null
  const read = proofsOf(list)
  let decoded = null
  if (subject !== null && encoded !== null && read !== null) {
    const checked = await Promise.all(read.proofs.map((proof) => checkProof(proof, documents)))
    const issuer = issuerIdOf(list)
    const signed =
      checked.length > 0 &&
      checked.every((proof) => proof.holds && proof.did === issuer && proof.key?.state !== 'compromised')
    const bits = signed ? decodeStatusList(encoded) : null
    decoded = bits === null ? null : { purpose: textOf(subject.statusPurpose) ?? '', issuer, bits }
  }
  decodedLists.set(list, decoded)
  return decoded
}

interface StatusEntry {
  purpose: string
  index: number
  listUrl: string
}

/** The credential's status entries; a malformed index is the caller's error (4xx), not a verdict. */
export function statusEntriesOf(document: JsonObject): StatusEntry[] {
  const raw = document.credentialStatus
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]
  if (list.length > credentialStatusMax)
    throw new AppError('CREDENTIAL_MALFORMED', { field: 'credentialStatus' })
  return list.map((entry) => {
    if (
      !isJsonObject(entry) ||
      typeof entry.statusListCredential !== 'string' ||
      typeof entry.statusPurpose !== 'string'
    ) {
      throw new AppError('CREDENTIAL_MALFORMED', { field: 'credentialStatus' })
    }
    const text = entry.statusListIndex
    const index = typeof text === 'string' && /^\d{1,9}$/.test(text) ? Number(text) : Number.NaN
    if (!(index >= 0 && index < statusListEntries)) {
      throw new AppError('CREDENTIAL_STATUS_INDEX_INVALID', {
        statusListIndex: text ?? null,
        entries: statusListEntries,
      })
    }
    return { purpose: entry.statusPurpose, index, listUrl: entry.statusListCredential }
  })
}

function answer(
  verdict: Verdict,
  proofs: CheckedProof[],
  document: JsonObject | null,
  reason?: Bilingual,
): Verification {
  const issuerId = document === null ? null : issuerIdOf(document)
  const issuerObject = document !== null && isJsonObject(document.issuer) ? document.issuer : null
  return {
    verdict,
    reason: reason ?? reasons[verdict],
    issuer:
      issuerId === null
        ? null
        : {
            id: issuerId,
            nameZh: languageValue(issuerObject?.name, 'zh'),
            nameEn: languageValue(issuerObject?.name, 'en'),
          },
    credential: verdict === 'tampered' || verdict === 'unknown_issuer' ? null : document,
    proofs: proofs.map((proof) => proof.report),
  }
}

async function statusVerdict(
  entries: StatusEntry[],
  issuerId: string,
  documents: PublishedDocuments,
): Promise<Verdict | null> {
  for (const purpose of statusPurposesRead) {
    for (const entry of entries.filter((candidate) => candidate.purpose === purpose)) {
      const published = await documents.statusListCredential(entry.listUrl)
      const list = published === null ? null : await statusListOf(published, documents)
      if (list === null || list.issuer !== issuerId || list.purpose !== purpose) return 'status_unavailable'
      const bit = statusBitAt(list.bits, entry.index)
      if (bit === null) return 'status_unavailable'
      if (bit === 1) return purpose === 'revocation' ? 'revoked' : 'suspended'
    }
  }
  return null
}

/** The verdict on a credential at `now`. Throws a coded AppError only for input that is not a credential at all. */
export async function verifyCredential(
  document: JsonObject,
  documents: PublishedDocuments,
  now: Date,
): Promise<Verification> {
  const entries = statusEntriesOf(document)
  const read = proofsOf(document)
  if (read === null) return answer('tampered', [], null)
  const proofs = await Promise.all(read.proofs.map((proof) => checkProof(proof, documents)))
  const primary = proofs.find((proof) => proof.report.cryptosuite === 'eddsa-jcs-2022')
  if (primary === undefined || !primary.didKnown) {
    return answer(primary === undefined ? 'tampered' : 'unknown_issuer', proofs, null)
  }
  const issuerId = issuerIdOf(document)
  if (proofs.some((proof) => !proof.holds || proof.did !== issuerId)) return answer('tampered', proofs, null)
  const compromised = proofs.find((proof) => proof.key?.state === 'compromised')
  if (compromised !== undefined) {
    const why = compromised.key?.compromiseReason ?? null
    const base = reasons.key_compromised
    return answer(
      'key_compromised',
      proofs,
      document,
      why === null ? base : { zh: `${base.zh}原因：${why.zh}`, en: `${base.en} Reason: ${why.en}` },
    )
  }
  const context = Array.isArray(document['@context']) ? document['@context'][0] : null
  const validFrom = Date.parse(textOf(document.validFrom) ?? '')
  const validUntil = Date.parse(textOf(document.validUntil) ?? '')
  if (context !== vcContext || Number.isNaN(validFrom) || Number.isNaN(validUntil)) {
    return answer('tampered', proofs, null)
  }
  if (now.getTime() < validFrom) return answer('not_yet_valid', proofs, document)
  if (now.getTime() > validUntil) return answer('expired', proofs, document)
  const status = await statusVerdict(entries, issuerId ?? '', documents)
  return answer(status ?? 'valid', proofs, document)
}

export { reasons as verdictReasons }
