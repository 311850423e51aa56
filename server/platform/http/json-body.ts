// JSON bodies, bounded in depth before they are parsed: what comes after (validation, the walk for unstorable text,
// the Idempotency-Key's request hash) recurses through a body, and a body 20,000 arrays deep overflows the stack.
// The size stays bounded by bodyLimit, which Fastify applies before any parser runs.
import type { FastifyInstance } from 'fastify'
import { AppError } from '../errors'

/** Arrays and objects nested deeper than this are refused; the deepest body of the API is under ten. */
export const jsonDepthMax = 32

const quote = 0x22
const backslash = 0x5c
const openers = new Set([0x5b, 0x7b]) // [ {
const closers = new Set([0x5d, 0x7d]) // ] }

/** Whether JSON text nests arrays and objects deeper than depthMax: one pass counting brackets outside strings. */
export function nestsDeeperThan(text: string, depthMax: number): boolean {
  let depth = 0
  let inString = false
  for (let index = 0; index < text.length; index++) {
    const character = text.charCodeAt(index)
    if (inString) {
      if (character === backslash) index++
      else if (character === quote) inString = false
    } else if (character === quote) {
      inString = true
    } else if (openers.has(character)) {
      depth++
      if (depth > depthMax) return true
    } else if (closers.has(character)) {
      depth--
    }
  }
  return false
}

/** Replaces Fastify's JSON parser with one that checks depth first, then parses as before (prototype poisoning refused). */
export function registerJsonBody(app: FastifyInstance) {
  const parseJson = app.getDefaultJsonParser('error', 'error')
  app.removeContentTypeParser('application/json')
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8')
    if (nestsDeeperThan(text, jsonDepthMax)) {
      done(
        new AppError('VALIDATION_FAILED', {
          problems: [
            { where: 'body', path: '/', rule: 'depth', message: `must nest at most ${jsonDepthMax} deep` },
          ],
        }),
        undefined,
      )
      return
    }
    parseJson(request, text, done)
  })
}
