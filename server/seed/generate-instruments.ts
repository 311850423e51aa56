// The shared-instrument catalogue of the corridor's owners and a year of bookings that ends at a given moment, with
// the weeks after it already booked: completed bookings with the time used and ratings, cancellations, rejections,
// no-shows and overbooking with their violations, bookings in progress, and requests and approvals to come. A pure
// function of the registry rows, the seed and that moment (no database, no clock, no Math.random).
//
// Held slots of one instrument never overlap (the exclusion constraint of migration 0010 refuses it for held
// statuses): each instrument's bookings are laid out one after another on its own timeline, every booking and its
// buffer ending before the next begins, whatever its status. Actors are synthetic user ids, except for the demo
// accounts, which appear as demoUserToken(username) until the seeder knows their ids.
import { searchTextOf } from '../db/search'
import type { InstrumentCategory } from '../modules/instruments/instruments.reference'
import { instrumentCategories } from '../modules/instruments/instruments.reference'
import type {
  instrumentBookings,
  instrumentOwnerPolicies,
  instrumentViolations,
  instruments,
} from '../modules/instruments/instruments.tables'
import { bookingAmountFen, completionViolation, noShowGraceMinutes } from '../modules/instruments/rules'
import { cityCodes } from '../modules/registry/reference/reference-data'
import type { firms, providers } from '../modules/registry/registry.tables'
import { demoUserToken, workingMoment } from './generate-vouchers'
import {
  areaCodeByCity,
  bookingCancelReasons,
  bookingCommentsByRating,
  bookingRejectReasons,
  buildingWords,
  contactSurnames,
  instrumentTemplates,
  ownerCancelReasons,
  purposesByCategory,
  roadWords,
  type InstrumentTemplate,
} from './instrument-catalogue'
import { cityNaming } from './names'
import { gaussian, type Random } from './random'
import { createIdMaker } from './seed-ids'

type FirmRow = typeof firms.$inferInsert
type ProviderRow = typeof providers.$inferInsert
export type InstrumentRow = typeof instruments.$inferInsert
export type BookingRow = typeof instrumentBookings.$inferInsert
export type ViolationRow = typeof instrumentViolations.$inferInsert
export type OwnerPolicyRow = typeof instrumentOwnerPolicies.$inferInsert

export interface InstrumentDemoData {
  /** the seeding moment: bookings before it have run their course, bookings after it are still to come */
  activityEndsAt: Date
  instruments: InstrumentRow[]
  ownerPolicies: OwnerPolicyRow[]
  bookings: BookingRow[]
  violations: ViolationRow[]
}

export interface InstrumentFigures {
  instruments: number
  /** the mean number of bookings an instrument has over the year (many have none, a few have hundreds) */
  bookingsPerInstrument: number
  /** instruments the demo provider owns */
  demoOwnerInstruments: number
}

export interface InstrumentGeneratorInput {
  random: Random
  activityEndsAt: Date
  figures: InstrumentFigures
  firms: readonly FirmRow[]
  providers: readonly ProviderRow[]
  /** organisation id of each demo account that has one, by username */
  demoOrganisations: ReadonlyMap<string, string>
}

const minuteMs = 60_000
const hourMs = 60 * minuteMs
const dayMs = 24 * hourMs
const shanghaiOffsetMs = 8 * hourMs
const windowDays = 365
/** how far ahead bookings are already made */
const futureDays = 42
/** more violations than this and a booker would be barred by the default policy: the seed stays within it */
const violationsPerUserMax = 3
const ratingWeights = [0, 1, 3, 8, 30, 58]
const demoFirmUsernames = ['firm.sh', 'firm.hf'] as const

/** owners of each kind: how many instruments they hold (relative) and how open they are to outside users */
const ownerKinds: Record<string, { weight: number; openness: number }> = {
  university: { weight: 9, openness: 0.35 },
  research_institute: { weight: 6, openness: 0.5 },
  test_centre: { weight: 3, openness: 0.8 },
  lab: { weight: 1.5, openness: 0.55 },
}

const categoryBoostByKind: Record<string, Partial<Record<InstrumentCategory, number>>> = {
  university: { medical_research: 1.4, laser: 1.6, computing: 1.5 },
  research_institute: { laser: 1.4, computing: 1.3, process_testing: 1.3 },
  test_centre: {
    metrology: 2,
    special_testing: 2.2,
    physical_property: 1.6,
    medical_research: 0.4,
    laser: 0.3,
    computing: 0.3,
  },
  lab: {},
}

/** Each city's specialities, as in the registry's industry weights. */
const categoryBoostByCity: Record<string, Partial<Record<InstrumentCategory, number>>> = {
  'SH-SJ': { electronic_measurement: 1.5, process_testing: 1.3 },
  SZ: { medical_research: 1.6, process_testing: 1.3 },
  HZ: { computing: 1.8, electronic_measurement: 1.4 },
  JX: { physical_property: 1.3, special_testing: 1.3 },
  HUZ: { other: 1.8, special_testing: 1.3 },
  JH: { special_testing: 1.4, other: 1.4 },
  HF: { computing: 2, laser: 2.2, physical_property: 1.2 },
  WH: { other: 2, special_testing: 1.3 },
  XC: { physical_property: 1.4, analytical: 1.1 },
}

