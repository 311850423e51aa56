// The indicators' demo values: the five years up to the year before the demo year ends, for every entered indicator,
// the corridor's and each city's where the indicator is per city, published a few months after each year's end with
// their source. They agree with corridor-facts.json: R&D intensity 3.25 % in 2022, about 29,000 high-tech firms
// (placed in the latest year, the file giving none), GDP about 7 % of the nation's (likewise), 1,470 leading firms in
// 2020 (the base the later years grow from). Those published figures are stored as they are, not synthetic; every
// other value is generated from the seed's random stream and marked synthetic. The platform's own measures are
// computed by the refresh that follows, from the demo records.
import type { Database } from '../../../db/client'
import { parseDay, shanghaiDateOf } from '../../../platform/calendar'
import { assert } from '../../../platform/errors'
import { newId } from '../../../platform/ids'
import type { Random } from '../../../seed/random'
import { cityReferences, referenceFigures } from '../../registry'
import { ensureIndicators } from '../indicators-setup'
import { writeValues, type NewIndicatorValue } from '../indicators.repository'
import { corridorScope } from '../insights.states'
import type { InsightsSeedContext } from './context'

const yearsShown = 5
/** corridor-facts.json indicators.rd_intensity_pct_2022 */
const rdIntensityFact = { year: 2022, percent: 3.25 }
/** corridor-facts.json indicators.share_of_national_gdp_pct */
const gdpSharePercentFact = 7
/** corridor-facts.json park_alliance_1_7_N.leading_firms_2020 */
const leadingFirmsFact = { year: 2020, firms: referenceFigures.leadingFirms }
const factSource = '长三角G60科创走廊联席办公开材料 / public materials of the G60 corridor joint office'

/** Each city's share of the corridor's high-tech firms in the latest year (synthetic, summing to 1). */
const highTechShareByCity: Readonly<Record<string, number>> = {
  'SH-SJ': 0.075,
  SZ: 0.295,
  HZ: 0.27,
  JX: 0.08,
  HUZ: 0.05,
  JH: 0.055,
  HF: 0.125,
  WH: 0.035,
  XC: 0.015,
}
/** Each city's R&D intensity in 2022, % (synthetic: around the corridor's 3.25, Hefei and Suzhou above it). */
const rdIntensityByCity: Readonly<Record<string, number>> = {
  'SH-SJ': 4.05,
  SZ: 3.9,
  HZ: 3.85,
  JX: 3.35,
  HUZ: 3.15,
  JH: 2.65,
  HF: 3.9,
  WH: 2.95,
  XC: 2.2,
}
/** the corridor's GDP in the latest year, ¥100 million (synthetic, about 7 % of the nation's) */
const latestGdpYi = 96_000

interface PlannedValue {
  indicatorCode: string
  scope: string
  year: number
  value: string
  isSynthetic: boolean
  source: string
  /** the months after the year's end it is published in: [from, to] as MM-DD of the next year */
  window: readonly [string, string]
}

const bulletinWindow = ['03-01', '04-30'] as const
const officeWindow = ['04-15', '06-30'] as const
const listWindow = ['01-20', '03-31'] as const

const noise = (random: Random, spread: number) => (random.next() - 0.5) * 2 * spread

function rdIntensityValues(years: readonly number[], random: Random): PlannedValue[] {
  const planned: PlannedValue[] = []
  for (const year of years) {
    const isFact = year === rdIntensityFact.year
    const percent = isFact
      ? rdIntensityFact.percent
      : rdIntensityFact.percent + 0.08 * (year - rdIntensityFact.year) + noise(random, 0.02)
    planned.push({
      indicatorCode: 'rd_intensity',
      scope: corridorScope,
      year,
      value: percent.toFixed(2),
      isSynthetic: !isFact,
      source: isFact ? factSource : '各城市统计公报（演示数据） / city statistical bulletins (demo data)',
      window: officeWindow,
    })
    for (const city of cityReferences) {
      const base = rdIntensityByCity[city.code]
      assert(base !== undefined, `an R&D intensity for ${city.code}`)
      planned.push({
        indicatorCode: 'rd_intensity_city',
        scope: city.code,
        year,
        value: (base + 0.07 * (year - rdIntensityFact.year) + noise(random, 0.03)).toFixed(2),
        isSynthetic: true,
        source: `${city.nameZh}统计公报（演示数据） / ${city.nameEn} statistical bulletin (demo data)`,
        window: bulletinWindow,
      })
    }
  }
  return planned
}

