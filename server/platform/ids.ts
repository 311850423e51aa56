// Readable, sortable ids: a prefix, 10 characters of millisecond time and 12 random characters (Crockford base32).
import { randomBytes } from 'node:crypto'

const alphabet = '0123456789abcdefghjkmnpqrstvwxyz'
const timeLength = 10
const randomLength = 12

function encodeTime(timeMs: number): string {
  let remaining = Math.floor(timeMs)
  let encoded = ''
  for (let position = 0; position < timeLength; position++) {
    encoded = alphabet[remaining % 32] + encoded
    remaining = Math.floor(remaining / 32)
  }
  return encoded
}

function encodeRandom(bytes: Uint8Array): string {
  let encoded = ''
  for (let position = 0; position < randomLength; position++) encoded += alphabet[(bytes[position] ?? 0) % 32]
  return encoded
}

/** `randomSource` lets the seeder make the same ids from the same seed. */
export function newId(prefix: string, timeMs: number = Date.now(), randomSource?: () => number): string {
  const bytes = randomSource
    ? Uint8Array.from({ length: randomLength }, () => Math.floor(randomSource() * 256))
    : randomBytes(randomLength)
  return `${prefix}_${encodeTime(timeMs)}${encodeRandom(bytes)}`
}

export const idPattern = '^[a-z]+_[0-9a-hjkmnp-tv-z]{22}$'
