import { describe, expect, it } from 'vitest'
import { createTtlCache } from './cache'

describe('TtlCache.getOrLoad', () => {
  it('shares one load between concurrent readers and keeps it until it expires', async () => {
    const cache = createTtlCache<Promise<number>>({ ttlMs: 60_000, entriesMax: 4 })
    let loads = 0
    const load = () => Promise.resolve(++loads)
    const [first, second] = await Promise.all([cache.getOrLoad('a', load), cache.getOrLoad('a', load)])
    expect([first, second, loads]).toEqual([1, 1, 1])
    expect(await cache.getOrLoad('b', load)).toBe(2)
  })

  it('forgets a failed load so the next reader tries again', async () => {
    const cache = createTtlCache<Promise<string>>({ ttlMs: 60_000, entriesMax: 4 })
    await expect(cache.getOrLoad('a', () => Promise.reject(new Error('down')))).rejects.toThrow('down')
    expect(await cache.getOrLoad('a', () => Promise.resolve('up'))).toBe('up')
  })

  it('keeps nothing when its time to live is zero', async () => {
    const cache = createTtlCache<Promise<number>>({ ttlMs: 0, entriesMax: 4 })
    let loads = 0
    await cache.getOrLoad('a', () => Promise.resolve(++loads))
    await cache.getOrLoad('a', () => Promise.resolve(++loads))
    expect(loads).toBe(2)
  })

  it('drops the oldest entry past its bound', async () => {
    const cache = createTtlCache<Promise<string>>({ ttlMs: 60_000, entriesMax: 2 })
    for (const key of ['a', 'b', 'c']) await cache.getOrLoad(key, () => Promise.resolve(key))
    expect(cache.get('a')).toBeUndefined()
    expect(cache.get('c')).toBeDefined()
  })
})
