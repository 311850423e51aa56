// Statements that run many requests at once (group commit): one row per request, `request_position` saying which,
// with what a keyed statement answers (idempotency_outcome, the stored answer, the entity's columns) or, for a
// request the rules refused, idempotency_outcome 'refused' with refusal_code and refusal_details as the database
// function raised them. Each request is answered as it would have been alone.
import { assert } from '../errors'
import { keyedOutcomeOf, type KeyedOutcome } from '../idempotency'
import type { Database } from '../../db/client'
import type { PreparedStatement } from '../../db/prepared'
import { refusalError } from '../refusals'

/** a batch statement's requests at most (the SQL functions refuse more) */
export const batchRequestsMax = 1000

export interface KeyedBatch<Request, Entity> {
  statement: PreparedStatement<{ requests: string }>
  /** the request as the statement's JSON takes it, with its position in the batch */
  requestJson(request: Request, position: number): Record<string, unknown>
  entityOf(row: Record<string, unknown>): Entity
  /** the same request in a statement of its own, refusals raised as the coded errors */
  runAlone(db: Database, request: Request): Promise<KeyedOutcome<Entity>>
}

/**
 * Runs the requests in one statement and answers each. Should the statement itself fail (a deadlock with another
 * transaction, say), every request runs again alone, one statement each, so that one request's trouble is not its
 * neighbours'.
 */
export async function runKeyedBatch<Request, Entity>(
  db: Database,
  batch: KeyedBatch<Request, Entity>,
  requests: readonly Request[],
): Promise<PromiseSettledResult<KeyedOutcome<Entity>>[]> {
  assert(requests.length >= 1 && requests.length <= batchRequestsMax, 'a batch holds 1 to 1000 requests')
  let rows: Record<string, unknown>[]
  try {
    rows = await batch.statement.rows<Record<string, unknown>>(db, {
      requests: JSON.stringify(requests.map((request, position) => batch.requestJson(request, position))),
    })
  } catch {
    return runEachAlone(db, batch, requests)
  }
  const settled: (PromiseSettledResult<KeyedOutcome<Entity>> | undefined)[] = requests.map(() => undefined)
  for (const row of rows) {
    const position = Number(row.request_position)
    assert(settled[position] === undefined, `request ${position} of a batch was answered twice`)
    settled[position] = settledOf(row, batch.entityOf)
  }
  return settled.map((result, position) => {
    assert(result !== undefined, `request ${position} of a batch was not answered`)
    return result
  })
}

function settledOf<Entity>(
  row: Record<string, unknown>,
  entityOf: (row: Record<string, unknown>) => Entity,
): PromiseSettledResult<KeyedOutcome<Entity>> {
  if (row.idempotency_outcome === 'refused') {
    const details = typeof row.refusal_details === 'string' ? row.refusal_details : null
    return { status: 'rejected', reason: refusalError(String(row.refusal_code), details) }
  }
  try {
    return { status: 'fulfilled', value: keyedOutcomeOf(row, entityOf) }
  } catch (reason) {
    return { status: 'rejected', reason }
  }
}

async function runEachAlone<Request, Entity>(
  db: Database,
  batch: KeyedBatch<Request, Entity>,
  requests: readonly Request[],
): Promise<PromiseSettledResult<KeyedOutcome<Entity>>[]> {
  const settled: PromiseSettledResult<KeyedOutcome<Entity>>[] = []
  for (const request of requests) {
    try {
      settled.push({ status: 'fulfilled', value: await batch.runAlone(db, request) })
    } catch (reason) {
      settled.push({ status: 'rejected', reason })
    }
  }
  return settled
}
