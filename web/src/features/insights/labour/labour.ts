// The division of labour as the charts and tables read it: each city's location quotient in each industry for a
// year (city rows, industry columns), the Krugman index of each pair of cities (symmetric, 0 on the diagonal), and
// the mean over the years.
import type { DivisionOfLabour, LabourYear } from '../common/insights.types'

export interface QuotientCell {
  /** industry column, city row, quotient */
  value: [number, number, number]
  cityCode: string
  industryCode: string
  firms: number
}

export function quotientCells(
  year: LabourYear,
  cityCodes: readonly string[],
  industryCodes: readonly string[],
) {
  return year.quotients.flatMap((entry): QuotientCell[] => {
    const x = industryCodes.indexOf(entry.industryCode)
    const y = cityCodes.indexOf(entry.cityCode)
    return x < 0 || y < 0 ? [] : [{ value: [x, y, entry.quotient], ...entry }]
  })
}

/** The quotient of a city in an industry, or null when the city has no firm counted there. */
export function quotientOf(year: LabourYear, cityCode: string, industryCode: string): number | null {
  return (
    year.quotients.find((entry) => entry.cityCode === cityCode && entry.industryCode === industryCode)
      ?.quotient ?? null
  )
}

/** The Krugman index between two cities (either order), 0 for a city with itself, null when not computed. */
export function krugmanOf(year: LabourYear, first: string, second: string): number | null {
  if (first === second) return 0
  const pair = year.krugman.pairs.find(
    (entry) =>
      (entry.firstCityCode === first && entry.secondCityCode === second) ||
      (entry.firstCityCode === second && entry.secondCityCode === first),
  )
  return pair?.index ?? null
}

export interface KrugmanCell {
  value: [number, number, number]
  first: string
  second: string
}

export function krugmanCells(year: LabourYear, cityCodes: readonly string[]): KrugmanCell[] {
  return cityCodes.flatMap((first, y) =>
    cityCodes.flatMap((second, x): KrugmanCell[] => {
      const index = krugmanOf(year, first, second)
      return index === null || first === second ? [] : [{ value: [x, y, index], first, second }]
    }),
  )
}

/** The years oldest first, each with its mean Krugman index and each city's index against the rest. */
export function meanSeries(data: DivisionOfLabour) {
  const years = [...data.years].sort((first, second) => first.year - second.year)
  return {
    years: years.map((year) => year.year),
    means: years.map((year) => year.krugman.mean),
    againstRest: (cityCode: string) =>
      years.map(
        (year) => year.krugman.againstRest.find((entry) => entry.cityCode === cityCode)?.index ?? null,
      ),
  }
}

/** The year chosen, or the latest one. */
export function yearOf(
  data: DivisionOfLabour | undefined,
  chosen: string | undefined,
): LabourYear | undefined {
  const years = [...(data?.years ?? [])].sort((first, second) => second.year - first.year)
  return years.find((year) => String(year.year) === chosen) ?? years[0]
}
