import { describe, expect, it } from 'vitest'
import { AppError } from '../errors'
import { createGroupCommit } from './group-commit'

/** A run that records its batches and answers each number with its double, refusing odd ones. */
function recordingRun(batches: number[][], options: { delayMs?: number } = {}) {
  let running = 0
  return async (items: readonly number[]): Promise<PromiseSettledResult<number>[]> => {
    running += 1
    expect(running).toBe(1)
    batches.push([...items])
    await new Promise((resolve) => setTimeout(resolve, options.delayMs ?? 5))
    running -= 1
    return items.map((item) =>
      item % 2 === 0
        ? { status: 'fulfilled', value: item * 2 }
        : { status: 'rejected', reason: new Error(`odd ${item}`) },
    )
  }
}

describe('group commit', () => {
  it('gathers requests made together into one batch and answers each on its own', async () => {
    const batches: number[][] = []
    const commit = createGroupCommit({ run: recordingRun(batches), batchSizeMax: 64, waitingMax: 100 })
    const results = await Promise.allSettled([0, 1, 2, 3, 4].map((item) => commit.submit(item)))
    expect(batches).toEqual([[0, 1, 2, 3, 4]])
    expect(
      results.map((result) => (result.status === 'fulfilled' ? result.value : String(result.reason))),
    ).toEqual([0, 'Error: odd 1', 4, 'Error: odd 3', 8])
    expect(commit.status()).toEqual({ batches: 1, items: 5, waiting: 0 })
  })

  it('runs one batch at a time, in arrival order, each at most batchSizeMax', async () => {
    const batches: number[][] = []
    const commit = createGroupCommit({ run: recordingRun(batches), batchSizeMax: 3, waitingMax: 100 })
    const first = commit.submit(0)
    // these arrive while the first batch runs: they wait for it and share the next batches
    await new Promise((resolve) => setImmediate(resolve))
    const later = [2, 4, 6, 8, 10].map((item) => commit.submit(item))
    expect(await first).toBe(0)
    expect(await Promise.all(later)).toEqual([4, 8, 12, 16, 20])
    expect(batches).toEqual([[0], [2, 4, 6], [8, 10]])
  })

  it('refuses with SERVER_BUSY past waitingMax, and keeps serving after', async () => {
    const batches: number[][] = []
    const commit = createGroupCommit({ run: recordingRun(batches), batchSizeMax: 2, waitingMax: 2 })
    const accepted = [commit.submit(0), commit.submit(2)]
    const refused = commit.submit(4)
    await expect(refused).rejects.toBeInstanceOf(AppError)
    await expect(refused).rejects.toMatchObject({ code: 'SERVER_BUSY', status: 503 })
    expect(await Promise.all(accepted)).toEqual([0, 4])
    expect(await commit.submit(6)).toBe(12)
  })

  it('fails every request of a batch whose run throws, and runs the next batch', async () => {
    let calls = 0
    const commit = createGroupCommit<number, number>({
      run: async (items) => {
        calls += 1
        if (calls === 1) throw new Error('connection lost')
        return items.map((item) => ({ status: 'fulfilled', value: item }))
      },
      batchSizeMax: 8,
      waitingMax: 8,
    })
    const failed = await Promise.allSettled([commit.submit(1), commit.submit(2)])
    expect(failed.map((result) => result.status)).toEqual(['rejected', 'rejected'])
    expect(await commit.submit(3)).toBe(3)
  })

  it('fails the batch whose run answers the wrong number of results (a bug)', async () => {
    const commit = createGroupCommit<number, number>({
      run: async () => [],
      batchSizeMax: 8,
      waitingMax: 8,
    })
    // a bug: every request of the batch fails (500) instead of being answered wrongly or not at all
    await expect(commit.submit(1)).rejects.toThrow('assertion failed: a batch of 1 answered 0 times')
  })

  it('settles once nothing waits or runs', async () => {
    const batches: number[][] = []
    const commit = createGroupCommit({
      run: recordingRun(batches, { delayMs: 20 }),
      batchSizeMax: 1,
      waitingMax: 8,
    })
    const submitted = [commit.submit(0), commit.submit(2)]
    await commit.settled()
    expect(batches).toEqual([[0], [2]])
    expect(await Promise.all(submitted)).toEqual([0, 4])
    await commit.settled()
  })
})
