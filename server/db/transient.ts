// Database errors that concurrent input causes and that a second try resolves: a deadlock (40P01) and a serialization
// failure (40001). Racing bookings of one slot can deadlock while re-checking the exclusion constraint; the loser,
// tried again, meets the winner's row and gets its coded refusal instead of a 500. Should every try fail, the edge
// answers 409 CONFLICT (platform/http/error-handler.ts), which the client may retry.
import { setTimeout as sleep } from 'node:timers/promises'

export const transientSqlStates = new Set(['40P01', '40001'])
/** tries of one piece of work at most, the first included */
export const transientAttemptsDefault = 4
const backoffBaseMs = 10

/** The SQL state of a deadlock or serialization failure in the error or its causes (drizzle wraps pg's error). */
export function transientSqlStateOf(error: unknown): string | null {
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 4; depth++) {
    const code = 'code' in current ? current.code : undefined
    if (typeof code === 'string' && transientSqlStates.has(code)) return code
    current = current.cause
  }
  return null
}

/**
 * Runs `work`, again after a short random pause when it fails with a deadlock or serialization failure, at most
 * attemptsMax times; then throws the last failure. `work` must be a whole transaction
 * (or savepoint) that the failure rolled back, so that running it again repeats nothing.
 */
export async function retryingTransient<Result>(
  work: () => Promise<Result>,
  attemptsMax = transientAttemptsDefault,
): Promise<Result> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work()
    } catch (error) {
      if (transientSqlStateOf(error) === null) throw error
      if (attempt >= attemptsMax) throw error
      await sleep(backoffBaseMs * attempt * (1 + Math.random()))
    }
  }
}
