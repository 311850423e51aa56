// Our cryptography against the specifications' own published examples: the eddsa-jcs-2022 test vector (signed by
// the spec's key, re-signed byte for byte by ours), the SM2 signature example of GB/T 32918.5 annex A with SM3's
// examples, and the Bitstring Status List example.
import canonicalize from 'canonicalize'
import { sm2, sm3 } from 'sm-crypto-v2'
import { describe, expect, it } from 'vitest'
import keyPair from '../vectors/eddsa-key-pair.json'
import signed from '../vectors/eddsa-jcs-2022-signed.json'
import { ed25519Check, ed25519Signer, proofsOf, secureDocument, sm2Check, sm2Signer } from './data-integrity'
import {
  ed25519PrivateKeyObject,
  ed25519PublicFromMultibase,
  ed25519PublicKeyObject,
  ed25519PublicOf,
  ed25519SeedFromMultibase,
  generateKeyMaterial,
} from './multikey'
import {
  decodeStatusList,
  encodeStatusList,
  randomIndexPermutation,
  statusBitAt,
  statusIndexOf,
  statusListBytes,
  statusListEntries,
} from './status-list'

describe('eddsa-jcs-2022 (W3C vc-di-eddsa test vectors)', () => {
  const publicKey = ed25519PublicFromMultibase(keyPair.publicKeyMultibase)
  const seed = ed25519SeedFromMultibase(keyPair.privateKeyMultibase)

  it('verifies the specification’s signed credential with its published key', () => {
    expect(publicKey).not.toBeNull()
    const read = proofsOf(signed)
    expect(read?.proofs).toHaveLength(1)
    const [proof] = read?.proofs ?? []
    expect(proof?.hashData).not.toBeNull()
    expect(Buffer.from(proof?.hashData ?? []).toString('hex')).toBe(
      '66ab154f5c2890a140cb8388a22a160454f80575f6eae09e5a097cabe539a1db59b7cb6251b8991add1ce0bc83107e3db9dbbab5bd2c28f687db1a03abc92f19',
    )
    const check = ed25519Check(ed25519PublicKeyObject(publicKey ?? new Uint8Array()))
    expect(check(proof?.hashData ?? new Uint8Array(), proof?.signature ?? new Uint8Array())).toBe(true)
  })

  it('re-signs it with the spec’s private key to the same proof value, byte for byte', () => {
    expect(seed).not.toBeNull()
    expect(Buffer.from(ed25519PublicOf(seed ?? new Uint8Array()))).toEqual(Buffer.from(publicKey ?? []))
    const { proof, ...unsecured } = signed
    const signer = ed25519Signer(proof.verificationMethod, ed25519PrivateKeyObject(seed ?? new Uint8Array()))
    const ours = secureDocument(unsecured, [signer], proof.created)
    expect(ours.proof).toEqual(proof)
  })

  it('fails when any character of the document or the proof changes', () => {
    const check = ed25519Check(ed25519PublicKeyObject(publicKey ?? new Uint8Array()))
    const changed = [
      { ...signed, validFrom: '2023-01-01T00:00:01Z' },
      { ...signed, credentialSubject: { ...signed.credentialSubject, alumniOf: 'The School of Examplez' } },
      { ...signed, proof: { ...signed.proof, created: '2023-02-24T23:36:39Z' } },
    ]
    for (const document of changed) {
      const [proof] = proofsOf(document)?.proofs ?? []
      expect(check(proof?.hashData ?? new Uint8Array(), proof?.signature ?? new Uint8Array())).toBe(false)
    }
  })

  it('canonicalises as RFC 8785 says: sorted keys, no spaces, numbers in shortest form', () => {
    expect(canonicalize({ b: 2, a: [1e21, 0.1, '€'], c: { z: null, y: true } })).toBe(
      '{"a":[1e+21,0.1,"€"],"b":2,"c":{"y":true,"z":null}}',
    )
  })
})

