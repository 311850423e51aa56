// Group commit: requests that arrive together for the same write are gathered into one batch, run as one statement
// and one commit, and each is answered on its own. A commit and a round trip cost the database more than the work of
// one order, so under load this is what lets two cores keep up; alone, a request waits for one turn of the event
// loop and runs in a batch of one.
//
// One batch runs at a time in a process (processes behind a load balancer each run their own): what arrives while
// it runs waits for the next. Measured on the order load on two cores, two batches side by side cost the database
// more per item (smaller batches, each with its commit, and two backends contending for the cores this process and
// the clients also use) than one bigger batch after the other, even with the items split so that the two never
// touched the same voucher (docs/BENCHMARKS.md).
import { inAmbientTransaction } from '../../db/ambient'
import { AppError, assert } from '../errors'

export interface GroupCommitOptions<Item, Result> {
  /** Runs one batch; answers every item, in the items' order, with its own result or error. */
  run(items: readonly Item[]): Promise<PromiseSettledResult<Result>[]>
  /** items in one batch at most */
  batchSizeMax: number
  /** items waiting at most; past it a request is refused with SERVER_BUSY instead of queueing without end */
  waitingMax: number
}

/** Counts since start, for /metrics: items ÷ batches is the mean batch size. */
export interface GroupCommitStatus {
  batches: number
  items: number
  waiting: number
}

export interface GroupCommit<Item, Result> {
  submit(item: Item): Promise<Result>
  status(): GroupCommitStatus
  /** resolves once nothing waits or runs (shutdown and tests) */
  settled(): Promise<void>
}

interface Waiting<Item, Result> {
  item: Item
  resolve(result: Result): void
  reject(error: unknown): void
}

export function createGroupCommit<Item, Result>(
  options: GroupCommitOptions<Item, Result>,
): GroupCommit<Item, Result> {
  assert(options.batchSizeMax >= 1 && options.waitingMax >= 1, 'a group commit takes at least one item')
  const waiting: Waiting<Item, Result>[] = []
  let running = false
  let drainScheduled = false
  let batchCount = 0
  let itemCount = 0
  let idleWaiters: (() => void)[] = []

  function scheduleDrain() {
    if (drainScheduled || running) return
    drainScheduled = true
    // setImmediate, not a microtask: requests whose bytes arrived in the same poll of the event loop join the batch
    setImmediate(() => {
      drainScheduled = false
      drain()
    })
  }

  async function runAlone(item: Item): Promise<Result> {
    const [result] = await options.run([item])
    assert(result !== undefined, 'a batch of one answered nothing')
    if (result.status === 'rejected') throw result.reason
    return result.value
  }

  function drain() {
    if (running || waiting.length === 0) return
    const batch = waiting.splice(0, options.batchSizeMax)
    batchCount += 1
    itemCount += batch.length
    running = true
    void runBatch(batch)
  }

  /**
   * The next batch starts as soon as this one's statement has answered, before this one's requests are answered:
   * the database works on the next batch while this process writes the answers of the last.
   */
  async function runBatch(batch: Waiting<Item, Result>[]) {
    let results: PromiseSettledResult<Result>[] | null = null
    let failure: unknown = null
    try {
      results = await options.run(batch.map((entry) => entry.item))
      assert(results.length === batch.length, `a batch of ${batch.length} answered ${results.length} times`)
    } catch (error) {
      results = null // the count's assertion may fail after the run answered
      failure = error
    }
    running = false
    drain()
    if (!running) notifyIdle()
    if (results === null) {
      for (const entry of batch) entry.reject(failure)
      return
    }
    batch.forEach((entry, index) => {
      const result = results[index]
      if (result === undefined) entry.reject(new Error(`assertion failed: request ${index} has no result`))
      else if (result.status === 'fulfilled') entry.resolve(result.value)
      else entry.reject(result.reason)
    })
  }

  function notifyIdle() {
    const waiters = idleWaiters
    idleWaiters = []
    for (const waiter of waiters) waiter()
  }

  return {
    submit(item) {
      // Inside a request's transaction (a keyed request, db/ambient.ts) the item must commit with that request: it
      // runs alone on that transaction, never in a batch that commits on its own.
      if (inAmbientTransaction()) return runAlone(item)
      if (waiting.length >= options.waitingMax) return Promise.reject(new AppError('SERVER_BUSY'))
      return new Promise<Result>((resolve, reject) => {
        waiting.push({ item, resolve, reject })
        scheduleDrain()
      })
    },
    status: () => ({ batches: batchCount, items: itemCount, waiting: waiting.length }),
    settled() {
      if (!running && waiting.length === 0) return Promise.resolve()
      return new Promise<void>((resolve) => idleWaiters.push(resolve))
    },
  }
}
