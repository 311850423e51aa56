import { describe, expect, it } from 'vitest'
import { changedFields, sameValue } from './changes'

describe('what an edit sends', () => {
  it('takes lists with the same items in another order as unchanged', () => {
    expect(sameValue(['SZ', 'HZ'], ['HZ', 'SZ'])).toBe(true)
    expect(sameValue(['SZ', 'HZ'], ['SZ'])).toBe(false)
    expect(sameValue(['SZ'], ['HZ'])).toBe(false)
    expect(sameValue(3, 3)).toBe(true)
    expect(sameValue(null, undefined)).toBe(false)
  })

  it('keeps only the named fields whose value changed', () => {
    const record = { nameZh: '旧名', priceFen: 100, cities: ['SZ', 'HZ'], status: 'published' }
    const wanted = { nameZh: '新名', priceFen: 100, cities: ['HZ', 'SZ'], status: 'withdrawn' }
    expect(changedFields(['nameZh', 'priceFen', 'cities'], wanted, record)).toEqual({ nameZh: '新名' })
    expect(changedFields(['priceFen', 'cities'], wanted, record)).toEqual({})
  })
})
