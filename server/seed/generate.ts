// The synthetic demo corridor, generated deterministically from a seed number. A pure function: no database,
// no clock, no Math.random, so one seed gives the same rows (ids and timestamps included) everywhere.
import { completeCreditCode, creditCodeAlphabet } from '../modules/registry/credit-code'
import {
  cityCodes,
  firmSizes,
  firmStages,
  institutionKinds,
  providerKinds,
  referenceFigures,
} from '../modules/registry/reference/reference-data'
import type {
  alliances,
  allianceMembers,
  firms,
  institutions,
  parks,
  providers,
} from '../modules/registry/registry.tables'
import { searchTextOf } from '../db/search'
import type { NewUser } from '../platform/identity/identity.service'
import { newId } from '../platform/ids'
import { demoAccountSummaries, type DemoAccountSummary } from './accounts'
import { generateFinanceData, type FinanceDemoData, type FinanceFigures } from './generate-finance'
import {
  generateInstrumentData,
  type InstrumentDemoData,
  type InstrumentFigures,
} from './generate-instruments'
import { generateVoucherData, type VoucherDemoData, type VoucherFigures } from './generate-vouchers'
import {
  createUniqueNamer,
  firmName,
  industryWordsByCode,
  institutionName,
  keyAllianceName,
  keyIndustryBySixPlusX,
  overallAllianceName,
  parkKinds,
  parkName,
  providerName,
  subAllianceDefinitions,
  subAllianceName,
  suzhouIndustrialPark,
  type IndustryWord,
  type InstitutionKind,
  type KeyIndustryCode,
  type ParkLevel,
  type ProviderKind,
  type SixPlusXCode,
  type SubAllianceKey,
} from './names'
import { addYears, createRandom, dayNumberOf, dayOf, laterDay, type Random } from './random'

export type ParkRow = typeof parks.$inferInsert
export type AllianceRow = typeof alliances.$inferInsert
export type AllianceMemberRow = typeof allianceMembers.$inferInsert
export type FirmRow = typeof firms.$inferInsert
export type InstitutionRow = typeof institutions.$inferInsert
export type ProviderRow = typeof providers.$inferInsert
export type SeedSize = 'full' | 'small'
type FirmStage = (typeof firmStages)[number]
type FirmSize = (typeof firmSizes)[number]
type AdmissionStatus =
  'self_evaluation' | 'credit_check' | 'public_notice' | 'active' | 'suspended' | 'blacklisted'

export interface DemoAccount extends NewUser {
  isDemo: true
  cityCode: string | null
  organisationId: string | null
}

export interface DemoData {
  seedNumber: number
  size: SeedSize
  /** the fixed creation time of every registry row, derived from the seed number */
  seededAt: Date
  parks: ParkRow[]
  alliances: AllianceRow[]
  allianceMembers: AllianceMemberRow[]
  firms: FirmRow[]
  institutions: InstitutionRow[]
  providers: ProviderRow[]
  accounts: DemoAccount[]
  /** a year of voucher activity ending at `vouchers.activityEndsAt` */
  vouchers: VoucherDemoData
  /** the shared-instrument catalogue and a year of bookings ending at the same moment, with the weeks after it */
  instruments: InstrumentDemoData
  /** alliance products, every firm's indicators and score, and the needs, referrals and cases of the same period */
  finance: FinanceDemoData
}

export interface GenerateOptions {
  seedNumber: number
  size: SeedSize
  /**
   * When the year of voucher activity ends. Seeding a database passes the moment of seeding, so that wallets,
   * queues and settlement runs are current; when absent it is seededAt, and the output depends on the seed alone.
   */
  activityEndsAt?: Date
}

export interface DemoFigures {
  parks: number
  demonstrationParks: number
  firms: number
  leadingFirms: number
  institutions: number
  providers: number
}

const fullProviderCount = 1200
export const demoFiguresBySize: Record<SeedSize, DemoFigures> = {
  full: {
    parks: referenceFigures.foundingParkMembers,
    demonstrationParks: referenceFigures.demonstrationParks,
    firms: referenceFigures.highTechFirms,
    leadingFirms: referenceFigures.leadingFirms,
    institutions: referenceFigures.financialInstitutions,
    providers: fullProviderCount,
  },
  small: { parks: 20, demonstrationParks: 4, firms: 300, leadingFirms: 30, institutions: 40, providers: 40 },
}

