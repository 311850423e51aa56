// What the platform refuses at the edge, before validation and before any handler: text that no column can hold (NUL
// bytes, which PostgreSQL refuses in text, and unpaired UTF-16 surrogates, which are no characters at all) anywhere in
// a body, a query string or a path parameter, and dates outside the years a record can sensibly carry.
import type { FastifyInstance } from 'fastify'
import { AppError } from '../errors'

/** The years a date or instant of a request may fall in; PostgreSQL has no year 0, and none of ours is near it. */
export const yearMin = 1900
export const yearMax = 2200

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/
const instantPattern =
  /^(\d{4}-\d{2}-\d{2})[Tt ](?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,9})?(?:[Zz]|[+-](?:[01]\d|2[0-3])(?::?[0-5]\d)?)$/

/** A calendar day `YYYY-MM-DD` that exists, in the bounded years. */
export function isBoundedDay(text: string): boolean {
  const parts = dayPattern.exec(text)
  if (parts === null) return false
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])]
  if (year < yearMin || year > yearMax) return false
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/** An RFC 3339 instant with its offset, on a bounded day. */
export function isBoundedInstant(text: string): boolean {
  const parts = instantPattern.exec(text)
  return parts !== null && parts[1] !== undefined && isBoundedDay(parts[1])
}

/** Replaces ajv-formats' `date` and `date-time`, which accept year 0 and 9999, with the bounded ones. */
export function installBoundedDateFormats(ajv: {
  addFormat(name: string, format: { type: 'string'; validate: (text: string) => boolean }): unknown
}) {
  ajv.addFormat('date', { type: 'string', validate: isBoundedDay })
  ajv.addFormat('date-time', { type: 'string', validate: isBoundedInstant })
}

const nulCharacter = '\u0000'
const unpairedSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

function isUnstorableText(text: string): boolean {
  return text.includes(nulCharacter) || unpairedSurrogate.test(text)
}

/**
 * The path (JSON pointer) of the first string, or object key, that no column can hold; null when there is none.
 * Recursion is bounded: JSON bodies are depth-checked before parsing (json-body.ts), queries and params are flat.
 */
export function unstorableTextAt(value: unknown, at = ''): string | null {
  if (typeof value === 'string') return isUnstorableText(value) ? at || '/' : null
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = unstorableTextAt(item, `${at}/${index}`)
      if (found !== null) return found
    }
    return null
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (isUnstorableText(key)) return `${at}/${JSON.stringify(key)}` // escaped: the key itself cannot be shown
      const found = unstorableTextAt(item, `${at}/${key}`)
      if (found !== null) return found
    }
  }
  return null
}

/** Refuses unstorable text in the params, query and body of every request, before validation and any handler. */
export function registerTextRefusals(app: FastifyInstance) {
  app.addHook('preValidation', async (request) => {
    const parts = { params: request.params, querystring: request.query, body: request.body }
    for (const [where, value] of Object.entries(parts)) {
      const path = unstorableTextAt(value)
      if (path === null) continue
      throw new AppError('VALIDATION_FAILED', {
        problems: [{ where, path, rule: 'text', message: 'must not hold NUL bytes or unpaired surrogates' }],
      })
    }
  })
}
