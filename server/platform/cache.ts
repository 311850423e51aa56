// A small in-process cache with a time to live and a bound on its entries (oldest out first). For hot reads that
// may be a few seconds stale; every cache says what it holds, how long, and what drops it.
import { onCommitted } from '../db/ambient'

export interface TtlCache<Value> {
  get(key: string): { value: Value } | undefined
  set(key: string, value: Value): void
  delete(key: string): void
  clear(): void
  /**
   * The kept promise of `key`, or `load()` kept in its place: concurrent readers share one load, and a load that
   * fails is forgotten so the next reader tries again.
   */
  getOrLoad<Loaded>(
    this: TtlCache<Promise<Loaded>>,
    key: string,
    load: () => Promise<Loaded>,
  ): Promise<Loaded>
}

export function createTtlCache<Value>(options: { ttlMs: number; entriesMax: number }): TtlCache<Value> {
  const entries = new Map<string, { value: Value; expiresAtMs: number }>()
  return {
    get(key) {
      if (options.ttlMs <= 0) return undefined
      const entry = entries.get(key)
      if (entry === undefined) return undefined
      if (entry.expiresAtMs <= Date.now()) {
        entries.delete(key)
        return undefined
      }
      return entry
    },
    set(key, value) {
      if (options.ttlMs <= 0) return
      // A Map iterates in insertion order: the first key is the oldest.
      if (entries.size >= options.entriesMax) {
        const oldest = entries.keys().next()
        if (oldest.done !== true) entries.delete(oldest.value)
      }
      entries.set(key, { value, expiresAtMs: Date.now() + options.ttlMs })
    },
    delete(key) {
      entries.delete(key)
    },
    // inside a request's transaction, once more after it commits: a read in between may have kept what it changes
    clear() {
      onCommitted(() => entries.clear())
    },
    getOrLoad<Loaded>(this: TtlCache<Promise<Loaded>>, key: string, load: () => Promise<Loaded>) {
      const found = this.get(key)
      if (found !== undefined) return found.value
      const loading = load()
      this.set(key, loading)
      loading.catch(() => this.delete(key))
      return loading
    },
  }
}