export const voucherFiguresBySize: Record<SeedSize, VoucherFigures> = {
  full: { claimShare: 0.15, claimsPerSchemeMin: 20 },
  small: { claimShare: 0.15, claimsPerSchemeMin: 3 },
}

/** The size of the Delta's sharing network at full size; about 150 instruments in the small set. */
export const instrumentFiguresBySize: Record<SeedSize, InstrumentFigures> = {
  full: { instruments: 26_000, bookingsPerInstrument: 1.6, demoOwnerInstruments: 8 },
  small: { instruments: 150, bookingsPerInstrument: 4, demoOwnerInstruments: 4 },
}

export const financeFiguresBySize: Record<SeedSize, FinanceFigures> = {
  full: { needShare: 0.08, caseShare: 0.35 },
  small: { needShare: 0.15, caseShare: 0.5 },
}

/** A bound on every generated table, far above the full figures: a typo in a figure cannot run away. */
const rowsPerTableMax = 200_000
const idAttemptsMax = 20
const creditCodeAttemptsMax = 50

const sixPlusXCodes: readonly SixPlusXCode[] = [
  'ai',
  'biopharma',
  'ic',
  'new_materials',
  'new_energy',
  'smart_security',
  'satellite_internet',
  'it_innovation',
  'future_tech',
]
const keyIndustryCodes: readonly KeyIndustryCode[] = [
  'key_semiconductors',
  'key_ai',
  'key_biomedicine',
  'key_high_end_equipment',
  'key_new_energy',
  'key_new_materials',
  'key_new_energy_vehicles',
]

/** Administrative division codes that make the 6 characters after the credit code's first two. */
export const divisionCodeByCity: Record<string, string> = {
  'SH-SJ': '310117',
  SZ: '320500',
  HZ: '330100',
  JX: '330400',
  HUZ: '330500',
  JH: '330700',
  HF: '340100',
  WH: '340200',
  XC: '341800',
}

// Relative weights: the big four (Songjiang, Suzhou, Hangzhou, Hefei) hold most parks, firms and providers.
const cityWeights = {
  parks: { 'SH-SJ': 13, SZ: 13, HZ: 12, JX: 8, HUZ: 6, JH: 7, HF: 12, WH: 5, XC: 4 },
  firms: { 'SH-SJ': 15, SZ: 21, HZ: 21, JX: 8, HUZ: 5, JH: 6, HF: 14, WH: 6, XC: 4 },
  institutions: { 'SH-SJ': 20, SZ: 15, HZ: 17, JX: 9, HUZ: 6, JH: 7, HF: 14, WH: 6, XC: 6 },
  providers: { 'SH-SJ': 15, SZ: 17, HZ: 20, JX: 8, HUZ: 6, JH: 6, HF: 16, WH: 7, XC: 5 },
} satisfies Record<string, Record<string, number>>

const baseIndustryWeights: Record<SixPlusXCode, number> = {
  ai: 16,
  biopharma: 14,
  ic: 12,
  new_materials: 14,
  new_energy: 14,
  smart_security: 8,
  satellite_internet: 5,
  it_innovation: 10,
  future_tech: 7,
}

/** Each city's specialities (corridor-facts.json roles): added to the base weights. */
const industryBoostByCity: Record<string, Partial<Record<SixPlusXCode, number>>> = {
  'SH-SJ': { ic: 12, ai: 6, satellite_internet: 6 },
  SZ: { biopharma: 10, ic: 8, new_materials: 6 },
  HZ: { ai: 12, it_innovation: 10, smart_security: 10, ic: 4 },
  JX: { new_materials: 8, new_energy: 6 },
  HUZ: { new_energy: 10, new_materials: 6 },
  JH: { new_energy: 6, new_materials: 4, smart_security: 4 },
  HF: { future_tech: 10, new_energy: 10, ai: 8, ic: 4 },
  WH: { new_energy: 8, ai: 4, new_materials: 4 },
  XC: { new_materials: 6, new_energy: 6 },
}

