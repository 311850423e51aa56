// How a change to a user (disabled, re-scoped, password reset) reaches every process's principal cache at once.
// The change's transaction sends a notification on `principalChannel`; PostgreSQL delivers it at commit to every
// process listening, and each drops its cached principals. A process whose listening connection is down caches
// nothing, so a missed notification can never keep a disabled user signed in. PGlite has one process only: the
// process that makes the change drops its own cache, and nothing else holds one.
import pg from 'pg'
import type { Database } from '../../db/client'

export const principalChannel = 'g60_principal_changes'

/** how long a lost listening connection waits before it connects again */
const reconnectDelayMs = 1_000

export interface PrincipalChanges {
  /** false while a cross-process deployment cannot hear other processes' changes: cache nothing then */
  readonly cachingSafe: boolean
  /** counts every drop, so a lookup that started before one does not cache what it read */
  readonly epoch: number
  /** drops the cache now (a change in this process) */
  changed(): void
  close(): Promise<void>
}

function poolOf(db: Database): pg.Pool | null {
  const client: unknown = Reflect.get(db, '$client')
  return client instanceof pg.Pool ? client : null
}

export function watchPrincipalChanges(db: Database, dropCache: () => void): PrincipalChanges {
  const pool = poolOf(db)
  let listening = false
  let closed = false
  let epoch = 0
  let client: pg.Client | null = null
  let retry: NodeJS.Timeout | null = null

  const drop = () => {
    epoch += 1
    dropCache()
  }

  const lost = () => {
    listening = false
    drop()
    const lostClient = client
    client = null
    lostClient?.end().catch(() => undefined)
    if (!closed && retry === null) {
      retry = setTimeout(() => {
        retry = null
        void listen()
      }, reconnectDelayMs)
      retry.unref()
    }
  }

  async function listen() {
    if (pool === null || closed) return
    const connecting = new pg.Client(pool.options)
    client = connecting
    connecting.on('error', lost)
    connecting.on('end', () => {
      if (client === connecting) lost()
    })
    connecting.on('notification', drop)
    try {
      await connecting.connect()
      await connecting.query(`LISTEN ${principalChannel}`)
      if (client !== connecting) return
      // what was cached while deaf may be stale
      drop()
      listening = true
    } catch {
      if (client === connecting) lost()
    }
  }

  void listen()

  return {
    get cachingSafe() {
      return pool === null || listening
    },
    get epoch() {
      return epoch
    },
    changed: drop,
    async close() {
      closed = true
      if (retry !== null) clearTimeout(retry)
      const open = client
      client = null
      listening = false
      await open?.end().catch(() => undefined)
    },
  }
}
