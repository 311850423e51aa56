// The corridor's (or the chosen cities') totals: sums of the cities' figures, with the guarantee share and loan
// growth worked out again from those sums (a share of sums, not a sum of shares).
import type { CityFigures } from '../common/finance.types'

export interface FigureTotals {
  approvedCount: number
  declinedCount: number
  creditGrantedFen: number
  creditDrawnFen: number
  firstTimeBorrowers: number
  guaranteesFen: number
  guaranteeSharePercent: number
  equityRaisedFen: number
  previousCreditDrawnFen: number
  loanGrowthPercent: number | null
}

export function totalsOf(cities: readonly CityFigures[]): FigureTotals {
  const sum = (pick: (city: CityFigures) => number) => cities.reduce((total, city) => total + pick(city), 0)
  const creditGrantedFen = sum((city) => city.creditGrantedFen)
  const creditDrawnFen = sum((city) => city.creditDrawnFen)
  const guaranteesFen = sum((city) => city.guaranteesFen)
  const previousCreditDrawnFen = sum((city) => city.previousCreditDrawnFen)
  return {
    approvedCount: sum((city) => city.approvedCount),
    declinedCount: sum((city) => city.declinedCount),
    creditGrantedFen,
    creditDrawnFen,
    firstTimeBorrowers: sum((city) => city.firstTimeBorrowers),
    guaranteesFen,
    guaranteeSharePercent:
      creditGrantedFen === 0 ? 0 : Math.round((guaranteesFen / creditGrantedFen) * 1000) / 10,
    equityRaisedFen: sum((city) => city.equityRaisedFen),
    previousCreditDrawnFen,
    loanGrowthPercent:
      previousCreditDrawnFen === 0
        ? null
        : Math.round(((creditDrawnFen - previousCreditDrawnFen) / previousCreditDrawnFen) * 1000) / 10,
  }
}
