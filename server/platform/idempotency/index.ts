// Idempotency-Key: the hooks every mutating request goes through, and what a route whose own statement writes the
// key passes on and answers with.
export { registerIdempotency, sendKeyedOutcome, statementClaimOf } from './idempotency.plugin'
export { keyedOutcomeOf } from './idempotency.statement'
export type { KeyClaim, KeyedOutcome, StoredAnswer } from './idempotency.statement'
