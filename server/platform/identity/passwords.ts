// scrypt with a per-password salt; the stored form names its parameters so they can be raised later.
import {
  randomBytes,
  randomInt,
  scrypt as scryptCallback,
  timingSafeEqual,
  type ScryptOptions,
} from 'node:crypto'
import { AppError } from '../errors'

const keyLengthBytes = 32
const parameters = { N: 16384, r: 8, p: 1 }

function scrypt(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scryptCallback(password, salt, keyLengthBytes, { ...options, maxmem: 64 * 1024 * 1024 }, (error, key) =>
      error ? reject(error) : resolve(key),
    )
  })
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16)
  const key = await scrypt(password, salt, parameters)
  return `scrypt$${parameters.N}$${parameters.r}$${parameters.p}$${salt.toString('base64')}$${key.toString('base64')}`
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, cost, blockSize, parallelism, saltText, keyText] = stored.split('$')
  if (scheme !== 'scrypt' || saltText === undefined || keyText === undefined) return false
  const expected = Buffer.from(keyText, 'base64')
  const key = await scrypt(password, Buffer.from(saltText, 'base64'), {
    N: Number(cost),
    r: Number(blockSize),
    p: Number(parallelism),
  })
  return key.length === expected.length && timingSafeEqual(key, expected)
}

/** A hash that no password matches, compared against for unknown users so timing does not reveal them. */
export const unusableHash = `scrypt$16384$8$1$${Buffer.alloc(16).toString('base64')}$${Buffer.alloc(32).toString('base64')}`

export const demoPassword = 'g60-demo'

export const passwordLengthMin = 10

/** At least passwordLengthMin characters, and never the demo password outside the demo's own accounts. */
export function checkPasswordStrength(password: string, mode: 'demo' | 'production', isDemoAccount = false) {
  const weak = password.length < passwordLengthMin
  const demoInProduction = mode === 'production' && password === demoPassword
  if ((weak && !(isDemoAccount && password === demoPassword)) || demoInProduction) {
    throw new AppError('PASSWORD_TOO_WEAK')
  }
}

/** Letters and digits that cannot be mistaken for one another when read out or copied by hand. */
const temporaryAlphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'
const temporaryLength = 14

/** A temporary password the office hands over once; about 80 bits, and the user must change it at sign-in. */
export function generateTemporaryPassword(): string {
  let password = ''
  for (let position = 0; position < temporaryLength; position++) {
    password += temporaryAlphabet[randomInt(temporaryAlphabet.length)]
  }
  return password
}
