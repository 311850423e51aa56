// The Bitstring Status List (W3C): a licence's revocation or suspension is one bit at its index, the left-most bit
// of the first byte being index 0. The list is published GZIP-compressed and multibase base64url encoded (prefix
// "u", no padding). zlib and @scure/base do the work; a decoded list is held as bytes, so a lookup is one shift.
import { randomInt } from 'node:crypto'
import { gunzipSync, gzipSync } from 'node:zlib'
import { base64urlnopad } from '@scure/base'

/** the specification's minimum, for herd privacy: 16 KB of bits */
export const statusListEntries = 131_072
export const statusListBytes = statusListEntries / 8
/** a published list we read may be larger than ours, never larger than this (a zip bomb stops here) */
const decodedBytesMax = 16 * statusListBytes

export function encodeStatusList(bits: Uint8Array): string {
  return `u${base64urlnopad.encode(gzipSync(bits))}`
}

/** The bits of an encoded list, or null when it is not a multibase base64url GZIP of at least the minimum size. */
export function decodeStatusList(encoded: string): Uint8Array | null {
  if (!encoded.startsWith('u')) return null
  try {
    const bits = gunzipSync(base64urlnopad.decode(encoded.slice(1)), { maxOutputLength: decodedBytesMax })
    return bits.length >= statusListBytes ? new Uint8Array(bits) : null
  } catch {
    return null
  }
}

/** The bit at an index (0 or 1), or null when the index is beyond the list. */
export function statusBitAt(bits: Uint8Array, index: number): 0 | 1 | null {
  if (!Number.isSafeInteger(index) || index < 0 || index >= bits.length * 8) return null
  const byte = bits[index >> 3] ?? 0
  return ((byte >> (7 - (index & 7))) & 1) === 1 ? 1 : 0
}

/** The position PostgreSQL's set_bit/get_bit give the same bit (they count from the low bit of each byte). */
export function postgresBitOf(index: number): number {
  return (index & ~7) + (7 - (index & 7))
}

/**
 * The list index of an issuer's n-th licence: an odd stride makes n ↦ (n × stride + offset) mod 2^17 a bijection on
 * the list, so indexes never collide until the list is full and do not tell outsiders the order of issue.
 */
export function statusIndexOf(issued: number, stride: number, offset: number): number {
  return (issued * stride + offset) % statusListEntries
}

/** A random odd stride and an offset for a new issuer's permutation. */
export function randomIndexPermutation(): { stride: number; offset: number } {
  const stride = (randomInt(statusListEntries / 2) * 2 + 1) % statusListEntries
  return { stride, offset: randomInt(statusListEntries) }
}
