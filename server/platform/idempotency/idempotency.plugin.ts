// Idempotency-Key on every mutating request: the first answer is stored and replayed; a concurrent retry waits
// for it. Answers of 5xx are not stored, so a retry after a bug or an outage runs again.
//
// The key, the request's effect and its answer commit in one transaction (answerUnderKey, called by every route's
// handler): the key is inserted first, so a concurrent duplicate waits on it inside PostgreSQL and then reads the
// answer; the work runs in a savepoint with every service call on that transaction (db/ambient.ts); a refusal rolls
// the savepoint back and is stored under the key in the same transaction. A crash leaves either the key, the effect
// and the answer, or none of them: no pending key is left behind for a retry to take over and run again.
//
// A route may write the key in the statement of its own effect instead (config: { idempotency: 'statement' }): the
// pre-handler then only checks the key and hashes the request, the route passes statementClaimOf(request) to its
// service, and its statement inserts the key as completed, pointing at the record it created, in the same
// transaction; the route answers with sendKeyedOutcome. A refusal (4xx) rolled the statement back and is stored here
// afterwards, unless the key has a row by then. When only some of a route's requests are covered by its statement
// (config.idempotencyStatementCovers), the others go through answerUnderKey, and statementClaimOf gives them no claim.
import { createHash } from 'node:crypto'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { withinTransaction } from '../../db/ambient'
import type { Database } from '../../db/client'
import { AppError, assert } from '../errors'
import { errorBodyOf } from '../http/error-handler'
import { refusalError } from '../refusals'
import * as repository from './idempotency.repository'
import {
  defaultContentType,
  type KeyClaim,
  type KeyedOutcome,
  type StoredAnswer,
} from './idempotency.statement'

const mutatingMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])
const keyPattern = /^[\x21-\x7e]{1,200}$/

