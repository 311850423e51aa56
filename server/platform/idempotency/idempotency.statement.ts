// Routes whose own statement writes the Idempotency-Key together with its effect (route option
// `config: { idempotency: 'statement' }`): the key the pre-handler checked, what such a statement answers, and the
// reading of its answer. No Fastify here: services and repositories pass these on.
import { AppError, assert } from '../errors'
import { refusalError } from '../refusals'

/** A checked key: the caller it belongs to, the key, and the request it stands for (method, path, body hash). */
export interface KeyClaim {
  principalKey: string
  key: string
  method: string
  path: string
  requestHash: string
}

/** The content type of a stored answer that recorded none. */
export const defaultContentType = 'application/json; charset=utf-8'

/** An answer stored for a key, sent again as it was to a retry. */
export interface StoredAnswer {
  status: number
  body: string
  contentType: string
}

/** What a statement that writes its own key did. */
export type KeyedOutcome<Entity> =
  /** this request's effect (or a request without a key) */
  | { kind: 'done'; entity: Entity }
  /** an earlier request with the same key and the same request made the entity: it is rendered again */
  | { kind: 'replayed'; entity: Entity }
  /** an earlier request with the same key and the same request was refused: its stored answer */
  | { kind: 'answered'; answer: StoredAnswer }

const outcomes = ['done', 'replayed', 'answered', 'refused', 'reused', 'in_progress'] as const
type Outcome = (typeof outcomes)[number]

function isOutcome(value: unknown): value is Outcome {
  return outcomes.some((outcome) => outcome === value)
}

/**
 * Reads the answer of a keyed statement, one row in the driver's shape: `idempotency_outcome` (done, replayed,
 * answered, refused, reused or in_progress), the stored answer's `stored_status`, `stored_body` and
 * `stored_content_type` when answered, the refusal's `refusal_code` and `refusal_details` when refused (by this
 * statement or, stored with the key, an earlier one), and the entity's columns when done or replayed. A refusal is
 * thrown as its coded error; a key used for another request, or held by a request still pending, is refused with the
 * codes the pre-handler uses for them.
 */
export function keyedOutcomeOf<Entity>(
  row: Record<string, unknown>,
  entityOf: (row: Record<string, unknown>) => Entity,
): KeyedOutcome<Entity> {
  const outcome = row.idempotency_outcome
  assert(isOutcome(outcome), `unknown idempotency outcome ${String(outcome)}`)
  switch (outcome) {
    case 'done':
    case 'replayed':
      return { kind: outcome, entity: entityOf(row) }
    case 'answered':
      return {
        kind: 'answered',
        answer: {
          status: Number(row.stored_status),
          body: typeof row.stored_body === 'string' ? row.stored_body : '',
          contentType:
            typeof row.stored_content_type === 'string' ? row.stored_content_type : defaultContentType,
        },
      }
    case 'refused':
      throw refusalError(
        String(row.refusal_code),
        typeof row.refusal_details === 'string' ? row.refusal_details : null,
      )
    case 'reused':
      throw new AppError('IDEMPOTENCY_KEY_REUSED')
    case 'in_progress':
      throw new AppError('IDEMPOTENCY_IN_PROGRESS')
  }
}