/** Neighbours book each other's instruments (and lend to each other's firms) more than distant cities do. */
export const clusterOfCity: Record<string, number> = {
  'SH-SJ': 0,
  SZ: 0,
  JX: 0,
  HZ: 1,
  HUZ: 1,
  JH: 1,
  HF: 2,
  WH: 2,
  XC: 2,
}
/** heavier users of instruments by industry */
const instrumentUseByIndustry: Record<string, number> = {
  biopharma: 3,
  new_materials: 2.5,
  ic: 2.2,
  new_energy: 2,
  future_tech: 1.6,
  smart_security: 1,
  satellite_internet: 1.2,
  ai: 0.8,
  it_innovation: 0.6,
}

/** What the demo provider owns: one of each of these kinds, in this order. */
const demoOwnerTemplateNames = [
  '场发射扫描电子显微镜',
  'X射线衍射仪',
  '液相色谱-质谱联用仪',
  '电子万能材料试验机',
  '激光扫描共聚焦显微镜',
  '差示扫描量热仪',
  '三坐标测量机',
  '高效液相色谱仪',
]
/** Days ahead of the seeding moment at which the demo provider's instruments are booked for sure. */
const demoFutureDays = [1.3, 2.6, 4.5, 7, 10, 15, 22]

function shanghaiMonthOf(ms: number): string {
  return new Date(ms + shanghaiOffsetMs).toISOString().slice(0, 7)
}

/** The first half hour at or after `ms` that falls on a weekday between 08:30 and 17:30 in Shanghai. */
function openingSlot(ms: number): number {
  const halfHourMs = 30 * minuteMs
  let local = Math.ceil((ms + shanghaiOffsetMs) / halfHourMs) * halfHourMs
  for (let step = 0; step < 10; step++) {
    const day = Math.floor(local / dayMs)
    const minute = (local - day * dayMs) / minuteMs
    const weekday = (day + 4) % 7
    if (weekday === 6 || weekday === 0) {
      local = (day + (weekday === 6 ? 2 : 1)) * dayMs + 510 * minuteMs
      continue
    }
    if (minute < 510) local = day * dayMs + 510 * minuteMs
    else if (minute > 1050) local = (day + 1) * dayMs + 510 * minuteMs
    else break
  }
  return local - shanghaiOffsetMs
}

/** Draws from items by weight in O(log n): the cumulative weights are built once. */
function cumulativePicker<T>(items: readonly T[], weights: readonly number[]) {
  const cumulative: number[] = []
  let total = 0
  for (const weight of weights) {
    total += Math.max(weight, 0)
    cumulative.push(total)
  }
  return (random: Random): T => {
    if (items.length === 0 || total <= 0) throw new Error('cannot pick from nothing')
    const target = random.next() * total
    let low = 0
    let high = cumulative.length - 1
    while (low < high) {
      const middle = (low + high) >> 1
      if ((cumulative[middle] ?? 0) > target) high = middle
      else low = middle + 1
    }
    const item = items[low]
    if (item === undefined) throw new Error('unreachable: picked outside the list')
    return item
  }
}

/** Splits a total over keys by weight (largest remainder), at least `minimumEach` each. */
function splitByWeight(
  total: number,
  keys: readonly string[],
  weights: readonly number[],
  minimumEach: number,
) {
  const rest = total - minimumEach * keys.length
  const weightTotal = weights.reduce((sum, weight) => sum + weight, 0)
  if (rest < 0 || weightTotal <= 0) throw new Error(`cannot split ${total} over ${keys.length} keys`)
  const shares = keys.map((key, position) => {
    const exact = (rest * (weights[position] ?? 0)) / weightTotal
    return { key, position, count: minimumEach + Math.floor(exact), fraction: exact - Math.floor(exact) }
  })
  let left = total - shares.reduce((sum, share) => sum + share.count, 0)
  for (const share of [...shares].sort((a, b) => b.fraction - a.fraction || a.position - b.position)) {
    if (left <= 0) break
    share.count++
    left--
  }
  return new Map(shares.map((share) => [share.key, share.count]))
}

interface Owner {
  row: ProviderRow & { id: string }
  weight: number
  openness: number
}

interface Plan {
  owner: Owner
  template: InstrumentTemplate
  isDemo: boolean
}

interface Instrument {
  row: InstrumentRow & { id: string; originalValueFen: number }
  template: InstrumentTemplate
  owner: Owner
  isDemo: boolean
  /** the share of its bookings made by outsiders */
  openness: number
  createdAtMs: number
  /** no bookings after this (maintenance or retirement) */
  bookableUntilMs: number
}

interface Booker {
  userId: string
  organisationId: string
  cityCode: string
  isDemo: boolean
}

interface Booking {
  row: BookingRow & { id: string; startsAt: Date; endsAt: Date; status: string }
  instrument: Instrument
  booker: Booker
  future: boolean
  violation: ViolationRow | null
}

const withId = <Row extends { id?: string }>(row: Row & { id: string }) => row

