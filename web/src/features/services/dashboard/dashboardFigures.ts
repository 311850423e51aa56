// The dashboard's headline figures, summed from the answer (pure): cases, those that crossed a city line, the share
// decided on time, the cases overdue today, the average rating.
import type { ServiceFigures } from '../common/services.types'

export interface Headline {
  cases: number
  crossCity: number
  /** per cent decided on time of those decided, null when none was decided */
  onTimePercent: number | null
  overdue: number
  /** the average of every rating, null when none was given */
  averageRating: number | null
  ratings: number
}

export function headlineOf(figures: ServiceFigures): Headline {
  const cases = figures.pairs.reduce((sum, pair) => sum + pair.cases, 0)
  const crossCity = figures.pairs
    .filter((pair) => pair.windowCity.code !== pair.competentCity.code)
    .reduce((sum, pair) => sum + pair.cases, 0)
  const decided = figures.onTime.reduce((sum, row) => sum + row.decided, 0)
  const onTime = figures.onTime.reduce((sum, row) => sum + row.onTime, 0)
  const ratings = figures.ratings.byCity.reduce((sum, row) => sum + row.ratings, 0)
  const ratingSum = figures.ratings.byCity.reduce((sum, row) => sum + row.average * row.ratings, 0)
  return {
    cases,
    crossCity,
    onTimePercent: decided === 0 ? null : Math.round((onTime / decided) * 1000) / 10,
    overdue: figures.overdue.length,
    averageRating: ratings === 0 ? null : Math.round((ratingSum / ratings) * 10) / 10,
    ratings,
  }
}
