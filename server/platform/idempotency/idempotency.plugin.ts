// Idempotency-Key on every mutating request: the first answer is stored and replayed; a concurrent retry waits
// for it. Answers of 5xx are not stored, so a retry after a bug or an outage runs again.
import { createHash } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import type { FastifyInstance } from 'fastify'
import type { Database } from '../../db/client'
import { AppError } from '../errors'
import * as repository from './idempotency.repository'

const mutatingMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])
const keyPattern = /^[\x21-\x7e]{1,200}$/
const waitPollMs = 50
const waitPollsMax = 200

declare module 'fastify' {
  interface FastifyRequest {
    idempotency: { principalKey: string; key: string; replayed: boolean } | null
  }
  interface FastifyContextConfig {
    /** false exempts a route (login and logout, which are safe to repeat and carry session cookies) */
    idempotency?: boolean
  }
}

function hashRequest(method: string, url: string, body: unknown): string {
  return createHash('sha256')
    .update(`${method} ${url}\n${JSON.stringify(body ?? null)}`)
    .digest('hex')
}

export function registerIdempotency(app: FastifyInstance, db: Database) {
  app.decorateRequest('idempotency', null)

  app.addHook('preHandler', async (request, reply) => {
    const header = request.headers['idempotency-key']
    if (header === undefined || !mutatingMethods.has(request.method)) return
    if (request.routeOptions.config.idempotency === false) return
    if (typeof header !== 'string' || !keyPattern.test(header)) throw new AppError('IDEMPOTENCY_KEY_INVALID')
    const principalKey = request.principal?.userId ?? 'anonymous'
    const claim = {
      principalKey,
      key: header,
      method: request.method,
      path: request.url,
      requestHash: hashRequest(request.method, request.url, request.body),
    }
    for (let poll = 0; poll < waitPollsMax; poll++) {
      if (await repository.claimKey(db, claim)) {
        request.idempotency = { principalKey, key: header, replayed: false }
        return
      }
      const existing = await repository.findKey(db, principalKey, header)
      if (existing === undefined) continue
      if (existing.requestHash !== claim.requestHash) throw new AppError('IDEMPOTENCY_KEY_REUSED')
      if (existing.state === 'completed') {
        request.idempotency = { principalKey, key: header, replayed: true }
        return reply
          .code(existing.responseStatus ?? 200)
          .header('idempotent-replayed', 'true')
          .type(existing.responseContentType ?? 'application/json; charset=utf-8')
          .send(existing.responseBody ?? '')
      }
      await sleep(waitPollMs)
    }
    throw new AppError('IDEMPOTENCY_IN_PROGRESS')
  })

  app.addHook('onSend', async (request, reply, payload) => {
    const claim = request.idempotency
    if (claim === null || claim.replayed) return payload
    if (reply.statusCode >= 500) {
      await repository.releaseKey(db, claim.principalKey, claim.key)
      return payload
    }
    const body =
      typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString('utf8') : ''
    const contentType = String(reply.getHeader('content-type') ?? 'application/json; charset=utf-8')
    await repository.completeKey(db, claim.principalKey, claim.key, {
      status: reply.statusCode,
      body,
      contentType,
    })
    return payload
  })
}
