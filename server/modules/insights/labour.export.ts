// The division of labour as files, from what its GET answers: a year's location quotients (a row per city, a column
// per industry), the year's Krugman index of each pair of cities (0 on the diagonal), and the mean index by year
// with each city against the rest. Cities and industries by name in the language asked for.
import type { ExportColumn, ExportTable } from '../../platform/export'
import { cityCodes, cityNameOf } from '../registry'
import type { Labour } from './labour.service'

type LabourAnswer = Awaited<ReturnType<Labour['divisionOfLabour']>>
type LabourYear = LabourAnswer['years'][number]

const cityHeader = { zh: '城市', en: 'City' }

/** The year asked for, or the latest one, as the page falls back to it. */
export function yearOf(answer: LabourAnswer, year: number | undefined): LabourYear | undefined {
  const latestFirst = [...answer.years].sort((first, second) => second.year - first.year)
  return latestFirst.find((candidate) => candidate.year === year) ?? latestFirst[0]
}

function cityRowColumn(): ExportColumn<string> {
  return { ...cityHeader, kind: 'text', value: (cityCode, language) => cityNameOf(cityCode, language) }
}

export function quotientsExport(answer: LabourAnswer, year: LabourYear | undefined): ExportTable<string> {
  const quotientOf = (cityCode: string, industryCode: string) =>
    year?.quotients.find((entry) => entry.cityCode === cityCode && entry.industryCode === industryCode)
      ?.quotient ?? null
  return {
    baseName: `location-quotients-${answer.basis}-${year?.year ?? 'none'}`,
    sheetName: 'quotients',
    columns: [
      cityRowColumn(),
      ...answer.industries.map((industry): ExportColumn<string> => ({
        zh: industry.nameZh,
        en: industry.nameEn,
        kind: 'decimal',
        decimals: 2,
        value: (cityCode) => quotientOf(cityCode, industry.code),
      })),
    ],
    items: year === undefined ? [] : cityCodes,
    truncated: false,
  }
}

/** The index of two cities (either order), 0 for a city with itself, null when it was not worked out. */
function krugmanOf(year: LabourYear, first: string, second: string): number | null {
  if (first === second) return 0
  const pair = year.krugman.pairs.find(
    (entry) =>
      (entry.firstCityCode === first && entry.secondCityCode === second) ||
      (entry.firstCityCode === second && entry.secondCityCode === first),
  )
  return pair?.index ?? null
}

export function krugmanExport(answer: LabourAnswer, year: LabourYear | undefined): ExportTable<string> {
  return {
    baseName: `krugman-index-${answer.basis}-${year?.year ?? 'none'}`,
    sheetName: 'krugman',
    columns: [
      cityRowColumn(),
      ...cityCodes.map((column): ExportColumn<string> => ({
        zh: cityNameOf(column, 'zh'),
        en: cityNameOf(column, 'en'),
        kind: 'decimal',
        decimals: 3,
        value: (row) => (year === undefined ? null : krugmanOf(year, row, column)),
      })),
    ],
    items: year === undefined ? [] : cityCodes,
    truncated: false,
  }
}

/** The mean index year by year, oldest first, with each city's index against the rest. */
export function krugmanTrendExport(answer: LabourAnswer): ExportTable<LabourYear> {
  const years = [...answer.years].sort((first, second) => first.year - second.year)
  return {
    baseName: `krugman-index-by-year-${answer.basis}`,
    sheetName: 'krugman by year',
    columns: [
      { zh: '年份', en: 'Year', kind: 'integer', value: (year) => year.year },
      {
        zh: '九城两两平均',
        en: 'Mean of all pairs',
        kind: 'decimal',
        decimals: 3,
        value: (year) => year.krugman.mean,
      },
      ...cityCodes.map((cityCode): ExportColumn<LabourYear> => ({
        zh: `${cityNameOf(cityCode, 'zh')}与其余城市`,
        en: `${cityNameOf(cityCode, 'en')} against the rest`,
        kind: 'decimal',
        decimals: 3,
        value: (year) => year.krugman.againstRest.find((entry) => entry.cityCode === cityCode)?.index ?? null,
      })),
    ],
    items: years,
    truncated: false,
  }
}
