// The corridor's high-tech firms: city, industry, stage and size by weight, figures plausible for them (revenue, staff,
// R&D spend above the certification's floor), a park for most, and a few leading firms.
import { searchTextOf } from '../../../db/search'
import { addYears, laterDay, type Random } from '../../../seed/random'
import { allocate, expand } from '../../../seed/support/draws'
import { cityCodes, type firmSizes, type firmStages } from '../reference/reference-data'
import { firmNaming, type IndustryWord } from './catalogue'
import {
  audited,
  baseIndustryWeights,
  boundedCount,
  cityWeight,
  cityWeights,
  createCreditCodeMaker,
  createIdMaker,
  industryWeightsFor,
  weightedKey,
  type Context,
  type FirmRow,
  type ParkRow,
} from './context'
import { createUniqueNamer, firmName } from './names'

type FirmStage = (typeof firmStages)[number]
type FirmSize = (typeof firmSizes)[number]
const industryWordsByCode = firmNaming.industryWordsByCode
const highTechCertificationLatestOn = '2025-12-31'
const figuresReportedEarliestOn = '2025-01-01'

export interface FirmPlan {
  row: FirmRow
  word: IndustryWord
}

const stageWeights: Record<FirmStage, number> = { start_up: 30, growth: 45, mature: 25 }
const leadingStageWeights: Record<FirmStage, number> = { start_up: 0, growth: 30, mature: 70 }
const sizeWeightsByStage: Record<FirmStage, Record<FirmSize, number>> = {
  start_up: { micro: 55, small: 40, medium: 5, large: 0 },
  growth: { micro: 15, small: 55, medium: 25, large: 5 },
  mature: { micro: 0, small: 40, medium: 45, large: 15 },
}
const leadingSizeWeights: Record<FirmSize, number> = { micro: 0, small: 0, medium: 25, large: 75 }
/** Most small and micro high-tech firms also hold the tech-SME (科技型中小企业) label; large ones cannot. */
const techSmeChance: Record<FirmSize, number> = { micro: 0.85, small: 0.85, medium: 0.5, large: 0 }
const foundedRangeByStage: Record<FirmStage, [string, string]> = {
  start_up: ['2019-01-01', '2024-06-30'],
  growth: ['2011-01-01', '2019-12-31'],
  mature: ['1992-01-01', '2012-12-31'],
}
const staffRangeBySize: Record<FirmSize, [number, number]> = {
  micro: [3, 19],
  small: [20, 299],
  medium: [300, 999],
  large: [1000, 8000],
}
/** Annual revenue in yuan by size, after the SME classification's bands (micro < ¥3m … large ≥ ¥400m). */
const revenueRangeYuanBySize: Record<FirmSize, [number, number]> = {
  micro: [300_000, 3_000_000],
  small: [3_000_000, 20_000_000],
  medium: [20_000_000, 400_000_000],
  large: [400_000_000, 5_000_000_000],
}
/** Where in its size band a firm sits: start-ups low, mature firms high (fractions of the band's log range). */
const bandPositionByStage: Record<FirmStage, [number, number]> = {
  start_up: [0, 0.6],
  growth: [0.2, 0.8],
  mature: [0.4, 1],
}
/** Leading firms reach beyond the ordinary large band. */
const leadingScale = 4

/** A whole number in [min, max], spread evenly on a log scale over the part of the range the stage allows. */
function logScaled(random: Random, [min, max]: [number, number], [low, high]: [number, number]): number {
  const position = low + random.next() * (high - low)
  const value = Math.round(Math.exp(Math.log(min) + position * (Math.log(max) - Math.log(min))))
  return Math.min(max, Math.max(min, value))
}

/** R&D spend as per-mille of revenue. */
const researchPermilleByStage: Record<FirmStage, [number, number]> = {
  start_up: [60, 150],
  growth: [40, 120],
  mature: [30, 80],
}

/** The high-tech certification's floor on R&D intensity, by revenue band (≥ ¥200m: 3%, ≥ ¥50m: 4%, else 5%). */
function researchPermilleFloor(revenueFen: number): number {
  if (revenueFen >= 200_000_000_00) return 30
  if (revenueFen >= 50_000_000_00) return 40
  return 50
}

