// The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters, the last a check character.
import { AppError } from '../../platform/errors'

const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
export const creditCodeLength = 18

export function creditCodeCheckCharacter(first17: string): string {
  if (first17.length !== creditCodeLength - 1) throw new Error('a credit code body has 17 characters')
  let sum = 0
  for (let position = 0; position < first17.length; position++) {
    const value = alphabet.indexOf(first17[position] ?? '')
    if (value < 0) throw new Error(`character ${first17[position]} is not allowed in a credit code`)
    sum += value * (weights[position] ?? 0)
  }
  const check = (31 - (sum % 31)) % 31
  return alphabet[check] ?? '0'
}

export function isValidCreditCode(code: string): boolean {
  if (code.length !== creditCodeLength) return false
  for (const character of code) if (!alphabet.includes(character)) return false
  return creditCodeCheckCharacter(code.slice(0, 17)) === code[17]
}

/** Builds a valid code from a 17-character body (the seeder uses it). */
export function completeCreditCode(first17: string): string {
  return first17 + creditCodeCheckCharacter(first17)
}

export const creditCodeAlphabet = alphabet

/** A code given for a new firm or provider: refused with CREDIT_CODE_INVALID unless its check character fits. */
export function requireValidCreditCode(code: string) {
  if (!isValidCreditCode(code)) throw new AppError('CREDIT_CODE_INVALID', { creditCode: code })
}

/**
 * The beginning of a credit code when a search term is one (a digit, then at least three more code characters, as
 * people read a code out: 91310117…), upper-cased as codes are stored; undefined when the term is a name.
 */
export function creditCodePrefixOf(term: string | undefined): string | undefined {
  const prefix = term?.trim().toUpperCase()
  if (prefix === undefined || !/^[0-9][0-9A-Z]{3,17}$/.test(prefix)) return undefined
  return [...prefix].every((character) => alphabet.includes(character)) ? prefix : undefined
}
