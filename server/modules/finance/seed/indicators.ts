// The indicators of a firm's year that reach the platform, from its registry figures: tax and IP-office data for
// every firm; the statistics bureau's annual survey (and audited accounts) for firms above the reporting threshold
// where the city shares it; what some smaller firms report themselves; and platforms, awards, talents and
// standards, which leading firms have most of. Only values that are not zero are recorded.
import { gaussian, type Random } from '../../../seed/random'
import type { SeedFirm } from '../../../seed/support/organisations'
import type { FirmStage, IndicatorCode, IndicatorSource } from '../finance.reference'
import type { IndicatorValue } from '../scoring'
import { clamp, round } from './state'

export interface GeneratedValue extends IndicatorValue {
  source: IndicatorSource
  unit: 'fen' | 'percent' | 'count'
}

/** statistics bureaus report firms above this revenue (规上企业, ¥20m) */
const aboveScaleFen = 20_000_000_00
/** The share of its above-threshold firms whose statistics-bureau survey a city already shares with the platform. */
const statisticsCoverageByCity: Record<string, number> = {
  'SH-SJ': 1,
  SZ: 0.9,
  HZ: 0.9,
  HF: 0.9,
  JX: 0.7,
  HUZ: 0.6,
  JH: 0.6,
  WH: 0.6,
  XC: 0.5,
}
const growthByStage: Record<FirmStage, [number, number]> = {
  start_up: [35, 30],
  growth: [18, 15],
  mature: [8, 10],
}
const returnByStage: Record<FirmStage, [number, number]> = {
  start_up: [-4, 12],
  growth: [8, 8],
  mature: [11, 6],
}

const percent = (value: number) => Math.round(value * 100) / 100

/** A value drawn around a mean, kept within bounds, as a percentage with two decimals. */
function percentAround(random: Random, mean: number, spread: number, low: number, high: number) {
  return percent(clamp(mean + spread * gaussian(random), low, high))
}

type Add = (code: IndicatorCode, value: number, source: IndicatorSource, unit: GeneratedValue['unit']) => void

interface Year {
  firm: SeedFirm
  stage: FirmStage
  random: Random
  add: Add
  revenueFen: number
  researchFen: number
  aboveScale: boolean
  surveyed: boolean
  reportsAll: boolean
}

/** Tax filings (revenue and R&D spend, their ratio, the super-deduction claimed on it) and the IP office's invention
 * patent applications, about as many as the R&D spend buys. */
function taxAndPatents({
  random,
  add,
  revenueFen,
  researchFen,
  aboveScale,
  surveyed,
  stage,
  reportsAll,
}: Year) {
  const [growthMean, growthSpread] = growthByStage[stage]
  add('revenue', revenueFen, 'tax_bureau', 'fen')
  add('rd_spend', researchFen, 'tax_bureau', 'fen')
  add('rd_intensity', revenueFen > 0 ? percent((researchFen / revenueFen) * 100) : 0, 'tax_bureau', 'percent')
  if (aboveScale || reportsAll || random.chance(0.3)) {
    add('rd_super_deduction', Math.round(researchFen * (0.85 + 0.15 * random.next())), 'tax_bureau', 'fen')
  }
  if (aboveScale && !surveyed) {
    add('revenue_growth', percentAround(random, growthMean, growthSpread, -40, 200), 'tax_bureau', 'percent')
  }
  const researchMillions = researchFen / 100_000_000
  const patents = Math.max(
    0,
    Math.round(1.4 * Math.pow(researchMillions, 0.6) * Math.exp(0.6 * gaussian(random)) - 0.3),
  )
  add('invention_patents', patents, 'ip_office', 'count')
  if (patents > 2 && random.chance(aboveScale ? 0.35 : 0.1)) {
    const pct = Math.max(1, Math.round(patents * (0.05 + 0.25 * random.next())))
    add('pct_applications', pct, 'ip_office', 'count')
  }
}

/** The statistics bureau's survey and the audited accounts of a surveyed firm (or the same figures reported by a
 * firm below the survey's threshold, with its own accounts). */