const institutionKindWeights: Record<InstitutionKind, number> = {
  bank: 150,
  broker: 45,
  fund: 50,
  insurer: 40,
  accounting_firm: 40,
  law_firm: 45,
  guarantee_company: 35,
  ip_agency: 30,
  hr_firm: 25,
  investment_firm: 38,
}
const providerKindWeights: Record<ProviderKind, number> = {
  lab: 30,
  test_centre: 35,
  university: 15,
  research_institute: 20,
}
/** Mostly admitted; a few in each other status so every screen of the admission workflow has data. */
const admissionStatusWeights: Record<AdmissionStatus, number> = {
  self_evaluation: 25,
  credit_check: 25,
  public_notice: 20,
  active: 900,
  suspended: 18,
  blacklisted: 12,
}

const parkAllianceFoundedOn = '2019-07-01'
const financialAllianceFoundedOn = '2019-12-01'
const highTechCertificationLatestOn = '2025-12-31'
const figuresReportedEarliestOn = '2025-01-01'

/** Every row's createdAt: a moment in March 2026 that depends on the seed number. */
export function seededAtOf(seedNumber: number): Date {
  const minutesInMonth = 30 * 24 * 60
  return new Date(Date.UTC(2026, 2, 1) + (seedNumber % minutesInMonth) * 60_000)
}

/** Splits a total over keys by weight (largest remainder), giving each key at least `minimumEach`. */
export function allocate<Key extends string>(
  total: number,
  keys: readonly Key[],
  weightOf: (key: Key) => number,
  minimumEach: number,
): Map<Key, number> {
  const reserved = minimumEach * keys.length
  if (!Number.isInteger(total) || total < reserved) {
    throw new Error(`cannot split ${total} giving ${minimumEach} each`)
  }
  const rest = total - reserved
  const weightTotal = keys.reduce((sum, key) => sum + weightOf(key), 0)
  if (weightTotal <= 0) throw new Error('allocation weights sum to zero')
  const shares = keys.map((key, position) => {
    const exact = (rest * weightOf(key)) / weightTotal
    return { key, position, count: minimumEach + Math.floor(exact), fraction: exact - Math.floor(exact) }
  })
  let left = total - shares.reduce((sum, share) => sum + share.count, 0)
  const byFraction = [...shares].sort((a, b) => b.fraction - a.fraction || a.position - b.position)
  for (const share of byFraction) {
    if (left <= 0) break
    share.count++
    left--
  }
  return new Map(shares.map((share) => [share.key, share.count]))
}

function expand<Key>(counts: Map<Key, number>): Key[] {
  const expanded: Key[] = []
  for (const [key, count] of counts) for (let copy = 0; copy < count; copy++) expanded.push(key)
  return expanded
}

/** Draws `count` distinct items, each draw weighted among the items left. */
function sampleWithoutReplacement<T>(
  random: Random,
  items: readonly T[],
  weightOf: (item: T) => number,
  count: number,
) {
  if (count > items.length) throw new Error(`cannot draw ${count} of ${items.length}`)
  const left = [...items]
  const drawn: T[] = []
  for (let draw = 0; draw < count; draw++) {
    const item = random.weightedPick(left, left.map(weightOf))
    drawn.push(item)
    left.splice(left.indexOf(item), 1)
  }
  return drawn
}

function weightedKey<Key extends string>(random: Random, weights: Record<Key, number>): Key {
  const keys = Object.keys(weights) as Key[]
  return random.weightedPick(
    keys,
    keys.map((key) => weights[key]),
  )
}

function cityWeight(weights: Record<string, number>) {
  return (cityCode: string) => weights[cityCode] ?? 1
}

function industryWeightsFor(cityCode: string): Record<SixPlusXCode, number> {
  const boost = industryBoostByCity[cityCode] ?? {}
  const weights = { ...baseIndustryWeights }
  for (const code of sixPlusXCodes) weights[code] += boost[code] ?? 0
  return weights
}

/** Unique, time-ordered ids: the seed's moment plus the row's position, then seeded random characters. */
function createIdMaker(random: Random, prefix: string, seededAtMs: number) {
  const taken = new Set<string>()
  let position = 0
  return () => {
    for (let attempt = 0; attempt < idAttemptsMax; attempt++) {
      const id = newId(prefix, seededAtMs + position, random.next)
      if (!taken.has(id)) {
        taken.add(id)
        position++
        return id
      }
    }
    throw new Error(`no unique ${prefix} id after ${idAttemptsMax} attempts`)
  }
}