describe('SM2 with SM3 (GB/T 32918.5-2017 annex A, GB/T 32905-2016)', () => {
  const privateKey = '3945208f7b2144b13f36e38ac6d39f95889393692860b51a42fb81ef4df7c5b8'
  const publicKey =
    '0409f9df311e5421a150dd7d161e4bc5c672179fad1833fc076bb08ff356f35020ccea490ce26775a52dc6ea718cc1aa600aed05fbf35e084a6632f6072da9ad13'
  const k = '59276e27d506861a16680f3ad9c02dccef3cc1fa3cdbe4ce6d54b80deac1bc21'
  const signature =
    'f5a03b0648d2c4630eeac513e1bb81a15944da3827d5b74143ac7eaceee720b3b1b6aa29df212fd8763182bc0d421ca1bb9038fd1f7f42d4840b69c485bbc1aa'
  const message = new TextEncoder().encode('message digest')

  it('hashes the standard’s SM3 examples', () => {
    expect(sm3('abc')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0')
    expect(sm3('abcd'.repeat(16))).toBe('debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732')
  })

  it('derives the example’s public key and its message hash e with the default signer ID', () => {
    expect(sm2.getPublicKeyFromPrivateKey(privateKey)).toBe(publicKey)
    expect(sm2.getHash(message, publicKey)).toBe(
      'f0b43e94ba45accaace692ed534382eb17e6ab5a19ce7b31f4486fdfc0d28640',
    )
  })

  it('signs with the example’s k to the published (r, s), and verifies it', () => {
    const x1 = BigInt(`0x${sm2.getPublicKeyFromPrivateKey(k).slice(2, 66)}`)
    const made = sm2.doSignature(message, privateKey, {
      hash: true,
      der: false,
      pointPool: [{ k: BigInt(`0x${k}`), x1 }],
    })
    expect(made).toBe(signature)
    const check = sm2Check(Buffer.from(publicKey, 'hex'))
    expect(check(message, Buffer.from(signature, 'hex'))).toBe(true)
    expect(check(new TextEncoder().encode('message digesT'), Buffer.from(signature, 'hex'))).toBe(false)
  })

  it('makes SM2 proofs our verifier accepts and a changed byte breaks', () => {
    const material = generateKeyMaterial('sm2')
    const document = { '@context': ['https://www.w3.org/ns/credentials/v2'], name: '营业执照' }
    const secured = secureDocument(
      document,
      [sm2Signer('did:web:x#sm2', material.privateKey)],
      '2026-01-01T00:00:00Z',
    )
    const [proof] = proofsOf(secured)?.proofs ?? []
    const check = sm2Check(material.publicKey)
    expect(check(proof?.hashData ?? new Uint8Array(), proof?.signature ?? new Uint8Array())).toBe(true)
    const [changed] = proofsOf({ ...secured, name: '营业执照 ' })?.proofs ?? []
    expect(check(changed?.hashData ?? new Uint8Array(), changed?.signature ?? new Uint8Array())).toBe(false)
  })
})

describe('Bitstring Status List', () => {
  it('decodes the specification’s example list: 131,072 bits, all clear', () => {
    const bits = decodeStatusList('uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA')
    expect(bits?.length).toBe(statusListBytes)
    expect(bits?.every((byte) => byte === 0)).toBe(true)
    expect(statusBitAt(bits ?? new Uint8Array(), 94567)).toBe(0)
  })

  it('counts index 0 from the left-most bit and round-trips through GZIP and base64url', () => {
    const bits = new Uint8Array(statusListBytes)
    bits[0] = 0b1000_0000
    bits[11_820] = 0b0000_0001
    const decoded = decodeStatusList(encodeStatusList(bits))
    expect(decoded).toEqual(bits)
    expect(statusBitAt(decoded ?? bits, 0)).toBe(1)
    expect(statusBitAt(decoded ?? bits, 1)).toBe(0)
    expect(statusBitAt(decoded ?? bits, 94_567)).toBe(1)
    expect(statusBitAt(decoded ?? bits, statusListBytes * 8)).toBeNull()
  })

  it('gives an issuer’s licences every index of the list once, in an order that is not the order of issue', () => {
    const { stride, offset } = randomIndexPermutation()
    expect(stride % 2).toBe(1)
    const seen = new Set<number>()
    for (let issued = 0; issued < statusListEntries; issued++) seen.add(statusIndexOf(issued, stride, offset))
    expect(seen.size).toBe(statusListEntries)
    expect([...seen].every((index) => index >= 0 && index < statusListEntries)).toBe(true)
    const firstTen = Array.from({ length: 10 }, (_, issued) => statusIndexOf(issued, 12_345, 678))
    expect(firstTen.slice(0, 3)).toEqual([678, 13_023, 25_368])
  })

  it('refuses what is not a list: no multibase prefix, bad GZIP, a list below the minimum, a zip bomb', () => {
    expect(decodeStatusList('H4sIAAAA')).toBeNull()
    expect(decodeStatusList('uAAAA')).toBeNull()
    expect(decodeStatusList(encodeStatusList(new Uint8Array(100)))).toBeNull()
    expect(decodeStatusList(encodeStatusList(new Uint8Array(64 * statusListBytes)))).toBeNull()
  })
})