declare module 'fastify' {
  interface FastifyRequest {
    idempotency: {
      principalKey: string
      key: string
      /** the answer was sent from the key's row, or stored with the work: nothing is left to store */
      replayed: boolean
      /** set on a route whose own statement writes the key: the claim to pass to that statement */
      statement: KeyClaim | null
      /** set on every other route: the claim answerUnderKey takes in the work's transaction */
      generic: { claim: KeyClaim; db: Database } | null
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
 * key created (rendered again, marked as a replay), or the answer stored for an earlier refused request. A request
 * its statement did not cover runs under answerUnderKey, which stores and sends what this returns.
 */
export function sendKeyedOutcome<Entity, Answer>(
  reply: FastifyReply,
  status: number,
  outcome: KeyedOutcome<Entity>,
  present: (entity: Entity) => Answer,
): FastifyReply | Answer {
  const claim = reply.request.idempotency
  if (claim !== null && claim.generic !== null) {
    assert(outcome.kind === 'done', 'a request keyed by the generic path is never answered by its statement')
    return present(outcome.entity)
  }
  // nothing of a replay is stored again
  if (outcome.kind !== 'done' && claim !== null) claim.replayed = true
  if (outcome.kind === 'answered') return sendStoredAnswer(reply, outcome.answer)
  if (outcome.kind === 'replayed') reply.header('idempotent-replayed', 'true')
  return reply.code(status).send(present(outcome.entity))
}

/**
 * The answer stored under a key for this request, to send again; null when the key has no row yet. A key used for
 * another request is refused; one still pending (held by a route's own statement) is in progress.
 */
function storedAnswerOf(row: repository.IdempotencyRow | undefined, claim: KeyClaim): StoredAnswer | null {
  if (row === undefined) return null
  if (row.requestHash !== claim.requestHash) throw new AppError('IDEMPOTENCY_KEY_REUSED')
  if (row.state !== 'completed') throw new AppError('IDEMPOTENCY_IN_PROGRESS')
  if (row.refusalCode !== null && row.responseStatus === null)
    throw refusalError(row.refusalCode, row.refusalDetails)
  return {
    status: row.responseStatus ?? 200,
    body: row.responseBody ?? '',
    contentType: row.responseContentType ?? defaultContentType,
  }
}

function textOf(serialized: string | ArrayBuffer | Buffer): string {
  if (typeof serialized === 'string') return serialized
  return Buffer.isBuffer(serialized) ? serialized.toString('utf8') : Buffer.from(serialized).toString('utf8')
}

type KeyedRun = { kind: 'stored' | 'answered'; answer: StoredAnswer; committed: readonly (() => void)[] }

/**
 * Runs a keyed request's work (the route's handler) in one transaction with its key and its answer, and sends the
 * answer; without a key on the generic path it just runs the work. The reply's status is the route's success status,
 * set before. A refusal the work throws (4xx) is stored and sent; anything else rolls everything back and is thrown
 * on to the error handler, unstored.
 */
export async function answerUnderKey(
  request: FastifyRequest,
  reply: FastifyReply,
  work: () => Promise<unknown>,
): Promise<unknown> {
  const keyed = request.idempotency?.generic ?? null
  if (keyed === null) return work()
  const { claim, db } = keyed
  const successStatus = reply.statusCode
  const run = await db.transaction(async (transaction): Promise<KeyedRun> => {
    if (!(await repository.takeKey(transaction, claim))) {
      // a duplicate held the key and has committed: its answer is this request's answer
      const stored = storedAnswerOf(
        await repository.findKey(transaction, claim.principalKey, claim.key),
        claim,
      )
      assert(stored !== null, 'a key that could not be taken has a row')
      return { kind: 'stored', answer: stored, committed: [] }
    }
    let answer: StoredAnswer
    let committed: readonly (() => void)[] = []
    try {
      const done = await transaction.transaction((savepoint) => withinTransaction(savepoint, work))
      const value = done.result
      committed = done.committed
      // an answer sent from inside the work would leave before its commit
      assert(!reply.sent, `${request.routeOptions.url ?? request.url} sent its own answer under a key`)
      answer = {
        status: successStatus,
        body: successStatus === 204 ? '' : textOf(reply.code(successStatus).serialize(value)),
        contentType: defaultContentType,
      }
    } catch (error) {
      if (!(error instanceof AppError) || error.status >= 500) throw error
      answer = {
        status: error.status,
        body: JSON.stringify(errorBodyOf(request, error.code, error.details)),
        contentType: defaultContentType,
      }
    }
    await repository.completeKey(transaction, claim.principalKey, claim.key, answer)
    return { kind: 'answered', answer, committed }
  })
  for (const drop of run.committed) drop()
  const claimed = request.idempotency
  if (claimed !== null) claimed.replayed = true
  if (run.kind === 'stored') return sendStoredAnswer(reply, run.answer)
  return reply.code(run.answer.status).type(run.answer.contentType).send(run.answer.body)
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
      request.idempotency = { principalKey, key: header, replayed: false, statement: claim, generic: null }
      return
    }
    // A retry of an answered request is answered here, without a transaction; anything else is settled in the
    // work's own transaction, where a duplicate still running holds the key.
    const stored = storedAnswerOf(await repository.findKey(db, principalKey, header), claim)
    request.idempotency = {
      principalKey,
      key: header,
      replayed: stored !== null,
      statement: null,
      generic: stored === null ? { claim, db } : null,
    }
    if (stored !== null) return sendStoredAnswer(reply, stored)
  })

  app.addHook('onSend', async (request, reply, payload) => {
    const claim = request.idempotency
    if (claim === null || claim.replayed) return payload
    const answer = (): StoredAnswer => ({
      status: reply.statusCode,
      body: typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString('utf8') : '',
      contentType: String(reply.getHeader('content-type') ?? defaultContentType),
    })
    // A success was written by the route's statement; a 5xx is not stored; a refusal changed nothing.
    if (claim.statement !== null && reply.statusCode >= 400 && reply.statusCode < 500) {
      await repository.storeAnswer(db, claim.statement, answer())
    }
    return payload
  })
}
