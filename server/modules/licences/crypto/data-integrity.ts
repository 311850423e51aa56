// Data Integrity proofs over JSON canonicalised by RFC 8785 (JCS): the W3C cryptosuite eddsa-jcs-2022, and the same
// construction with the national algorithms (SM3 hashes, an SM2 signature with the standard's default signer ID) as
// the platform's own second suite. Each proof of a proof set signs the document without its `proof`, so either can
// be checked alone. Canonicalisation is the `canonicalize` package (the RFC's reference implementation).
import { createHash, sign as nodeSign, verify as nodeVerify, type KeyObject } from 'node:crypto'
import canonicalize from 'canonicalize'
import { sm2, sm3 } from 'sm-crypto-v2'
import { isJsonObject, type JsonObject } from '../json'
import { fromMultibaseBase58, multibaseBase58, type Suite } from './multikey'

export const eddsaJcs2022 = 'eddsa-jcs-2022'
export const sm2Jcs = 'g60-sm2sm3-jcs-2026'
export const cryptosuiteOf: Record<Suite, string> = { ed25519: eddsaJcs2022, sm2: sm2Jcs }
const ed25519SignatureBytes = 64
const sm2SignatureBytes = 64
/** a credential carries one proof per suite: more is not ours */
export const proofsPerDocumentMax = 4

export interface ProofSigner {
  suite: Suite
  /** the DID URL of the key: did:web:…#key-id */
  verificationMethod: string
  sign(data: Uint8Array): Uint8Array
}

/** One proof as read from a document, with what its signature must cover. */
export interface ProofToCheck {
  proof: JsonObject
  cryptosuite: string
  verificationMethod: string
  created: string | null
  suite: Suite | null
  /** null when the proof's configuration is not one this suite signs (wrong type, purpose or context) */
  hashData: Uint8Array | null
  /** null when the proof value is not a signature of the suite's length */
  signature: Uint8Array | null
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest()
}

function sm3Of(text: string): Buffer {
  return Buffer.from(sm3(new TextEncoder().encode(text)), 'hex')
}

function canonical(value: unknown): string {
  const text = canonicalize(value)
  if (text === undefined) throw new TypeError('nothing to canonicalise')
  return text
}

/** hashData = H(canonical proof configuration) ‖ H(canonical document), H = SHA-256 or SM3 by suite. */
function hashDataOf(suite: Suite, unsecured: JsonObject, proofConfig: JsonObject): Uint8Array {
  const hash = suite === 'ed25519' ? sha256 : sm3Of
  return Buffer.concat([hash(canonical(proofConfig)), hash(canonical(unsecured))])
}

function withoutProof(document: JsonObject): JsonObject {
  const unsecured = { ...document }
  delete unsecured.proof
  return unsecured
}

/** Adds one proof per signer (a proof set when there are more), all made at `created`. */
export function secureDocument(
  unsecured: JsonObject,
  signers: readonly ProofSigner[],
  created: string,
): JsonObject {
  const proofs = signers.map((signer) => {
    const proofConfig: JsonObject = {
      type: 'DataIntegrityProof',
      cryptosuite: cryptosuiteOf[signer.suite],
      created,
      verificationMethod: signer.verificationMethod,
      proofPurpose: 'assertionMethod',
      ...(unsecured['@context'] !== undefined ? { '@context': unsecured['@context'] } : {}),
    }
    const signature = signer.sign(hashDataOf(signer.suite, unsecured, proofConfig))
    return { ...proofConfig, proofValue: multibaseBase58(signature) }
  })
  return { ...unsecured, proof: proofs.length === 1 ? proofs[0] : proofs }
}

const suiteByCryptosuite = new Map<string, Suite>([
  [eddsaJcs2022, 'ed25519'],
  [sm2Jcs, 'sm2'],
])

function readProof(unsecured: JsonObject, proof: JsonObject): ProofToCheck {
  const { proofValue, ...proofConfig } = proof
  const cryptosuite = typeof proof.cryptosuite === 'string' ? proof.cryptosuite : ''
  const suite = suiteByCryptosuite.get(cryptosuite) ?? null
  const verificationMethod = typeof proof.verificationMethod === 'string' ? proof.verificationMethod : ''
  const configured =
    suite !== null &&
    proof.type === 'DataIntegrityProof' &&
    proof.proofPurpose === 'assertionMethod' &&
    canonicalize(proof['@context']) === canonicalize(unsecured['@context'])
  const signature = typeof proofValue === 'string' ? fromMultibaseBase58(proofValue) : null
  const length = suite === 'sm2' ? sm2SignatureBytes : ed25519SignatureBytes
  return {
    proof,
    cryptosuite,
    verificationMethod,
    created: typeof proof.created === 'string' ? proof.created : null,
    suite,
    hashData: configured && suite !== null ? hashDataOf(suite, unsecured, proofConfig) : null,
    signature: signature !== null && signature.length === length ? signature : null,
  }
}

/** The proofs of a secured document with what each must sign; null when it has none or more than we read. */
export function proofsOf(document: JsonObject): { unsecured: JsonObject; proofs: ProofToCheck[] } | null {
  const raw = document.proof
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]
  if (list.length === 0 || list.length > proofsPerDocumentMax || !list.every(isJsonObject)) return null
  const unsecured = withoutProof(document)
  return { unsecured, proofs: list.map((proof) => readProof(unsecured, proof)) }
}

export function ed25519Signer(verificationMethod: string, privateKey: KeyObject): ProofSigner {
  return {
    suite: 'ed25519',
    verificationMethod,
    sign: (data) => nodeSign(null, data, privateKey),
  }
}

export function sm2Signer(verificationMethod: string, privateKey: Uint8Array): ProofSigner {
  const privateHex = Buffer.from(privateKey).toString('hex')
  return {
    suite: 'sm2',
    verificationMethod,
    sign: (data) => Buffer.from(sm2.doSignature(data, privateHex, { hash: true, der: false }), 'hex'),
  }
}

/** A public key ready to check signatures: Ed25519 as a KeyObject, SM2 as a precomputed point. */
export type PublicKeyCheck = (data: Uint8Array, signature: Uint8Array) => boolean

export function ed25519Check(publicKey: KeyObject): PublicKeyCheck {
  return (data, signature) => nodeVerify(null, data, publicKey, signature)
}

export function sm2Check(publicKey: Uint8Array): PublicKeyCheck {
  const point = sm2.precomputePublicKey(Buffer.from(publicKey).toString('hex'))
  return (data, signature) => {
    try {
      return sm2.doVerifySignature(data, Buffer.from(signature).toString('hex'), point, {
        hash: true,
        der: false,
      })
    } catch {
      return false
    }
  }
}
