// Ids for generated rows in the platform's format (server/platform/ids.ts: a prefix, 10 characters of millisecond
// time and 12 random characters of the Crockford alphabet), drawn from a seeded random stream and unique within the
// ids the maker is given. The seeder makes hundreds of thousands of them, so the time part is encoded once per
// millisecond and the random part is made of two-character pieces, three from each draw.
import { newId } from '../../platform/ids'
import type { Random } from '../random'

const alphabet = '0123456789abcdefghjkmnpqrstvwxyz'
const timeLength = 10
const attemptsMax = 20
const pairs = Array.from(
  { length: 1024 },
  (_, bits) => `${alphabet.charAt(bits >> 5)}${alphabet.charAt(bits & 31)}`,
)

function encodeTime(timeMs: number): string {
  let remaining = Math.floor(timeMs)
  let encoded = ''
  for (let position = 0; position < timeLength; position++) {
    encoded = alphabet.charAt(remaining % 32) + encoded
    remaining = Math.floor(remaining / 32)
  }
  return encoded
}

/** 30 random bits as six characters. */
function sixCharacters(random: Random): string {
  const bits = Math.floor(random.next() * 0x4000_0000)
  return `${pairs[bits & 1023]}${pairs[(bits >>> 10) & 1023]}${pairs[bits >>> 20]}`
}

export type IdMaker = (prefix: string, atMs: number) => string

/** `taken` may be shared between makers whose ids must not collide. */
export function createIdMaker(random: Random, taken: Set<string> = new Set()): IdMaker {
  let lastPrefix = ''
  let lastMs = Number.NaN
  let lastHead = ''
  return (prefix, atMs) => {
    if (prefix !== lastPrefix || atMs !== lastMs) {
      lastPrefix = prefix
      lastMs = atMs
      lastHead = `${prefix}_${encodeTime(atMs)}`
    }
    for (let attempt = 0; attempt < attemptsMax; attempt++) {
      const id = `${lastHead}${sixCharacters(random)}${sixCharacters(random)}`
      if (!taken.has(id)) {
        taken.add(id)
        return id
      }
    }
    throw new Error(`no unique ${prefix} id after ${attemptsMax} attempts`)
  }
}

/**
 * Ids made by the platform's own newId() from a seeded stream (twelve draws an id), unique within `taken`: the
 * voucher generator's, whose ids must stay what they were before the faster maker above existed.
 */
export function createNewIdMaker(random: Random, taken: Set<string> = new Set()): IdMaker {
  return (prefix, atMs) => {
    for (let attempt = 0; attempt < attemptsMax; attempt++) {
      const id = newId(prefix, atMs, random.next)
      if (!taken.has(id)) {
        taken.add(id)
        return id
      }
    }
    throw new Error(`no unique ${prefix} id after ${attemptsMax} attempts`)
  }
}

/** One synthetic user id per key (an organisation, an office), made when the key is first asked for. */
export function createSyntheticUsers(makeId: IdMaker, atMs: number): (key: string) => string {
  const ids = new Map<string, string>()
  return (key) => {
    let id = ids.get(key)
    if (id === undefined) {
      id = makeId('usr', atMs)
      ids.set(key, id)
    }
    return id
  }
}

/**
 * A module's id maker and its synthetic users (made at `usersAtMs`), drawn from its streams 'ids' and 'users' and
 * unique among each other.
 */
export function createSeedIds(
  random: Random,
  usersAtMs: number,
  maker: (random: Random, taken: Set<string>) => IdMaker = createIdMaker,
): { makeId: IdMaker; syntheticUser: (key: string) => string } {
  const taken = new Set<string>()
  const makeId = maker(random.fork('ids'), taken)
  return { makeId, syntheticUser: createSyntheticUsers(maker(random.fork('users'), taken), usersAtMs) }
}
