// The checks the API makes of one day's opening periods, made in the form first so that the owner sees which day is
// wrong: each period closes after it opens (24:00 is the end of the day), and no two overlap (touching is fine).
import type { OpeningPeriod } from '../common/instrument.types'

export type PeriodProblem = 'incomplete' | 'closesBeforeOpening' | 'overlaps'

function minutesOf(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number)
  return hours * 60 + minutes
}

/** The first problem of a day's periods, or null; periods not filled in yet are incomplete. */
export function periodProblem(
  periods: readonly (Partial<OpeningPeriod> | undefined)[],
): PeriodProblem | null {
  const spans: [number, number][] = []
  for (const period of periods) {
    const filled = (time: string | undefined): time is string => time !== undefined && time !== ''
    if (period === undefined || !filled(period.opensAt) || !filled(period.closesAt)) return 'incomplete'
    const span: [number, number] = [minutesOf(period.opensAt), minutesOf(period.closesAt)]
    if (span[1] <= span[0]) return 'closesBeforeOpening'
    spans.push(span)
  }
  spans.sort((left, right) => left[0] - right[0])
  for (let index = 1; index < spans.length; index++) {
    const previous = spans[index - 1]
    const current = spans[index]
    if (previous !== undefined && current !== undefined && current[0] < previous[1]) return 'overlaps'
  }
  return null
}
