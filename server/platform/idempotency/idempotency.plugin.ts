// Idempotency-Key on every mutating request: the first answer is stored and replayed; a concurrent retry waits
// for it. Answers of 5xx are not stored, so a retry after a bug or an outage runs again.
//
// A route may write the key in the statement of its own effect instead (config: { idempotency: 'statement' }): the
// pre-handler then only checks the key and hashes the request, the route passes statementClaimOf(request) to its
// service, and its statement inserts the key as completed, pointing at the record it created, in the same
// transaction — no claim before and no completion after, so no crash between the two can leave a pending key that
// a retry would take over and run again. The route answers with sendKeyedOutcome. A refusal (4xx) rolled the
// statement back and is stored here afterwards, as on other routes, unless the key has a row by then. When only some
// of a route's requests are covered by its statement (config.idempotencyStatementCovers), the others are claimed
// and completed here as on other routes, and statementClaimOf gives them no claim.
import { createHash } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Database } from '../../db/client'
import { AppError, assert } from '../errors'
import * as repository from './idempotency.repository'
import {
  defaultContentType,
  type KeyClaim,
  type KeyedOutcome,
  type StoredAnswer,
} from './idempotency.statement'

const mutatingMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])
const keyPattern = /^[\x21-\x7e]{1,200}$/
const waitPollMs = 50
const waitPollsMax = 200

declare module 'fastify' {
  interface FastifyRequest {
    idempotency: {
      principalKey: string
      key: string
      replayed: boolean
      /** set on a route whose own statement writes the key: the claim to pass to that statement */
      statement: KeyClaim | null
    } | null
  }
  interface FastifyContextConfig {
    /**
     * false exempts a route (login and logout, which are safe to repeat and carry session cookies); 'statement'
     * leaves the writing of the key to the route's own statement (see the top of this file)
     */
    idempotency?: boolean | 'statement'
    /**
     * With idempotency 'statement': whether the route's statement writes the key of this request (absent: of every
     * request). A request it does not cover, a variant of the route that is more than that statement, goes through
     * the generic claim and completion. Called after validation, with the validated body.
     */
    idempotencyStatementCovers?: (request: FastifyRequest) => boolean
  }
}

/** What a key's request is stored under: method, path with its query, and the body as validated. */
export function requestHashOf(method: string, url: string, body: unknown): string {
  return createHash('sha256')
    .update(`${method} ${url}\n${JSON.stringify(body ?? null)}`)
    .digest('hex')
}

function sendStoredAnswer(reply: FastifyReply, answer: StoredAnswer) {
  return reply
    .code(answer.status)
    .header('idempotent-replayed', 'true')
    .type(answer.contentType)
    .send(answer.body)
}

/**
 * The claim a route with `idempotency: 'statement'` passes to its statement; null without an Idempotency-Key, and
 * for a request its statement does not cover (the generic hooks hold that request's key).
 */
export function statementClaimOf(request: FastifyRequest): KeyClaim | null {
  assert(
    request.routeOptions.config.idempotency === 'statement',
    `${request.routeOptions.url ?? request.url} does not write its idempotency key in its statement`,
  )
  return request.idempotency?.statement ?? null
}

/**
 * Answers a route whose statement wrote its key: the entity it created, or the one an earlier request with the
 * key created (rendered again, marked as a replay), or the answer stored for an earlier refused request.
 */
export function sendKeyedOutcome<Entity>(
  reply: FastifyReply,
  status: number,
  outcome: KeyedOutcome<Entity>,
  present: (entity: Entity) => unknown,
) {
  const claim = reply.request.idempotency
  // nothing of a replay is stored again
  if (outcome.kind !== 'done' && claim !== null) claim.replayed = true
  if (outcome.kind === 'answered') return sendStoredAnswer(reply, outcome.answer)
  if (outcome.kind === 'replayed') reply.header('idempotent-replayed', 'true')
  return reply.code(status).send(present(outcome.entity))
}

export function registerIdempotency(app: FastifyInstance, db: Database) {
  app.decorateRequest('idempotency', null)

  app.addHook('preHandler', async (request, reply) => {
    const header = request.headers['idempotency-key']
    if (header === undefined || !mutatingMethods.has(request.method)) return
    const mode = request.routeOptions.config.idempotency
    if (mode === false) return
    if (typeof header !== 'string' || !keyPattern.test(header)) throw new AppError('IDEMPOTENCY_KEY_INVALID')
    const principalKey = request.principal?.userId ?? 'anonymous'
    const claim: KeyClaim = {
      principalKey,
      key: header,
      method: request.method,
      path: request.url,
      requestHash: requestHashOf(request.method, request.url, request.body),
    }
    const statementCovers = request.routeOptions.config.idempotencyStatementCovers
    if (mode === 'statement' && (statementCovers === undefined || statementCovers(request))) {
      request.idempotency = { principalKey, key: header, replayed: false, statement: claim }
      return
    }
    for (let poll = 0; poll < waitPollsMax; poll++) {
      if (await repository.claimKey(db, claim)) {
        request.idempotency = { principalKey, key: header, replayed: false, statement: null }
        return
      }
      const existing = await repository.findKey(db, principalKey, header)
      if (existing === undefined) continue
      if (existing.requestHash !== claim.requestHash) throw new AppError('IDEMPOTENCY_KEY_REUSED')
      if (existing.state === 'completed') {
        request.idempotency = { principalKey, key: header, replayed: true, statement: null }
        return sendStoredAnswer(reply, {
          status: existing.responseStatus ?? 200,
          body: existing.responseBody ?? '',
          contentType: existing.responseContentType ?? defaultContentType,
        })
      }
      await sleep(waitPollMs)
    }
    throw new AppError('IDEMPOTENCY_IN_PROGRESS')
  })

  app.addHook('onSend', async (request, reply, payload) => {
    const claim = request.idempotency
    if (claim === null || claim.replayed) return payload
    const answer = (): StoredAnswer => ({
      status: reply.statusCode,
      body: typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString('utf8') : '',
      contentType: String(reply.getHeader('content-type') ?? defaultContentType),
    })
    if (claim.statement !== null) {
      // A success was written by the route's statement; a 5xx is not stored; a refusal changed nothing.
      if (reply.statusCode >= 400 && reply.statusCode < 500) {
        await repository.storeAnswer(db, claim.statement, answer())
      }
      return payload
    }
    if (reply.statusCode >= 500) {
      await repository.releaseKey(db, claim.principalKey, claim.key)
      return payload
    }
    await repository.completeKey(db, claim.principalKey, claim.key, answer())
    return payload
  })
}