const creditCodeCharacters = creditCodeAlphabet.split('')

/**
 * '91' (a company) or '12' (a public institution) + division code + 9 characters, then the check character.
 * `taken` is shared by firms and providers, so no code is used twice across the registry.
 */
function createCreditCodeMaker(random: Random, taken: Set<string>) {
  return (typeCode: '91' | '12', cityCode: string, registeredOn: string) => {
    const division = divisionCodeByCity[cityCode]
    if (division === undefined) throw new Error(`no division code for city ${cityCode}`)
    // Companies registered since the 2015 reform have codes starting MA, older ones digits; public
    // institutions here all carry the newer MB form.
    const isRecent = typeCode === '12' || registeredOn >= '2015-10-01'
    const lead = isRecent ? (typeCode === '91' ? 'MA' : 'MB') : ''
    for (let attempt = 0; attempt < creditCodeAttemptsMax; attempt++) {
      let body = `${typeCode}${division}${lead}`
      while (body.length < 17) {
        body += isRecent ? random.pick(creditCodeCharacters) : String(random.integer(0, 9))
      }
      const code = completeCreditCode(body)
      if (!taken.has(code)) {
        taken.add(code)
        return code
      }
    }
    throw new Error(`no unique credit code after ${creditCodeAttemptsMax} attempts`)
  }
}

function boundedCount(count: number, label: string) {
  if (!Number.isInteger(count) || count < 0 || count > rowsPerTableMax) {
    throw new Error(`${label}: ${count} is out of bounds`)
  }
  return count
}

interface Context {
  random: Random
  seededAtMs: number
  seededDay: string
  figures: DemoFigures
  creditCodesTaken: Set<string>
}

function audited(context: Context) {
  return {
    isSynthetic: true,
    createdAt: new Date(context.seededAtMs),
    updatedAt: new Date(context.seededAtMs),
  }
}

// ---- parks ----

/** Demonstration parks are mostly national-level ones. */
function demonstrationWeightOf(level: string): number {
  if (level === 'national') return 8
  return level === 'provincial' ? 3 : 1
}

function generateParks(context: Context): ParkRow[] {
  const random = context.random.fork('parks')
  const makeId = createIdMaker(random.fork('ids'), 'park', context.seededAtMs)
  const unique = createUniqueNamer()
  const total = boundedCount(context.figures.parks, 'parks')
  const countByCity = allocate(total, cityCodes, cityWeight(cityWeights.parks), 1)
  const rows: ParkRow[] = []
  for (const cityCode of cityCodes) {
    for (let index = 0; index < (countByCity.get(cityCode) ?? 0); index++) {
      // Suzhou Industrial Park chairs the overall alliance, so it is always there.
      if (cityCode === 'SZ' && index === 0) {
        const name = unique(() => suzhouIndustrialPark)
        rows.push(parkRow(context, makeId(), name, cityCode, 'national', 'biopharma'))
        continue
      }
      const kind = random.weightedPick(
        parkKinds,
        parkKinds.map((candidate) => candidate.weight),
      )
      const name = unique(() => parkName(random, cityCode, kind))
      const industryCode = kind.industryCode ?? weightedKey(random, industryWeightsFor(cityCode))
      rows.push(parkRow(context, makeId(), name, cityCode, random.pick(kind.levels), industryCode))
    }
  }
  const chair = rows[rows.findIndex((row) => row.nameZh === suzhouIndustrialPark.nameZh)]
  if (chair === undefined) throw new Error('Suzhou Industrial Park was not generated')
  chair.isDemonstrationPark = true
  const others = rows.filter((row) => row !== chair)
  const demonstration = sampleWithoutReplacement(
    random,
    others,
    (row) => demonstrationWeightOf(row.level),
    context.figures.demonstrationParks - 1,
  )
  for (const row of demonstration) row.isDemonstrationPark = true
  return rows
}

function parkRow(
  context: Context,
  id: string,
  name: { nameZh: string; nameEn: string },
  cityCode: string,
  level: ParkLevel,
  mainIndustryCode: SixPlusXCode,
): ParkRow {
  return {
    id,
    nameZh: name.nameZh,
    nameEn: name.nameEn,
    cityCode,
    level,
    isFoundingMember: true,
    isDemonstrationPark: false,
    mainIndustryCode,
    searchText: searchTextOf(name.nameZh, name.nameEn),
    ...audited(context),
  }
}

