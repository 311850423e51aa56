import { describe, expect, it } from 'vitest'
import { periodProblem } from './openingPeriods'

describe('the checks of a day of opening periods', () => {
  it('accepts touching periods and one running to 24:00', () => {
    expect(
      periodProblem([
        { opensAt: '13:00', closesAt: '24:00' },
        { opensAt: '08:00', closesAt: '13:00' },
      ]),
    ).toBeNull()
    expect(periodProblem([])).toBeNull()
  })

  it('names a period closing before it opens, overlapping periods and a period left empty', () => {
    expect(periodProblem([{ opensAt: '17:00', closesAt: '09:00' }])).toBe('closesBeforeOpening')
    expect(periodProblem([{ opensAt: '09:00', closesAt: '09:00' }])).toBe('closesBeforeOpening')
    expect(
      periodProblem([
        { opensAt: '09:00', closesAt: '12:00' },
        { opensAt: '11:30', closesAt: '14:00' },
      ]),
    ).toBe('overlaps')
    expect(periodProblem([{ opensAt: '09:00' }])).toBe('incomplete')
    expect(periodProblem([undefined])).toBe('incomplete')
  })
})
