// The nightly corridor run is due at 02:00 in Shanghai, whenever the platform starts.
import { describe, expect, it } from 'vitest'
import { untilNextNightMs } from './runs.service'

const hourMs = 60 * 60 * 1000

describe('the nightly run', () => {
  it('is due at the next 02:00 Shanghai time (18:00 UTC)', () => {
    expect(untilNextNightMs(Date.parse('2026-12-07T07:00:00Z'))).toBe(11 * hourMs)
    expect(untilNextNightMs(Date.parse('2026-12-07T17:30:00Z'))).toBe(hourMs / 2)
    expect(untilNextNightMs(Date.parse('2026-12-07T18:00:00Z'))).toBe(24 * hourMs)
    expect(untilNextNightMs(Date.parse('2026-12-07T18:00:01Z'))).toBe(24 * hourMs - 1000)
  })
})