/** Each city's high-tech firms per year: its share of the fact in the latest year, fewer by 6–14 % a year before. */
function highTechValues(years: readonly number[], random: Random): PlannedValue[] {
  const latestYear = years[years.length - 1]
  assert(latestYear !== undefined, 'years to seed')
  const total = referenceFigures.highTechFirms
  const latest = cityReferences.map((city) => Math.round(total * (highTechShareByCity[city.code] ?? 0)))
  // what rounding left over goes to the largest city, so that the cities add up to the corridor's figure
  const largest = latest.indexOf(Math.max(...latest))
  latest[largest] = (latest[largest] ?? 0) + total - latest.reduce((sum, firms) => sum + firms, 0)
  const planned: PlannedValue[] = []
  let firms = latest
  for (const year of [...years].reverse()) {
    if (year !== latestYear) firms = firms.map((count) => Math.round(count / (1.06 + random.next() * 0.08)))
    cityReferences.forEach((city, index) =>
      planned.push({
        indicatorCode: 'high_tech_firms_city',
        scope: city.code,
        year,
        value: String(firms[index] ?? 0),
        isSynthetic: true,
        source: `${city.nameZh}高新技术企业认定名单（演示数据） / ${city.nameEn} high-tech enterprise list (demo data)`,
        window: listWindow,
      }),
    )
    const isFact = year === latestYear
    planned.push({
      indicatorCode: 'high_tech_firms',
      scope: corridorScope,
      year,
      value: String(firms.reduce((sum, count) => sum + count, 0)),
      isSynthetic: !isFact,
      source: isFact
        ? factSource
        : '九城高新技术企业认定名单汇总（演示数据） / the nine cities’ lists (demo data)',
      window: officeWindow,
    })
  }
  return planned
}

/** GDP and its share of the nation's: the fact's 7 % in the latest year, a little less each year before. */
function economyValues(years: readonly number[], random: Random): PlannedValue[] {
  const latestYear = years[years.length - 1]
  assert(latestYear !== undefined, 'years to seed')
  const planned: PlannedValue[] = []
  let gdpYi = latestGdpYi + Math.round(noise(random, 1500))
  for (const year of [...years].reverse()) {
    if (year !== latestYear) gdpYi = Math.round(gdpYi / (1.045 + random.next() * 0.02))
    const isFact = year === latestYear
    const share = isFact
      ? gdpSharePercentFact
      : gdpSharePercentFact - 0.08 * (latestYear - year) + noise(random, 0.03)
    planned.push(
      {
        indicatorCode: 'gdp',
        scope: corridorScope,
        year,
        value: String(gdpYi),
        isSynthetic: true,
        source: '各城市统计公报（演示数据） / city statistical bulletins (demo data)',
        window: bulletinWindow,
      },
      {
        indicatorCode: 'gdp_share_national',
        scope: corridorScope,
        year,
        value: share.toFixed(2),
        isSynthetic: !isFact,
        source: isFact ? factSource : '统计公报（演示数据） / statistical bulletins (demo data)',
        window: officeWindow,
      },
    )
  }
  return planned
}

/** Leading firms grow 2–5 % a year from the 1,470 of 2020. */
function leadingFirmValues(years: readonly number[], random: Random): PlannedValue[] {
  const planned: PlannedValue[] = []
  let firms: number = leadingFirmsFact.firms
  const lastYear = years[years.length - 1] ?? leadingFirmsFact.year
  for (let year = leadingFirmsFact.year; year <= lastYear; year++) {
    if (year > leadingFirmsFact.year) firms = Math.round(firms * (1.02 + random.next() * 0.03))
    if (!years.includes(year)) continue
    const isFact = year === leadingFirmsFact.year
    planned.push({
      indicatorCode: 'leading_firms',
      scope: corridorScope,
      year,
      value: String(firms),
      isSynthetic: !isFact,
      source: isFact
        ? factSource
        : '产业园区联盟工作报告（演示数据） / industrial park alliance reports (demo data)',
      window: officeWindow,
    })
  }
  return planned
}

/** The five years up to the year before the demo year's end, and 2022 (the R&D fact's year) if it came earlier. */
function seededYears(activityEndsAt: Date): number[] {
  const lastYear = Number(shanghaiDateOf(activityEndsAt).slice(0, 4)) - 1
  assert(lastYear >= rdIntensityFact.year, 'the demo year ends after the published R&D figure')
  const firstYear = Math.min(lastYear - yearsShown + 1, rdIntensityFact.year)
  return Array.from({ length: lastYear - firstYear + 1 }, (_, index) => firstYear + index)
}

export async function insertIndicatorValues(
  transaction: Database,
  context: InsightsSeedContext,
): Promise<{ indicatorValues: number }> {
  await ensureIndicators(transaction)
  const officeUserId = context.userIdByUsername.get('office')
  assert(officeUserId !== undefined, 'the demo office account exists before the insights seed')
  const { random } = context
  const years = seededYears(context.activityEndsAt)
  const endDay = shanghaiDateOf(context.activityEndsAt)
  const planned = [
    ...rdIntensityValues(years, random),
    ...highTechValues(years, random),
    ...economyValues(years, random),
    ...leadingFirmValues(years, random),
  ]
  const rows: NewIndicatorValue[] = planned.map((value) => {
    const drawn = random.dateBetween(
      `${value.year + 1}-${value.window[0]}`,
      `${value.year + 1}-${value.window[1]}`,
    )
    // nothing is published after the demo year's end: a value of last year may come out early in the demo
    const publishedOn = drawn <= endDay ? drawn : endDay
    return {
      id: newId('ival', parseDay(publishedOn), random.next),
      indicatorCode: value.indicatorCode,
      scope: value.scope,
      periodEnd: `${value.year}-12-31`,
      value: value.value,
      source: value.source,
      publishedOn,
      enteredByUserId: officeUserId,
      isSynthetic: value.isSynthetic,
    }
  })
  const written = await writeValues(transaction, rows, false)
  return { indicatorValues: written.length }
}
