// The headline of a firm's matches: what it has been paid, what it qualifies for, and the money one condition away.
import type { Match } from '../common/policies.types'

export interface MatchFigures {
  paidFen: number
  qualifiedCount: number
  qualifiedFen: number
  nearCount: number
  nearFen: number
}

export function matchFiguresOf(matches: readonly Match[]): MatchFigures {
  const figures: MatchFigures = { paidFen: 0, qualifiedCount: 0, qualifiedFen: 0, nearCount: 0, nearFen: 0 }
  for (const match of matches) {
    if (match.award?.status === 'paid') figures.paidFen += match.award.amountFen
    if (match.outcome === 'qualified') {
      figures.qualifiedCount++
      figures.qualifiedFen += match.amountFen
    } else if (match.outcome === 'near') {
      figures.nearCount++
      figures.nearFen += match.amountFen
    }
  }
  return figures
}