// ---- firms ----

interface FirmPlan {
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

function generateFirms(context: Context, parkRows: readonly ParkRow[]): FirmPlan[] {
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

// ---- alliances ----

interface AllianceTree {
  rows: AllianceRow[]
  members: AllianceMemberRow[]
}

function generateAlliances(
  context: Context,
  parkRows: readonly ParkRow[],
  firmPlans: readonly FirmPlan[],
): AllianceTree {
  const random = context.random.fork('alliances')
  const makeId = createIdMaker(random.fork('ids'), 'alli', context.seededAtMs)
  const chair = parkRows.find((park) => park.nameZh === suzhouIndustrialPark.nameZh)
  if (chair === undefined) throw new Error('the overall alliance needs Suzhou Industrial Park as its chair')

  const allianceRow = (
    name: { nameZh: string; nameEn: string },
    tier: 'overall' | 'key_industry' | 'sub',
    parentId: string | null,
    industryCode: string | null,
    chairParkId: string | null,
  ): AllianceRow => ({
    id: makeId(),
    nameZh: name.nameZh,
    nameEn: name.nameEn,
    tier,
    parentId,
    industryCode,
    chairParkId,
    isIndustrial: true,
    searchText: searchTextOf(name.nameZh, name.nameEn),
    ...audited(context),
  })

  const overall = allianceRow(overallAllianceName, 'overall', null, null, chair.id)
  const keyByIndustry = new Map<KeyIndustryCode, AllianceRow>()
  for (const code of keyIndustryCodes)
    keyByIndustry.set(code, allianceRow(keyAllianceName(code), 'key_industry', overall.id, code, null))
  const subByKey = new Map<SubAllianceKey, AllianceRow>()
  for (const definition of subAllianceDefinitions) {
    const parent = keyByIndustry.get(definition.parentIndustryCode)
    if (parent === undefined) throw new Error(`no key alliance ${definition.parentIndustryCode}`)
    subByKey.set(
      definition.key,
      allianceRow(subAllianceName(definition), 'sub', parent.id, definition.parentIndustryCode, null),
    )
  }
  const rows = [overall, ...keyByIndustry.values(), ...subByKey.values()]
  if (rows.length !== referenceFigures.industrialAlliances) {
    throw new Error(
      `the 1+7+N tree has ${rows.length} alliances, not ${referenceFigures.industrialAlliances}`,
    )
  }

  const members: AllianceMemberRow[] = []
  const memberKeys = new Set<string>()
  const addMember = (
    alliance: AllianceRow,
    memberId: string,
    memberKind: 'park' | 'firm',
    joinedOn: string,
  ) => {
    const key = `${alliance.id}/${memberId}`
    if (memberKeys.has(key)) return
    memberKeys.add(key)
    members.push({ allianceId: alliance.id, memberId, memberKind, joinedOn })
  }
  const keyJoinedOn = () => random.dateBetween('2020-01-01', '2023-12-31')

  // Every founding park is in the overall alliance, and in the key alliance of its main industry.
  const parksByKey = new Map<KeyIndustryCode, ParkRow[]>(keyIndustryCodes.map((code) => [code, []]))
  for (const park of parkRows) {
    addMember(overall, park.id, 'park', parkAllianceFoundedOn)
    const mainIndustry = sixPlusXCodes.find((code) => code === park.mainIndustryCode) ?? 'ai'
    const ownKey = keyIndustryBySixPlusX[mainIndustry]
    const keys = new Set<KeyIndustryCode>([ownKey])
    if (random.chance(0.35)) keys.add(random.pick(keyIndustryCodes))
    for (const code of keys) {
      const alliance = keyByIndustry.get(code)
      if (alliance === undefined) continue
      addMember(alliance, park.id, 'park', keyJoinedOn())
      parksByKey.get(code)?.push(park)
    }
  }
  // A key alliance without a park (possible in the small set) gets one, and each gets a chair park.
  const chairIds = new Set<string>([chair.id])
  for (const [code, alliance] of keyByIndustry) {
    const keyParks = parksByKey.get(code) ?? []
    if (keyParks.length === 0) {
      const park = random.pick(parkRows)
      addMember(alliance, park.id, 'park', keyJoinedOn())
      keyParks.push(park)
    }
    // Chairs are spread over parks where the alliance has enough of them, favouring demonstration parks.
    const free = keyParks.filter((park) => !chairIds.has(park.id))
    const candidates = free.length > 0 ? free : keyParks
    const chairPark = random.weightedPick(
      candidates,
      candidates.map((park) => (park.isDemonstrationPark ? 3 : 1)),
    )
    chairIds.add(chairPark.id)
    alliance.chairParkId = chairPark.id
  }

  // Leading firms belong to their industry's key alliance, and to a matching sub-alliance.
  const subMemberCount = new Map<SubAllianceKey, number>()
  for (const plan of firmPlans) {
    if (plan.row.isLeading !== true) continue
    const alliance = keyByIndustry.get(plan.word.keyIndustryCode)
    if (alliance === undefined) continue
    const joinFrom = laterDay(plan.row.foundedOn, '2020-01-01')
    addMember(alliance, plan.row.id, 'firm', random.dateBetween(joinFrom, context.seededDay))
    const subKey = plan.word.subAllianceKey
    const sub = subKey !== undefined ? subByKey.get(subKey) : undefined
    if (subKey !== undefined && sub !== undefined) {
      addMember(
        sub,
        plan.row.id,
        'firm',
        random.dateBetween(laterDay(joinFrom, '2021-01-01'), context.seededDay),
      )
      subMemberCount.set(subKey, (subMemberCount.get(subKey) ?? 0) + 1)
    }
  }
  // Some parks of the parent alliance join its sub-alliance; each sub-alliance has at least one member.
  for (const definition of subAllianceDefinitions) {
    const sub = subByKey.get(definition.key)
    if (sub === undefined) continue
    const parentParks = parksByKey.get(definition.parentIndustryCode) ?? []
    let count = subMemberCount.get(definition.key) ?? 0
    for (const park of parentParks) {
      if (!random.chance(0.3)) continue
      addMember(sub, park.id, 'park', random.dateBetween('2021-01-01', '2024-12-31'))
      count++
    }
    if (count === 0) {
      const park = random.pick(parentParks.length > 0 ? parentParks : parkRows)
      addMember(sub, park.id, 'park', random.dateBetween('2021-01-01', '2024-12-31'))
    }
  }
  return { rows, members }
}

// ---- institutions ----

function generateInstitutions(context: Context): InstitutionRow[] {
  const random = context.random.fork('institutions')
  const makeId = createIdMaker(random.fork('ids'), 'inst', context.seededAtMs)
  const unique = createUniqueNamer()
  const total = boundedCount(context.figures.institutions, 'institutions')
  const kinds = random.shuffle(
    expand(allocate(total, institutionKinds, (kind) => institutionKindWeights[kind], 1)),
  )
  const plan = kinds.map((kind) => ({ kind, cityCode: weightedKey(random, cityWeights.institutions) }))
  // bank.hz needs a bank in Hangzhou.
  const firstBank = plan.find((entry) => entry.kind === 'bank')
  if (firstBank !== undefined && !plan.some((entry) => entry.kind === 'bank' && entry.cityCode === 'HZ')) {
    firstBank.cityCode = 'HZ'
  }
  const joinedLatestOn = context.seededDay < '2025-12-31' ? context.seededDay : '2025-12-31'
  return plan.map(({ kind, cityCode }) => {
    const name = unique(() => institutionName(random, kind, cityCode))
    const isFoundingMember = random.chance(0.35)
    return {
      id: makeId(),
      nameZh: name.nameZh,
      nameEn: name.nameEn,
      kind,
      cityCode,
      isAllianceMember: true,
      joinedOn: isFoundingMember
        ? random.dateBetween(financialAllianceFoundedOn, '2019-12-31')
        : random.dateBetween('2020-01-01', joinedLatestOn),
      searchText: searchTextOf(name.nameZh, name.nameEn),
      ...audited(context),
    }
  })
}

// ---- providers ----

function generateProviders(context: Context): ProviderRow[] {
  const random = context.random.fork('providers')
  const makeId = createIdMaker(random.fork('ids'), 'prov', context.seededAtMs)
  const makeCreditCode = createCreditCodeMaker(random.fork('credit-codes'), context.creditCodesTaken)
  const unique = createUniqueNamer()
  const total = boundedCount(context.figures.providers, 'providers')
  const kinds = random.shuffle(expand(allocate(total, providerKinds, (kind) => providerKindWeights[kind], 1)))
  const statusKeys = Object.keys(admissionStatusWeights) as AdmissionStatus[]
  const statuses = random.shuffle(
    expand(allocate(total, statusKeys, (status) => admissionStatusWeights[status], 1)),
  )
  const plan = kinds.map(
    (kind, position): { kind: ProviderKind; cityCode: string; status: AdmissionStatus } => ({
      kind,
      cityCode: weightedKey(random, cityWeights.providers),
      status: statuses[position] ?? 'active',
    }),
  )
  // provider.sz needs an admitted provider in Suzhou: make the first active provider Suzhou's if none is.
  if (!plan.some((entry) => entry.cityCode === 'SZ' && entry.status === 'active')) {
    const firstActive = plan.find((entry) => entry.status === 'active')
    if (firstActive !== undefined) firstActive.cityCode = 'SZ'
  }
  // Vouchers need services to spend on in every city: a city without an admitted provider (possible in the
  // small set) gets the last one of the city that has the most.
  for (const cityCode of cityCodes) {
    if (plan.some((entry) => entry.cityCode === cityCode && entry.status === 'active')) continue
    const activeByCity = new Map<string, number>()
    for (const entry of plan) {
      if (entry.status === 'active')
        activeByCity.set(entry.cityCode, (activeByCity.get(entry.cityCode) ?? 0) + 1)
    }
    const richest = [...activeByCity].sort(([codeA, a], [codeB, b]) => b - a || (codeA < codeB ? -1 : 1))[0]
    const donor = plan.findLast((entry) => entry.status === 'active' && entry.cityCode === richest?.[0])
    if (donor !== undefined && (activeByCity.get(donor.cityCode) ?? 0) > 1) donor.cityCode = cityCode
  }
  const recentFromOn = dayOf(dayNumberOf(context.seededDay) - 180)
  return plan.map(({ kind, cityCode, status }) => {
    const name = unique(() => providerName(random, kind, cityCode))
    const registeredOn = random.dateBetween('2005-01-01', '2022-12-31')
    const creditCode = makeCreditCode(name.isPublicInstitution ? '12' : '91', cityCode, registeredOn)
    return {
      id: makeId(),
      nameZh: name.nameZh,
      nameEn: name.nameEn,
      kind,
      cityCode,
      creditCode,
      admissionStatus: status,
      admissionUpdatedOn:
        status === 'active'
          ? random.dateBetween('2021-01-01', context.seededDay)
          : random.dateBetween(recentFromOn, context.seededDay),
      searchText: searchTextOf(name.nameZh, name.nameEn, creditCode),
      ...audited(context),
    }
  })
}

// ---- demo accounts ----

interface PersonName {
  zh: string
  en: string
}

/** Synthetic people behind the demo accounts, and the offices of those without an organisation. */
const demoPeople: Record<string, { person: PersonName; office?: PersonName }> = {
  office: { person: { zh: '走廊联席办', en: 'Corridor Joint Office' } },
  'officer.sh': {
    person: { zh: '陈静', en: 'Chen Jing' },
    office: { zh: '松江区科学技术委员会', en: 'Songjiang S&T Commission' },
  },
  'officer.hf': {
    person: { zh: '李强', en: 'Li Qiang' },
    office: { zh: '合肥市科学技术局', en: 'Hefei S&T Bureau' },
  },
  'firm.sh': { person: { zh: '王磊', en: 'Wang Lei' } },
  'firm.hf': { person: { zh: '张敏', en: 'Zhang Min' } },
  'provider.sz': { person: { zh: '刘洋', en: 'Liu Yang' } },
  'bank.hz': { person: { zh: '赵丽', en: 'Zhao Li' } },
  'station.hf': {
    person: { zh: '孙伟', en: 'Sun Wei' },
    office: { zh: '合肥科技金融工作站', en: 'Hefei Tech-Finance Workstation' },
  },
  'talent.hz': {
    person: { zh: '周宁', en: 'Zhou Ning' },
    office: { zh: '杭州高层次人才', en: 'Hangzhou professional' },
  },
}

type RegistryData = Omit<DemoData, 'accounts' | 'vouchers' | 'instruments' | 'finance'>

interface Organisation {
  id: string
  nameZh: string
  nameEn: string
}

function demoOrganisation(summary: DemoAccountSummary, data: RegistryData): Organisation | null {
  const cityCode = summary.cityCode
  switch (summary.organisationKind) {
    case null:
      return null
    case 'firm': {
      // A typical voucher user: a small tech SME, not one of the leading firms.
      const inCity = data.firms.filter((firm) => firm.cityCode === cityCode)
      const typical = inCity.find(
        (firm) => firm.size === 'small' && firm.isTechSme === true && firm.isLeading !== true,
      )
      return typical ?? inCity[0] ?? null
    }
    case 'provider':
      return (
        data.providers.find(
          (provider) => provider.cityCode === cityCode && provider.admissionStatus === 'active',
        ) ?? null
      )
    case 'bank':
      return (
        data.institutions.find(
          (institution) => institution.cityCode === cityCode && institution.kind === 'bank',
        ) ?? null
      )
  }
}

function generateAccounts(data: RegistryData): DemoAccount[] {
  return demoAccountSummaries.map((summary) => {
    const people = demoPeople[summary.username]
    if (people === undefined) throw new Error(`no demo person for ${summary.username}`)
    const organisation = demoOrganisation(summary, data)
    if (summary.organisationKind !== null && organisation === null) {
      throw new Error(
        `no ${summary.organisationKind} in ${summary.cityCode} for demo account ${summary.username}`,
      )
    }
    const affiliation =
      organisation !== null ? { zh: organisation.nameZh, en: organisation.nameEn } : people.office
    return {
      username: summary.username,
      password: 'g60-demo',
      displayNameZh: affiliation ? `${people.person.zh}（${affiliation.zh}）` : people.person.zh,
      displayNameEn: affiliation ? `${people.person.en} (${affiliation.en})` : people.person.en,
      role: summary.role,
      cityCode: summary.cityCode,
      organisationId: organisation?.id ?? null,
      isDemo: true,
    }
  })
}

export function generateDemoData(options: GenerateOptions): DemoData {
  const seededAt = seededAtOf(options.seedNumber)
  const context: Context = {
    random: createRandom(options.seedNumber),
    seededAtMs: seededAt.getTime(),
    seededDay: seededAt.toISOString().slice(0, 10),
    figures: demoFiguresBySize[options.size],
    creditCodesTaken: new Set<string>(),
  }
  const parkRows = generateParks(context)
  const firmPlans = generateFirms(context, parkRows)
  const tree = generateAlliances(context, parkRows, firmPlans)
  const data = {
    seedNumber: options.seedNumber,
    size: options.size,
    seededAt,
    parks: parkRows,
    alliances: tree.rows,
    allianceMembers: tree.members,
    firms: firmPlans.map((plan) => plan.row),
    institutions: generateInstitutions(context),
    providers: generateProviders(context),
  }
  const accounts = generateAccounts(data)
  const demoOrganisations = new Map(
    accounts.flatMap((account) =>
      account.organisationId !== null ? [[account.username, account.organisationId] as const] : [],
    ),
  )
  const vouchers = generateVoucherData({
    random: context.random.fork('vouchers'),
    activityEndsAt: options.activityEndsAt ?? seededAt,
    figures: voucherFiguresBySize[options.size],
    firms: data.firms,
    providers: data.providers,
    demoOrganisations,
    divisionCodeByCity,
  })
  const instruments = generateInstrumentData({
    random: context.random.fork('instruments'),
    activityEndsAt: options.activityEndsAt ?? seededAt,
    figures: instrumentFiguresBySize[options.size],
    firms: data.firms,
    providers: data.providers,
    demoOrganisations,
  })
  const finance = generateFinanceData({
    random: context.random.fork('finance'),
    activityEndsAt: options.activityEndsAt ?? seededAt,
    figures: financeFiguresBySize[options.size],
    firms: data.firms,
    institutions: data.institutions,
    demoOrganisations,
  })
  return { ...data, accounts, vouchers, instruments, finance }
}