export function generateInstrumentData(input: InstrumentGeneratorInput): InstrumentDemoData {
  const random = input.random
  const endMs = input.activityEndsAt.getTime()
  const startMs = endMs - windowDays * dayMs
  const futureEndMs = endMs + futureDays * dayMs
  const takenIds = new Set<string>()
  const makeId = createIdMaker(random.fork('ids'), takenIds)
  const makeUserId = createIdMaker(random.fork('users'), takenIds)
  const out: InstrumentDemoData = {
    activityEndsAt: input.activityEndsAt,
    instruments: [],
    ownerPolicies: [],
    bookings: [],
    violations: [],
  }

  const userIds = new Map<string, string>()
  function syntheticUser(key: string): string {
    let id = userIds.get(key)
    if (id === undefined) {
      id = makeUserId('usr', startMs)
      userIds.set(key, id)
    }
    return id
  }

  const demoProviderId = input.demoOrganisations.get('provider.sz')
  const demoFirmIds = new Map(
    demoFirmUsernames.flatMap((username) => {
      const id = input.demoOrganisations.get(username)
      return id !== undefined ? [[id, username] as const] : []
    }),
  )
  /** The owner's staff: the first is its instrument manager, who also decides on requests. */
  const staffUser = (providerId: string, index: number) =>
    providerId === demoProviderId && index === 0
      ? demoUserToken('provider.sz')
      : syntheticUser(`staff/${providerId}/${index}`)

  // ---- the catalogue ----

  const ownerRandom = random.fork('owners')
  const owners: Owner[] = input.providers
    .filter(
      (row): row is ProviderRow & { id: string } => row.id !== undefined && row.admissionStatus === 'active',
    )
    .map((row) => {
      const kind = ownerKinds[row.kind] ?? { weight: 1, openness: 0.5 }
      return {
        row,
        weight: kind.weight * Math.exp(0.8 * gaussian(ownerRandom)),
        openness: Math.min(0.95, Math.max(0.1, kind.openness + 0.15 * gaussian(ownerRandom))),
      }
    })
  const demoOwner = owners.find((owner) => owner.row.id === demoProviderId)
  if (demoOwner === undefined) throw new Error('the demo provider is not an admitted provider')
  const otherOwners = owners.filter((owner) => owner !== demoOwner)

  const templatePickers = new Map<string, (random: Random) => InstrumentTemplate>()
  function templatePicker(kind: string, cityCode: string) {
    const key = `${kind}/${cityCode}`
    let picker = templatePickers.get(key)
    if (picker === undefined) {
      const byKind = categoryBoostByKind[kind] ?? {}
      const byCity = categoryBoostByCity[cityCode] ?? {}
      picker = cumulativePicker(
        instrumentTemplates,
        instrumentTemplates.map(
          (template) => template.weight * (byKind[template.category] ?? 1) * (byCity[template.category] ?? 1),
        ),
      )
      templatePickers.set(key, picker)
    }
    return picker
  }

  const catalogueRandom = random.fork('catalogue')
  const plans: Plan[] = []
  const demoTemplates = demoOwnerTemplateNames.slice(0, input.figures.demoOwnerInstruments).map((nameZh) => {
    const template = instrumentTemplates.find((candidate) => candidate.name.zh === nameZh)
    if (template === undefined) throw new Error(`no instrument template ${nameZh}`)
    return template
  })
  for (const template of demoTemplates) plans.push({ owner: demoOwner, template, isDemo: true })
  const ownersByCity = new Map<string, Owner[]>()
  for (const owner of otherOwners) {
    ownersByCity.set(owner.row.cityCode, [...(ownersByCity.get(owner.row.cityCode) ?? []), owner])
  }
  const cities = cityCodes.filter((cityCode) => (ownersByCity.get(cityCode) ?? []).length > 0)
  const countByCity = splitByWeight(
    input.figures.instruments - plans.length,
    cities,
    cities.map((cityCode) =>
      (ownersByCity.get(cityCode) ?? []).reduce((sum, owner) => sum + owner.weight, 0),
    ),
    Math.min(3, Math.floor((input.figures.instruments - plans.length) / Math.max(cities.length, 1))),
  )
  for (const cityCode of cities) {
    const cityOwners = ownersByCity.get(cityCode) ?? []
    const pickOwner = cumulativePicker(
      cityOwners,
      cityOwners.map((owner) => owner.weight),
    )
    for (let index = 0; index < (countByCity.get(cityCode) ?? 0); index++) {
      const owner = pickOwner(catalogueRandom)
      plans.push({
        owner,
        template: templatePicker(owner.row.kind, cityCode)(catalogueRandom),
        isDemo: false,
      })
    }
  }
  // Every category is in the catalogue, even in the small set: a missing one takes over an instrument of the most
  // common category.
  for (const category of instrumentCategories) {
    if (plans.some((plan) => plan.template.category === category)) continue
    const counts = new Map<string, number>()
    for (const plan of plans)
      counts.set(plan.template.category, (counts.get(plan.template.category) ?? 0) + 1)
    const commonest = [...counts].sort(
      ([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : 1),
    )[0]?.[0]
    const donor = plans.findLast((plan) => !plan.isDemo && plan.template.category === commonest)
    const templates = instrumentTemplates.filter((template) => template.category === category)
    if (donor !== undefined && templates.length > 0) donor.template = catalogueRandom.pick(templates)
  }

  const instrumentsList = plans.map((plan) => makeInstrument(plan))

  function makeInstrument(plan: Plan): Instrument {
    const { owner, template } = plan
    const [valueLow, valueHigh] = template.valueYuan
    // Most instruments sit near the low end of their kind's range.
    const position = Math.pow(catalogueRandom.next(), 1.4)
    const valueYuan = Math.max(
      300_000,
      Math.round(
        Math.exp(Math.log(valueLow) + position * (Math.log(valueHigh) - Math.log(valueLow))) / 1_000,
      ) * 1_000,
    )
    const [priceLow, priceHigh] = template.priceYuan
    const pricePosition = Math.min(
      1,
      Math.max(0, 0.2 + 0.6 * position + 0.3 * (catalogueRandom.next() - 0.5)),
    )
    const rawPrice = priceLow + pricePosition * (priceHigh - priceLow)
    const externalYuan =
      rawPrice >= 100 ? Math.round(rawPrice / 10) * 10 : Math.max(5, Math.round(rawPrice / 5) * 5)
    const internalYuan = Math.min(
      externalYuan,
      Math.max(5, Math.round((externalYuan * (0.5 + 0.3 * catalogueRandom.next())) / 5) * 5),
    )
    const [durationLow, durationHigh] = template.durationMinutes
    const minDurationMinutes = Math.max(15, durationLow)
    const maxDurationMinutes = Math.max(minDurationMinutes, durationHigh)
    const bufferMinutes =
      durationLow >= 720
        ? catalogueRandom.pick([30, 60, 120])
        : catalogueRandom.weightedPick([0, 15, 30, 60], [15, 35, 35, 15])
    const monthlyQuotaHours =
      !plan.isDemo && maxDurationMinutes <= 600 && catalogueRandom.chance(0.08)
        ? catalogueRandom.pick([20, 40, 60, 80])
        : 0
    const status = plan.isDemo
      ? 'available'
      : catalogueRandom.weightedPick(['available', 'maintenance', 'retired'], [970, 20, 10])
    const createdAtMs = workingMoment(startMs - catalogueRandom.integer(10, 900) * dayMs)
    const statusChangedMs =
      status === 'available' ? createdAtMs : workingMoment(endMs - catalogueRandom.integer(3, 200) * dayMs)
    const model = catalogueRandom.pick(template.models)
    const naming = cityNaming(owner.row.cityCode)
    const place = catalogueRandom.pick(naming.places)
    const digits = String(catalogueRandom.integer(0, 99_999_999)).padStart(8, '0')
    const nameZh = template.name.zh
    const nameEn = template.name.en
    const id = makeId('inst', createdAtMs)
    const row = withId<InstrumentRow & { originalValueFen: number }>({
      id,
      providerId: owner.row.id,
      cityCode: owner.row.cityCode,
      nameZh,
      nameEn,
      model: model.model,
      maker: model.maker,
      category: template.category,
      originalValueFen: valueYuan * 100,
      locationZh: `${place.zh}${catalogueRandom.pick(roadWords)}${catalogueRandom.integer(1, 999)}号${catalogueRandom.pick(buildingWords)}${catalogueRandom.integer(1, 6)}${String(catalogueRandom.integer(1, 30)).padStart(2, '0')}室`,
      specificationsZh: template.specifications.zh,
      specificationsEn: template.specifications.en,
      servicesZh: template.servicesZh,
      priceUnit: template.priceUnit,
      internalPriceFen: internalYuan * 100,
      externalPriceFen: externalYuan * 100,
      contactName: `${catalogueRandom.pick(contactSurnames)}${catalogueRandom.pick(['工', '老师'])}`,
      contactPhone: `${areaCodeByCity[owner.row.cityCode] ?? '0512'}-${digits.slice(0, 4)} ${digits.slice(4)}`,
      status,
      leadTimeHours: plan.isDemo
        ? 24
        : catalogueRandom.weightedPick([0, 2, 12, 24, 48, 72], [10, 10, 15, 35, 20, 10]),
      minDurationMinutes,
      maxDurationMinutes,
      bufferMinutes,
      // The demo provider approves every request but one instrument's, so that its queue fills.
      requiresApproval: plan.isDemo
        ? template !== demoTemplates[demoTemplates.length - 1]
        : catalogueRandom.chance(0.7),
      cancellationNoticeHours: catalogueRandom.weightedPick([0, 12, 24, 48], [15, 25, 45, 15]),
      monthlyQuotaHours,
      searchText: searchTextOf(nameZh, nameEn, model.model, model.maker, owner.row.nameZh),
      isSynthetic: true,
      createdAt: new Date(createdAtMs),
      updatedAt: new Date(statusChangedMs),
    })
    out.instruments.push(row)
    return {
      row,
      template,
      owner,
      isDemo: plan.isDemo,
      openness: Math.min(0.98, Math.max(0.05, owner.openness + 0.12 * gaussian(catalogueRandom))),
      createdAtMs,
      bookableUntilMs: status === 'available' ? futureEndMs : statusChangedMs,
    }
  }

  // A few owners set their own blacklist threshold (none stricter than the seed's bookers can meet).
  const policyRandom = random.fork('policies')
  const policyOwners = [...new Set(instrumentsList.map((instrument) => instrument.owner))].filter(
    (owner, index) => index === 0 || policyRandom.chance(0.05),
  )
  for (const owner of policyOwners) {
    out.ownerPolicies.push({
      providerId: owner.row.id,
      violationLimit: policyRandom.pick([3, 4, 5]),
      violationWindowMonths: policyRandom.pick([12, 24]),
      updatedAt: new Date(workingMoment(startMs + policyRandom.integer(0, 300) * dayMs)),
    })
  }

  // ---- who books ----

  const bookerRandom = random.fork('bookers')
  const firmsByCity = new Map<string, (random: Random) => FirmRow & { id: string }>()
  for (const cityCode of cityCodes) {
    // About a third of a city's firms use shared instruments, some of them far more than others.
    const users = input.firms.filter(
      (firm): firm is FirmRow & { id: string } =>
        firm.id !== undefined &&
        firm.cityCode === cityCode &&
        !demoFirmIds.has(firm.id) &&
        bookerRandom.chance(0.35),
    )
    if (users.length === 0) continue
    firmsByCity.set(
      cityCode,
      cumulativePicker(
        users,
        users.map(
          (firm, rank) => (instrumentUseByIndustry[firm.industryCode] ?? 1) / Math.pow(rank + 1, 0.3),
        ),
      ),
    )
  }
  const providersByCity = new Map<string, Owner[]>()
  for (const owner of otherOwners) {
    providersByCity.set(owner.row.cityCode, [...(providersByCity.get(owner.row.cityCode) ?? []), owner])
  }
  const cityPickers = new Map(
    cityCodes.map((home) => {
      const others = cityCodes.filter((cityCode) => cityCode !== home && firmsByCity.has(cityCode))
      return [
        home,
        others.length === 0
          ? null
          : cumulativePicker(
              others,
              others.map((cityCode) => (clusterOfCity[cityCode] === clusterOfCity[home] ? 3 : 1)),
            ),
      ] as const
    }),
  )

  function bookerFor(instrument: Instrument, bookingRandom: Random): Booker {
    const owner = instrument.owner
    if (!bookingRandom.chance(instrument.openness)) {
      return {
        userId: staffUser(owner.row.id, bookingRandom.integer(0, 2)),
        organisationId: owner.row.id,
        cityCode: owner.row.cityCode,
        isDemo: owner === demoOwner,
      }
    }
    const home = owner.row.cityCode
    const otherCity = cityPickers.get(home)
    const cityCode =
      bookingRandom.chance(0.6) || otherCity === null || otherCity === undefined
        ? home
        : otherCity(bookingRandom)
    const cityProviders = (providersByCity.get(cityCode) ?? []).filter((candidate) => candidate !== owner)
    const pickFirm = firmsByCity.get(cityCode)
    if ((bookingRandom.chance(0.15) || pickFirm === undefined) && cityProviders.length > 0) {
      const provider = bookingRandom.pick(cityProviders)
      return {
        userId: staffUser(provider.row.id, 1),
        organisationId: provider.row.id,
        cityCode,
        isDemo: false,
      }
    }
    const firm = (pickFirm ?? firmsByCity.values().next().value)?.(bookingRandom)
    if (firm === undefined) throw new Error('no firm to book an instrument')
    return {
      userId: syntheticUser(`firm/${firm.id}`),
      organisationId: firm.id,
      cityCode: firm.cityCode,
      isDemo: false,
    }
  }

  // ---- each instrument's timeline ----

  const violationsByUser = new Map<string, number>()
  const quotaMinutes = new Map<string, number>()
  const bookingsList: Booking[] = []
  const timelineRandom = random.fork('timelines')
  const meanBookings = input.figures.bookingsPerInstrument
  // An idle third; the rest spread widely (log-normal), with the same mean overall.
  const idleShare = 0.3
  const spread = 1.1
  const spreadMean = Math.exp((spread * spread) / 2)

  for (const instrument of instrumentsList) {
    const bookingRandom = timelineRandom.fork(instrument.row.id)
    const [durationLow, durationHigh] = instrument.template.durationMinutes
    const typicalMinutes = durationLow + (durationHigh - durationLow) / 3
    const capacity = Math.floor((0.5 * windowDays * dayMs) / (typicalMinutes * minuteMs))
    let expected: number
    if (instrument.isDemo) expected = Math.max(12, meanBookings * 6)
    else if (bookingRandom.chance(idleShare)) expected = 0
    else
      expected = (meanBookings / (1 - idleShare)) * (Math.exp(spread * gaussian(bookingRandom)) / spreadMean)
    const pastCount = Math.min(capacity, Math.floor(expected) + (bookingRandom.chance(expected % 1) ? 1 : 0))
    const futureExpected = (expected * futureDays * 0.45) / windowDays
    const futureCount = Math.min(
      capacity,
      Math.floor(futureExpected) + (bookingRandom.chance(futureExpected % 1) ? 1 : 0),
    )
    const fromMs = Math.max(startMs, instrument.createdAtMs + dayMs)
    const candidates: number[] = []
    for (let index = 0; index < pastCount; index++)
      candidates.push(fromMs + bookingRandom.next() * (endMs - fromMs))
    for (let index = 0; index < futureCount; index++) {
      candidates.push(endMs + Math.pow(bookingRandom.next(), 1.6) * futureDays * dayMs)
    }
    if (instrument.isDemo) {
      for (const days of demoFutureDays) candidates.push(endMs + (days + 0.3 * bookingRandom.next()) * dayMs)
    }
    candidates.sort((a, b) => a - b)
    let heldUntilMs = fromMs
    for (const candidate of candidates) {
      const startsAtMs = openingSlot(Math.max(candidate, heldUntilMs))
      const stepMinutes = durationLow >= 60 ? 30 : 15
      const steps = Math.floor((durationHigh - durationLow) / stepMinutes)
      const minutes = durationLow + Math.floor(Math.pow(bookingRandom.next(), 2) * (steps + 1)) * stepMinutes
      const endsAtMs = startsAtMs + Math.min(minutes, durationHigh) * minuteMs
      if (endsAtMs >= Math.min(futureEndMs, instrument.bookableUntilMs)) break
      heldUntilMs = endsAtMs + instrument.row.bufferMinutes * minuteMs
      const booking = playBooking(instrument, startsAtMs, endsAtMs, bookingRandom)
      if (booking !== null) bookingsList.push(booking)
    }
  }

  function playBooking(instrument: Instrument, startsAtMs: number, endsAtMs: number, bookingRandom: Random) {
    const row = instrument.row
    const minutes = Math.round((endsAtMs - startsAtMs) / minuteMs)
    // The booker, within the instrument's monthly quota for its organisation.
    let booker = bookerFor(instrument, bookingRandom)
    const monthKey = (organisationId: string) => `${row.id}/${organisationId}/${shanghaiMonthOf(startsAtMs)}`
    if (row.monthlyQuotaHours > 0) {
      for (let attempt = 0; attempt < 3; attempt++) {
        const used = quotaMinutes.get(monthKey(booker.organisationId)) ?? 0
        if (used + minutes <= row.monthlyQuotaHours * 60) break
        booker = bookerFor(instrument, bookingRandom)
      }
      const used = quotaMinutes.get(monthKey(booker.organisationId)) ?? 0
      if (used + minutes > row.monthlyQuotaHours * 60) return null
    }
    const userClass = booker.organisationId === row.providerId ? 'internal' : 'external'
    const sampleCount =
      row.priceUnit === 'per_sample'
        ? bookingRandom.integer(...(instrument.template.samplesPerBooking ?? ([1, 10] as const)))
        : null
    const amountFen = bookingAmountFen({
      priceUnit: row.priceUnit === 'per_sample' ? 'per_sample' : 'per_hour',
      priceFen: userClass === 'internal' ? row.internalPriceFen : row.externalPriceFen,
      minutes,
      sampleCount,
    })
    const leadMs = row.leadTimeHours * hourMs
    const future = startsAtMs > endMs - 5 * minuteMs
    const finished = endsAtMs + 15 * minuteMs <= endMs
    // Booked some time ahead: mostly days, sometimes weeks; never after the seeding moment.
    const aheadMs = leadMs + hourMs + Math.pow(bookingRandom.next(), 2.5) * 21 * dayMs
    let createdAtMs = Math.max(startsAtMs - aheadMs, instrument.createdAtMs + hourMs)
    if (future) {
      const latestMs = Math.min(startsAtMs - leadMs - 10 * minuteMs, endMs - 10 * minuteMs)
      createdAtMs = Math.min(createdAtMs, latestMs)
      if (instrument.isDemo && startsAtMs > endMs + 3 * dayMs && bookingRandom.chance(0.4)) {
        // Requests the demo provider has not yet decided: made in the last three days.
        createdAtMs = latestMs - bookingRandom.next() * 2.5 * dayMs
      }
    }
    createdAtMs = Math.floor(createdAtMs / minuteMs) * minuteMs
    const id = makeId('ibkg', createdAtMs)
    const manager = staffUser(row.providerId, 0)
    const category = row.category as InstrumentCategory
    const bookingRow = withId<BookingRow & { startsAt: Date; endsAt: Date; status: string }>({
      id,
      instrumentId: row.id,
      providerId: row.providerId,
      cityCode: row.cityCode,
      bookerUserId: booker.userId,
      bookerOrganisationId: booker.organisationId,
      bookerCityCode: booker.cityCode,
      userClass,
      startsAt: new Date(startsAtMs),
      endsAt: new Date(endsAtMs),
      heldDuring: `[${new Date(startsAtMs).toISOString()},${new Date(endsAtMs + row.bufferMinutes * minuteMs).toISOString()})`,
      purpose: bookingRandom.pick(purposesByCategory[category]),
      sampleCount,
      amountFen,
      voucherOrderId: null,
      voucherShareFen: 0,
      status: 'approved',
      recurrenceId: null,
      decisionReason: null,
      decidedByUserId: null,
      decidedAt: null,
      checkedInAt: null,
      usedMinutes: null,
      completedAt: null,
      rating: null,
      ratingComment: null,
      cancelledAt: null,
      cancelReason: null,
      isSynthetic: true,
      createdAt: new Date(createdAtMs),
      updatedAt: new Date(createdAtMs),
    })
    const booking: Booking = { row: bookingRow, instrument, booker, future, violation: null }
    const set = (changes: Partial<BookingRow>, atMs: number) =>
      Object.assign(bookingRow, changes, { updatedAt: new Date(Math.max(atMs, createdAtMs)) })
    /** The owner's decision on a request, some hours after it, before the start and the seeding moment. */
    const decisionMs = () =>
      Math.min(
        createdAtMs + (0.5 + 30 * Math.pow(bookingRandom.next(), 2)) * hourMs,
        startsAtMs - minuteMs,
        endMs - minuteMs,
      )
    const approve = () => {
      if (!row.requiresApproval) return createdAtMs
      const atMs = decisionMs()
      set({ status: 'approved', decidedAt: new Date(atMs), decidedByUserId: manager }, atMs)
      return atMs
    }
    const cancel = (afterMs: number) => {
      const noticeEndMs = Math.min(startsAtMs - row.cancellationNoticeHours * hourMs, endMs - minuteMs)
      if (noticeEndMs > afterMs + minuteMs && bookingRandom.chance(0.85)) {
        const atMs = afterMs + bookingRandom.next() * (noticeEndMs - afterMs)
        set(
          {
            status: 'cancelled',
            cancelledAt: new Date(atMs),
            cancelReason: bookingRandom.pick(bookingCancelReasons),
          },
          atMs,
        )
      } else {
        const latestMs = Math.min(startsAtMs, endMs - minuteMs)
        const atMs = afterMs + bookingRandom.next() * Math.max(latestMs - afterMs, minuteMs)
        set(
          {
            status: 'cancelled',
            cancelledAt: new Date(atMs),
            cancelReason: bookingRandom.pick(ownerCancelReasons),
          },
          atMs,
        )
      }
    }
    const reject = () => {
      const atMs = decisionMs()
      set(
        {
          status: 'rejected',
          decidedAt: new Date(atMs),
          decidedByUserId: manager,
          decisionReason: bookingRandom.pick(bookingRejectReasons),
        },
        atMs,
      )
    }
    const mayViolate = !booker.isDemo && (violationsByUser.get(booker.userId) ?? 0) < violationsPerUserMax
    const violate = (kind: 'no_show' | 'overbooked', atMs: number) => {
      violationsByUser.set(booker.userId, (violationsByUser.get(booker.userId) ?? 0) + 1)
      booking.violation = {
        id: makeId('ivio', atMs),
        bookingId: id,
        userId: booker.userId,
        organisationId: booker.organisationId,
        instrumentId: row.id,
        providerId: row.providerId,
        kind,
        occurredAt: new Date(atMs),
        isSynthetic: true,
      }
    }
    const checkIn = () => {
      const atMs = Math.max(startsAtMs - bookingRandom.integer(0, 25) * minuteMs, createdAtMs + minuteMs)
      set({ status: 'checked_in', checkedInAt: new Date(atMs) }, atMs)
    }

    if (future) {
      const outcome = instrument.isDemo
        ? 'hold'
        : bookingRandom.weightedPick(['hold', 'cancelled', 'rejected'], [90, 7, row.requiresApproval ? 3 : 0])
      if (outcome === 'cancelled') cancel(approve())
      else if (outcome === 'rejected') reject()
      else if (row.requiresApproval) {
        // Requests made in the last day or so wait for the owner; older ones are decided.
        if (endMs - createdAtMs > 20 * hourMs || bookingRandom.chance(0.3)) approve()
        else set({ status: 'requested' }, createdAtMs)
      }
    } else if (!finished) {
      approve()
      checkIn()
    } else {
      const outcome = bookingRandom.weightedPick(
        ['completed', 'cancelled', 'rejected', 'no_show'],
        [84, 8, row.requiresApproval ? 4 : 0, mayViolate && startsAtMs + 75 * minuteMs <= endMs ? 2.5 : 0],
      )
      if (outcome === 'cancelled') cancel(bookingRandom.chance(0.5) ? approve() : createdAtMs)
      else if (outcome === 'rejected') reject()
      else if (outcome === 'no_show') {
        approve()
        const atMs = startsAtMs + (noShowGraceMinutes + bookingRandom.integer(1, 10)) * minuteMs
        set({ status: 'no_show' }, atMs)
        violate('no_show', atMs)
      } else {
        approve()
        checkIn()
        const overbooked = mayViolate && bookingRandom.chance(0.015)
        const usedMinutes = Math.max(
          1,
          Math.round(
            minutes * (overbooked ? 0.2 + 0.25 * bookingRandom.next() : 0.7 + 0.3 * bookingRandom.next()),
          ),
        )
        const completedAtMs = startsAtMs + (usedMinutes + bookingRandom.integer(0, 10)) * minuteMs
        const rated = bookingRandom.chance(0.7)
        const rating = rated ? bookingRandom.weightedPick([0, 1, 2, 3, 4, 5], ratingWeights) : null
        const comments = rating !== null ? (bookingCommentsByRating[rating] ?? []) : []
        set(
          {
            status: 'completed',
            usedMinutes,
            completedAt: new Date(completedAtMs),
            rating,
            ratingComment:
              comments.length > 0 && bookingRandom.chance(0.5) ? bookingRandom.pick(comments) : null,
          },
          completedAtMs,
        )
        if (completionViolation(minutes, usedMinutes) === 'overbooked') violate('overbooked', completedAtMs)
      }
    }
    if (
      ['requested', 'approved', 'checked_in', 'completed'].includes(bookingRow.status) &&
      row.monthlyQuotaHours > 0
    ) {
      const key = monthKey(booker.organisationId)
      quotaMinutes.set(key, (quotaMinutes.get(key) ?? 0) + minutes)
    }
    return booking
  }

  // ---- the demo accounts' own bookings: existing outside bookings handed to them, keeping every slot ----

  const demoRandom = random.fork('demo')
  const busyByOrganisation = new Map<string, [number, number][]>()
  const isFree = (organisationId: string, booking: Booking) => {
    const startsAtMs = booking.row.startsAt.getTime()
    const endsAtMs = booking.row.endsAt.getTime()
    return !(busyByOrganisation.get(organisationId) ?? []).some(
      ([busyStart, busyEnd]) => startsAtMs < busyEnd + hourMs && busyStart < endsAtMs + hourMs,
    )
  }
  const handOver = (booking: Booking, username: string, organisation: { id: string; cityCode: string }) => {
    booking.booker = {
      userId: demoUserToken(username),
      organisationId: organisation.id,
      cityCode: organisation.cityCode,
      isDemo: true,
    }
    Object.assign(booking.row, {
      bookerUserId: booking.booker.userId,
      bookerOrganisationId: organisation.id,
      bookerCityCode: organisation.cityCode,
    })
    const busy = busyByOrganisation.get(organisation.id) ?? []
    busy.push([booking.row.startsAt.getTime(), booking.row.endsAt.getTime()])
    busyByOrganisation.set(organisation.id, busy)
  }
  const candidates = demoRandom.shuffle(
    bookingsList.filter(
      (booking) =>
        booking.row.userClass === 'external' &&
        booking.violation === null &&
        booking.instrument.row.monthlyQuotaHours === 0 &&
        !booking.booker.isDemo,
    ),
  )
  const firmById = new Map(
    input.firms.flatMap((firm) => (firm.id !== undefined ? [[firm.id, firm] as const] : [])),
  )
  type Want = { status: string; future: boolean; onDemoOwner: boolean | null; crossCity: boolean | null }
  const wants: Want[] = [
    { status: 'completed', future: false, onDemoOwner: true, crossCity: null },
    { status: 'completed', future: false, onDemoOwner: null, crossCity: true },
    { status: 'completed', future: false, onDemoOwner: null, crossCity: false },
    { status: 'completed', future: false, onDemoOwner: null, crossCity: null },
    { status: 'completed', future: false, onDemoOwner: null, crossCity: null },
    { status: 'cancelled', future: false, onDemoOwner: null, crossCity: null },
    { status: 'requested', future: true, onDemoOwner: true, crossCity: null },
    { status: 'approved', future: true, onDemoOwner: true, crossCity: null },
    { status: 'approved', future: true, onDemoOwner: null, crossCity: null },
  ]
  const handed = new Set<Booking>()
  for (const [firmId, username] of demoFirmIds) {
    const firm = firmById.get(firmId)
    if (firm === undefined) continue
    const organisation = { id: firmId, cityCode: firm.cityCode }
    let lastCompleted: Booking | undefined
    for (const want of wants) {
      const found = candidates.find(
        (booking) =>
          !handed.has(booking) &&
          booking.row.status === want.status &&
          booking.future === want.future &&
          (want.onDemoOwner === null || booking.instrument.isDemo === want.onDemoOwner) &&
          (want.crossCity === null || (booking.row.cityCode !== firm.cityCode) === want.crossCity) &&
          isFree(firmId, booking),
      )
      if (found === undefined) continue
      handed.add(found)
      handOver(found, username, organisation)
      if (
        found.row.status === 'completed' &&
        (lastCompleted === undefined || found.row.startsAt > lastCompleted.row.startsAt)
      ) {
        lastCompleted = found
      }
    }
    // The latest completed booking is still to be rated by the demo firm.
    if (lastCompleted !== undefined) Object.assign(lastCompleted.row, { rating: null, ratingComment: null })
  }
  // The demo provider books two other owners' instruments too.
  if (demoProviderId !== undefined) {
    for (const want of [
      { status: 'completed', future: false },
      { status: 'approved', future: true },
    ]) {
      const found = candidates.find(
        (booking) =>
          !handed.has(booking) &&
          !booking.instrument.isDemo &&
          booking.row.status === want.status &&
          booking.future === want.future &&
          isFree(demoProviderId, booking),
      )
      if (found === undefined) continue
      handed.add(found)
      handOver(found, 'provider.sz', { id: demoProviderId, cityCode: demoOwner.row.cityCode })
    }
  }

  for (const booking of bookingsList) {
    out.bookings.push(booking.row)
    if (booking.violation !== null) out.violations.push(booking.violation)
  }
  return out
}