function survey({ firm, stage, random, add, revenueFen, aboveScale }: Year) {
  const [growthMean, growthSpread] = growthByStage[stage]
  const [returnMean, returnSpread] = returnByStage[stage]
  const staff = firm.staffCount ?? 0
  const statistics = aboveScale ? 'statistics_bureau' : 'self_reported'
  add('revenue_growth', percentAround(random, growthMean, growthSpread, -40, 200), statistics, 'percent')
  add('rd_growth', percentAround(random, growthMean + 5, growthSpread, -50, 300), statistics, 'percent')
  add('high_tech_revenue', round(revenueFen * (0.6 + 0.35 * random.next()), 100_00), statistics, 'fen')
  add('st_staff_share', percentAround(random, 28, 12, 10, 80), statistics, 'percent')
  add('postgraduate_share', percentAround(random, 10, 6, 1, 45), statistics, 'percent')
  add(
    'return_on_net_assets',
    percentAround(random, returnMean, returnSpread, -40, 45),
    aboveScale ? 'audited_report' : 'self_reported',
    'percent',
  )
  add('graduates_hired', Math.round(staff * (0.01 + 0.07 * random.next())), statistics, 'count')
  if (random.chance(0.35)) {
    add(
      'tech_contract_turnover',
      round(revenueFen * (0.01 + 0.14 * random.next()), 100_00),
      statistics,
      'fen',
    )
  }
}

/** Some smaller firms fill in what the platform cannot fetch. */
function selfReported({ firm, stage, random, add }: Year) {
  const [growthMean, growthSpread] = growthByStage[stage]
  const staff = firm.staffCount ?? 0
  add('st_staff_share', percentAround(random, 45, 15, 15, 95), 'self_reported', 'percent')
  add('graduates_hired', Math.round(staff * (0.03 + 0.2 * random.next())), 'self_reported', 'count')
  if (random.chance(0.5)) {
    add(
      'revenue_growth',
      percentAround(random, growthMean, growthSpread, -40, 200),
      'self_reported',
      'percent',
    )
  }
}

/** Platforms, awards, talents and standards: leading firms have most of them, small firms rarely any (a firm that
 * reports everything has them about as often as a leading one). */
function recognitions({ firm, random, add, aboveScale, reportsAll }: Year) {
  const isLeading = firm.isLeading === true
  const band = isLeading || reportsAll ? 0 : aboveScale ? 1 : 2
  if (random.chance([0.8, 0.2, 0.02][band] ?? 0)) {
    add('rd_platforms', isLeading ? random.integer(1, 5) : random.integer(1, 2), 'statistics_bureau', 'count')
  }
  if (random.chance([0.5, 0.06, 0.005][band] ?? 0)) {
    add('st_awards', random.integer(1, isLeading ? 3 : 1), 'self_reported', 'count')
  }
  if (random.chance([0.9, 0.2, 0.03][band] ?? 0)) {
    add('talent_titles', isLeading ? random.integer(2, 10) : random.integer(1, 3), 'self_reported', 'count')
  }
  if (random.chance([0.6, 0.1, 0.01][band] ?? 0)) {
    add('standards_led', isLeading ? random.integer(1, 5) : random.integer(1, 2), 'self_reported', 'count')
  }
}

/**
 * A firm's values of the year. `reportsAll`: a firm that uses the platform (the demo accounts' firms) has every
 * indicator on it: the statistics bureau's survey if it is above the threshold, else its own report of the same.
 */
export function indicatorsOf(
  firm: SeedFirm,
  stage: FirmStage,
  asOf: string,
  random: Random,
  reportsAll = false,
): GeneratedValue[] {
  const values: GeneratedValue[] = []
  const add: Add = (code, value, source, unit) => {
    if (value !== 0 && Number.isFinite(value)) values.push({ code, value, source, asOf, unit })
  }
  const revenueFen = firm.revenueFen ?? 0
  const aboveScale = revenueFen >= aboveScaleFen
  const surveyed = reportsAll || (aboveScale && random.chance(statisticsCoverageByCity[firm.cityCode] ?? 0.6))
  const year: Year = {
    firm,
    stage,
    random,
    add,
    revenueFen,
    researchFen: firm.researchSpendFen ?? 0,
    aboveScale,
    surveyed,
    reportsAll,
  }
  taxAndPatents(year)
  if (surveyed) survey(year)
  else if (!aboveScale && random.chance(0.15)) selfReported(year)
  recognitions(year)
  return values
}
