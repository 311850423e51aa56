// Indicators and scores, for every firm, from its registry figures: the values of the newest reporting year that has
// reached the platform by the end (the demo firms' year before too, so that their score history shows a change),
// each arriving when its source delivers, and the score the default parameter set gives them.
import { shanghaiDateOf } from '../../../platform/calendar'
import type { SeedFirm } from '../../../seed/support/organisations'
import { dayMs, minuteMs } from '../../../seed/support/time'
import { firmStages, type FirmStage, type IndicatorSource } from '../finance.reference'
import { defaultParameters } from '../scores.service'
import { scoreOf, type ParameterSet } from '../scoring'
import { indicatorsOf, type GeneratedValue } from './indicators'
import type { FinanceSeed } from './state'
import type { Firm } from './types'

/** The set ensureDefaultParameterSet() stores: the seeded scores are computed with it. */
export const defaultParameterSet: ParameterSet = {
  id: 'sps_default',
  effectiveFrom: '2020-01-01',
  weights: defaultParameters.weights,
  fullMarks: defaultParameters.fullMarks,
}

/** Days after a year-end before the platform holds that year's figures (more than an arrival's 21-day clamp). */
const reportingLagDays = 30
const isStage = (value: string): value is FirmStage => (firmStages as readonly string[]).includes(value)

/** The reporting year whose figures have reached the platform by the end: its year-end is the day the values
 * describe. A year's first figures arrive within weeks of its close, so in the new year's first month the year
 * before is still the newest (and no figure arrives before the day it describes has passed). */
function reportingYearOf(seed: FinanceSeed) {
  const endYear = Number(shanghaiDateOf(new Date(seed.endMs - reportingLagDays * dayMs)).slice(0, 4))
  const yearEnd = `${endYear - 1}-12-31`
  return { yearEnd, yearEndMs: Date.parse(`${yearEnd}T16:00:00Z`), previousYearEnd: `${endYear - 2}-12-31` }
}

function record(
  seed: FinanceSeed,
  firmId: string,
  user: string,
  value: GeneratedValue,
  asOf: string,
  at: Date,
) {
  seed.out.indicatorValues.push({
    id: seed.makeId('fiv', at.getTime()),
    firmId,
    indicatorCode: value.code,
    value: value.value,
    source: value.source,
    asOf,
    recordedByUserId: value.source === 'self_reported' ? user : null,
    recordedAt: at,
    isSynthetic: true,
  })
}

export function scoreFirms(seed: FinanceSeed): Firm[] {
  const { yearEnd, yearEndMs, previousYearEnd } = reportingYearOf(seed)
  const random = seed.random.fork('indicators')
  /** When a source's data for the year reached the platform: in spring after the year-end (tax filings close in
   * May), never after the end. */
  const arrivalOf = (fromDays: number, toDays: number) => {
    const arrivedMs = yearEndMs + random.integer(fromDays, toDays) * dayMs
    return new Date(
      Math.max(Math.min(arrivedMs, seed.endMs - (1 + random.next() * 20) * dayMs), yearEndMs + dayMs),
    )
  }
  const scoredAt = new Date(seed.endMs - 10 * minuteMs)
  const firms: Firm[] = []
  for (const row of seed.input.firms) {
    if (!isStage(row.stage)) continue
    const user = seed.userOfFirm(row.id)
    const values = indicatorsOf(row, row.stage, yearEnd, random)
    // One arrival per source and firm: the tax bureau's (with the IP office's), the statistics bureau's, the firm's.
    const taxAt = arrivalOf(95, 150)
    const statisticsAt = arrivalOf(60, 120)
    const selfAt = arrivalOf(20, 200)
    const arrivals: Record<IndicatorSource, Date> = {
      tax_bureau: taxAt,
      ip_office: taxAt,
      statistics_bureau: statisticsAt,
      audited_report: statisticsAt,
      self_reported: selfAt,
    }
    if (seed.demoByOrganisation.has(row.id)) {
      for (const value of values) recordPreviousYear(seed, row, user, value, previousYearEnd, arrivals)
    }
    for (const value of values) record(seed, row.id, user, value, yearEnd, arrivals[value.source])
    const score = scoreOf(row.stage, values, defaultParameterSet)
    seed.out.scores.push({
      firmId: row.id,
      parameterSetId: defaultParameterSet.id,
      stage: row.stage,
      totalTenths: score.totalTenths,
      computedAt: scoredAt,
    })
    firms.push(scoredFirm(row, row.stage, score.totalTenths, user))
  }
  return firms
}

/** A demo firm's value of the year before: a little lower, recorded a year earlier (growth rates have none). */
function recordPreviousYear(
  seed: FinanceSeed,
  firm: SeedFirm,
  user: string,
  value: GeneratedValue,
  previousYearEnd: string,
  arrivals: Record<IndicatorSource, Date>,
) {
  if (value.code === 'revenue_growth' || value.code === 'rd_growth') return
  const earlier =
    value.unit === 'fen'
      ? Math.round(value.value * 0.8)
      : value.unit === 'count'
        ? Math.floor(value.value * 0.7)
        : value.value
  const recordedAt = new Date(arrivals[value.source].getTime() - 365 * dayMs)
  if (earlier !== 0) record(seed, firm.id, user, { ...value, value: earlier }, previousYearEnd, recordedAt)
}

function scoredFirm(row: SeedFirm, stage: FirmStage, scoreTenths: number, user: string): Firm {
  return {
    row,
    stage,
    scoreTenths,
    user,
    match: {
      cityCode: row.cityCode,
      stage,
      industryCode: row.industryCode,
      scoreTenths,
      isHighTech: row.isHighTech === true,
      isTechSme: row.isTechSme === true,
    },
  }
}
