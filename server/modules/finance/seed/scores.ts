// Indicators and scores, for every firm, from its registry figures: the values of the newest reporting year that has
// reached the platform by the end (the demo firms' year before too, so that their score history shows a change),
// each arriving when its source delivers, and the score the default parameter set gives them.
import { shanghaiDateOf } from '../../../platform/calendar'
import type { Random } from '../../../seed/random'
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
  const rows = seed.input.firms.filter((row): row is SeedFirm & { stage: FirmStage } => isStage(row.stage))
  const others = rows.filter((row) => !seed.demoByOrganisation.has(row.id))
  const otherValues = new Map(others.map((row) => [row.id, indicatorsOf(row, row.stage, yearEnd, random)]))
  const topQuarterFrom = topQuarterOf(
    others.map((row) => scoreOf(row.stage, otherValues.get(row.id) ?? [], defaultParameterSet).totalTenths),
  )
  for (const row of rows) {
    const user = seed.userOfFirm(row.id)
    const isDemo = seed.demoByOrganisation.has(row.id)
    const values = otherValues.get(row.id) ?? reportedValues(row, yearEnd, random, topQuarterFrom)
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
    if (isDemo) {
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

/** The score above which a firm is in the top quarter of the others: comfortably within the top third the story
 * tells, whichever firms the scoring job later counts. */
function topQuarterOf(scores: number[]): number {
  const sorted = scores.sort((left, right) => right - left)
  return sorted[Math.floor(sorted.length / 4)] ?? 0
}

/** Draws of a demo firm's year tried at most: one is chosen, so each seed's demo firms are among the active. */
const reportedDrawsMax = 100

/**
 * A demo account's firm uses the platform and reports every indicator (the statistics bureau's survey, or its own
 * report of the same below the survey's threshold). The demo's story is of firms among the corridor's more
 * innovative third, so of a few draws of its year the first that places it in the top quarter is kept (the best one
 * otherwise).
 */
function reportedValues(
  row: SeedFirm & { stage: FirmStage },
  yearEnd: string,
  random: Random,
  topQuarterFrom: number,
): GeneratedValue[] {
  let best: { values: GeneratedValue[]; tenths: number } | null = null
  for (let draw = 0; draw < reportedDrawsMax; draw++) {
    const values = indicatorsOf(row, row.stage, yearEnd, random.fork(`reported/${row.id}/${draw}`), true)
    const tenths = scoreOf(row.stage, values, defaultParameterSet).totalTenths
    if (best === null || tenths > best.tenths) best = { values, tenths }
    if (tenths > topQuarterFrom) break
  }
  return best?.values ?? []
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
