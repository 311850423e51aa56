// The database as the work of one request sees it. A mutating request with an Idempotency-Key runs in one
// transaction that also writes its key and its answer (platform/idempotency), so that a crash leaves both or
// neither. Services hold the database they were built with, not the request's transaction: the handle they hold
// answers every call on the transaction the current request runs in, when there is one, and on the database
// otherwise. Their own `transaction()` calls then open savepoints inside the request's transaction.
import { AsyncLocalStorage } from 'node:async_hooks'
import type { Database } from './client'

interface Ambient {
  transaction: Database
  /** what runs again once the request's transaction has committed */
  committed: (() => void)[]
}

const ambient = new AsyncLocalStorage<Ambient>()
/** a request's cache drops at most (each is a closure; one per write is plenty) */
const committedMax = 1_000

/**
 * Runs `work` with every call on an ambient handle going to `transaction`; `onCommitted` callbacks registered by
 * the work are handed to `committed` to run once the caller has committed the transaction.
 */
export async function withinTransaction<Result>(
  transaction: Database,
  work: () => Promise<Result>,
): Promise<{ result: Result; committed: readonly (() => void)[] }> {
  const state: Ambient = { transaction, committed: [] }
  const result = await ambient.run(state, work)
  return { result, committed: state.committed }
}

/**
 * Drops an in-process cache after a write: now, and, inside a request's transaction, once more after it commits,
 * so that a read in between cannot fill the cache again with what the transaction is about to change.
 */
export function onCommitted(drop: () => void): void {
  drop()
  const state = ambient.getStore()
  if (state !== undefined && state.committed.length < committedMax) state.committed.push(drop)
}

/** Whether the caller runs inside a request's transaction (withinTransaction). */
export function inAmbientTransaction(): boolean {
  return ambient.getStore() !== undefined
}

/** A handle on `db` that answers on the current request's transaction while there is one. */
export function ambientDatabase(db: Database): Database {
  return new Proxy(db, {
    get(target, property) {
      const source = ambient.getStore()?.transaction ?? target
      const value: unknown = Reflect.get(source, property, source)
      return typeof value === 'function' ? value.bind(source) : value
    },
  })
}
