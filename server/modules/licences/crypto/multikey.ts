// Public keys as DID documents publish them: Ed25519 as a Multikey (multibase base58btc of the multicodec 0xed01
// and the 32 raw bytes), SM2 as a JSON Web Key on the curve the national standard names. Encodings come from
// @scure/base; the keys themselves from Node's crypto (Ed25519) and sm-crypto-v2 (SM2).
import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto'
import { base58, base64urlnopad } from '@scure/base'
import { sm2 } from 'sm-crypto-v2'

const ed25519PublicPrefix = Uint8Array.of(0xed, 0x01)
const ed25519PrivatePrefix = Uint8Array.of(0x80, 0x26)
const ed25519KeyBytes = 32

export type Suite = 'ed25519' | 'sm2'

/** A key pair as the key store keeps it: the private part only ever encrypted at rest. */
export interface KeyMaterial {
  suite: Suite
  /** Ed25519: the 32-byte seed; SM2: the 32-byte scalar */
  privateKey: Uint8Array
  /** Ed25519: 32 raw bytes; SM2: the uncompressed point 04‖x‖y (65 bytes) */
  publicKey: Uint8Array
}

export function multibaseBase58(bytes: Uint8Array): string {
  return `z${base58.encode(bytes)}`
}

/** The bytes of a base58btc multibase string, or null when it is not one. */
export function fromMultibaseBase58(text: string): Uint8Array | null {
  if (!text.startsWith('z')) return null
  try {
    return base58.decode(text.slice(1))
  } catch {
    return null
  }
}

function withPrefix(prefix: Uint8Array, bytes: Uint8Array): Uint8Array {
  const joined = new Uint8Array(prefix.length + bytes.length)
  joined.set(prefix)
  joined.set(bytes, prefix.length)
  return joined
}

export function ed25519PublicMultibase(publicKey: Uint8Array): string {
  return multibaseBase58(withPrefix(ed25519PublicPrefix, publicKey))
}

/** The raw public key of an Ed25519 Multikey, or null when the text is not one. */
export function ed25519PublicFromMultibase(text: string): Uint8Array | null {
  const bytes = fromMultibaseBase58(text)
  if (bytes === null || bytes.length !== ed25519PublicPrefix.length + ed25519KeyBytes) return null
  if (bytes[0] !== ed25519PublicPrefix[0] || bytes[1] !== ed25519PublicPrefix[1]) return null
  return bytes.slice(ed25519PublicPrefix.length)
}

/** The seed of an Ed25519 private Multikey (as the specification's test vectors give theirs), or null. */
export function ed25519SeedFromMultibase(text: string): Uint8Array | null {
  const bytes = fromMultibaseBase58(text)
  if (bytes === null || bytes.length !== ed25519PrivatePrefix.length + ed25519KeyBytes) return null
  if (bytes[0] !== ed25519PrivatePrefix[0] || bytes[1] !== ed25519PrivatePrefix[1]) return null
  return bytes.slice(ed25519PrivatePrefix.length)
}

export function ed25519PublicKeyObject(publicKey: Uint8Array): KeyObject {
  return createPublicKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: base64urlnopad.encode(publicKey) },
    format: 'jwk',
  })
}

export function ed25519PrivateKeyObject(seed: Uint8Array): KeyObject {
  const publicKey = ed25519PublicOf(seed)
  return createPrivateKey({
    key: {
      kty: 'OKP',
      crv: 'Ed25519',
      d: base64urlnopad.encode(seed),
      x: base64urlnopad.encode(publicKey),
    },
    format: 'jwk',
  })
}

/** The public key of an Ed25519 seed. */
export function ed25519PublicOf(seed: Uint8Array): Uint8Array {
  const jwk = createPublicKey(
    createPrivateKey({
      key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]),
      format: 'der',
      type: 'pkcs8',
    }),
  ).export({ format: 'jwk' })
  if (jwk.x === undefined) throw new Error('Ed25519 public key without x')
  return base64urlnopad.decode(jwk.x)
}

export function generateKeyMaterial(suite: Suite): KeyMaterial {
  if (suite === 'sm2') {
    const pair = sm2.generateKeyPairHex()
    return {
      suite,
      privateKey: Buffer.from(pair.privateKey.padStart(64, '0'), 'hex'),
      publicKey: Buffer.from(pair.publicKey, 'hex'),
    }
  }
  const { privateKey } = generateKeyPairSync('ed25519')
  const jwk = privateKey.export({ format: 'jwk' })
  if (jwk.d === undefined || jwk.x === undefined) throw new Error('Ed25519 key without d or x')
  return { suite, privateKey: base64urlnopad.decode(jwk.d), publicKey: base64urlnopad.decode(jwk.x) }
}

/** SM2's public key as a JWK (crv "SM2", x and y base64url), the way SM2 keys are published beside JOSE ones. */
export function sm2PublicJwk(publicKey: Uint8Array): { kty: 'EC'; crv: 'SM2'; x: string; y: string } {
  return {
    kty: 'EC',
    crv: 'SM2',
    x: base64urlnopad.encode(publicKey.slice(1, 33)),
    y: base64urlnopad.encode(publicKey.slice(33, 65)),
  }
}

/** The uncompressed point of an SM2 JWK, or null when it is not one. */
export function sm2PublicFromJwk(jwk: unknown): Uint8Array | null {
  if (typeof jwk !== 'object' || jwk === null) return null
  const { kty, crv, x, y } = jwk as Record<string, unknown>
  if (kty !== 'EC' || crv !== 'SM2' || typeof x !== 'string' || typeof y !== 'string') return null
  try {
    const xBytes = base64urlnopad.decode(x)
    const yBytes = base64urlnopad.decode(y)
    if (xBytes.length !== 32 || yBytes.length !== 32) return null
    return Uint8Array.of(0x04, ...xBytes, ...yBytes)
  } catch {
    return null
  }
}