/** Staff, revenue and R&D spend of a firm: where in its size band by its stage, R&D at least the floor. */
function firmFigures(random: Random, stage: FirmStage, size: FirmSize, isLeading: boolean) {
  const scale = isLeading && size === 'large' ? leadingScale : 1
  const [staffMin, staffMax] = staffRangeBySize[size]
  const [revenueMinYuan, revenueMaxYuan] = revenueRangeYuanBySize[size]
  const staffCount = logScaled(random, [staffMin, staffMax * scale], bandPositionByStage[stage])
  const revenueFen =
    logScaled(random, [revenueMinYuan, revenueMaxYuan * scale], bandPositionByStage[stage]) * 100
  const [permilleMin, permilleMax] = researchPermilleByStage[stage]
  // A few start-ups spend far beyond their revenue's usual share on research.
  const permille =
    stage === 'start_up' && random.chance(0.1)
      ? random.integer(150, 400)
      : random.integer(permilleMin, permilleMax)
  const researchSpendFen = Math.round(
    (revenueFen / 1000) * Math.max(permille, researchPermilleFloor(revenueFen)),
  )
  return { staffCount, revenueFen, researchSpendFen }
}

export function generateFirms(context: Context, parkRows: readonly ParkRow[]): FirmPlan[] {
  const random = context.random.fork('firms')
  const makeId = createIdMaker(random.fork('ids'), 'firm', context.seededAtMs)
  const makeCreditCode = createCreditCodeMaker(random.fork('credit-codes'), context.creditCodesTaken)
  const unique = createUniqueNamer()
  const total = boundedCount(context.figures.firms, 'firms')
  const leadingTotal = boundedCount(context.figures.leadingFirms, 'leading firms')
  const cityOfFirm = random.shuffle(expand(allocate(total, cityCodes, cityWeight(cityWeights.firms), 1)))
  const leadingOfFirm = random.shuffle(
    Array.from({ length: total }, (_, position) => position < leadingTotal),
  )
  const parksByCity = new Map<string, ParkRow[]>()
  for (const park of parkRows)
    parksByCity.set(park.cityCode, [...(parksByCity.get(park.cityCode) ?? []), park])
  const industryWeightsByCity = new Map(cityCodes.map((cityCode) => [cityCode, industryWeightsFor(cityCode)]))

  const plans: FirmPlan[] = []
  for (let position = 0; position < total; position++) {
    const cityCode = cityOfFirm[position] ?? 'SH-SJ'
    const isLeading = leadingOfFirm[position] ?? false
    const industryCode = weightedKey(random, industryWeightsByCity.get(cityCode) ?? baseIndustryWeights)
    const word = random.pick(industryWordsByCode[industryCode])
    const stage = weightedKey(random, isLeading ? leadingStageWeights : stageWeights)
    const size = weightedKey(random, isLeading ? leadingSizeWeights : sizeWeightsByStage[stage])
    const [foundedFrom, foundedTo] = foundedRangeByStage[stage]
    const foundedOn = random.dateBetween(foundedFrom, isLeading ? '2016-12-31' : foundedTo)
    const { staffCount, revenueFen, researchSpendFen } = firmFigures(random, stage, size, isLeading)
    const cityParks = parksByCity.get(cityCode) ?? []
    const inPark = cityParks.length > 0 && random.chance(isLeading ? 0.85 : 0.7)
    const park = inPark
      ? random.weightedPick(
          cityParks,
          cityParks.map((candidate) => (candidate.mainIndustryCode === industryCode ? 4 : 1)),
        )
      : undefined
    const name = unique(() => firmName(random, cityCode, word))
    const creditCode = makeCreditCode('91', cityCode, foundedOn)
    plans.push({
      word,
      row: {
        id: makeId(),
        creditCode,
        nameZh: name.nameZh,
        nameEn: name.nameEn,
        cityCode,
        parkId: park?.id ?? null,
        industryCode,
        size,
        stage,
        isHighTech: true,
        highTechCertifiedOn: random.dateBetween(
          laterDay(addYears(foundedOn, 1), '2023-01-01'),
          highTechCertificationLatestOn,
        ),
        isLeading,
        isTechSme: random.chance(techSmeChance[size]),
        foundedOn,
        researchSpendFen,
        revenueFen,
        staffCount,
        figuresReportedOn: random.dateBetween(figuresReportedEarliestOn, context.seededDay),
        searchText: searchTextOf(name.nameZh, name.nameEn, creditCode),
        ...audited(context),
      },
    })
  }
  return plans
}
