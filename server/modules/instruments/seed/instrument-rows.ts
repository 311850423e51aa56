// Each planned instrument as a catalogue row: its original value (most near the low end of its kind's range), its
// prices (the internal one below the external), its booking rules and opening hours, where it stands and whom to
// call.
import { searchTextOf } from '../../../db/search'
import { cityFacts } from '../../../seed/catalogue'
import { gaussian, type Random } from '../../../seed/random'
import { dayMs, workingMoment } from '../../../seed/support/time'
import { bookingTexts, type InstrumentTemplate } from './catalogue'
import { openingFor } from './opening'
import type { InstrumentSeed } from './state'
import { withId, type Instrument, type InstrumentRow, type Plan } from './types'

/** Value and prices in yuan: the value on a log scale (most instruments near the low end), the prices after it. */
function valueAndPrices(random: Random, template: InstrumentTemplate) {
  const [valueLow, valueHigh] = template.valueYuan
  const position = Math.pow(random.next(), 1.4)
  const valueYuan = Math.max(
    300_000,
    Math.round(Math.exp(Math.log(valueLow) + position * (Math.log(valueHigh) - Math.log(valueLow))) / 1_000) *
      1_000,
  )
  const [priceLow, priceHigh] = template.priceYuan
  const pricePosition = Math.min(1, Math.max(0, 0.2 + 0.6 * position + 0.3 * (random.next() - 0.5)))
  const rawPrice = priceLow + pricePosition * (priceHigh - priceLow)
  const externalYuan =
    rawPrice >= 100 ? Math.round(rawPrice / 10) * 10 : Math.max(5, Math.round(rawPrice / 5) * 5)
  const internalYuan = Math.min(
    externalYuan,
    Math.max(5, Math.round((externalYuan * (0.5 + 0.3 * random.next())) / 5) * 5),
  )
  return { valueYuan, externalYuan, internalYuan }
}

/** The duration bounds and the booking rules an owner sets. */
function bookingRules(random: Random, plan: Plan) {
  const [durationLow, durationHigh] = plan.template.durationMinutes
  const minDurationMinutes = Math.max(15, durationLow)
  const maxDurationMinutes = Math.max(minDurationMinutes, durationHigh)
  const bufferMinutes =
    durationLow >= 720 ? random.pick([30, 60, 120]) : random.weightedPick([0, 15, 30, 60], [15, 35, 35, 15])
  const monthlyQuotaHours =
    !plan.isDemo && maxDurationMinutes <= 600 && random.chance(0.08) ? random.pick([20, 40, 60, 80]) : 0
  return { minDurationMinutes, maxDurationMinutes, bufferMinutes, monthlyQuotaHours }
}

function locationZh(random: Random, place: { zh: string }): string {
  const { roadWords, buildingWords } = bookingTexts
  const road = `${random.pick(roadWords)}${random.integer(1, 999)}号`
  const room = `${random.pick(buildingWords)}${random.integer(1, 6)}${String(random.integer(1, 30)).padStart(2, '0')}室`
  return `${place.zh}${road}${room}`
}

export function makeInstrument(
  seed: InstrumentSeed,
  random: Random,
  plan: Plan,
  lastDemoTemplate: InstrumentTemplate | undefined,
): Instrument {
  const { owner, template } = plan
  const { valueYuan, externalYuan, internalYuan } = valueAndPrices(random, template)
  const rules = bookingRules(random, plan)
  // a stream of its own, so that the hours leave every other draw of the seed as it was
  const opening = openingFor(random.fork('opening'), template)
  const status = plan.isDemo
    ? 'available'
    : random.weightedPick(['available', 'maintenance', 'retired'], [970, 20, 10])
  const createdAtMs = workingMoment(seed.startMs - random.integer(10, 900) * dayMs)
  const statusChangedMs =
    status === 'available' ? createdAtMs : workingMoment(seed.endMs - random.integer(3, 200) * dayMs)
  const model = random.pick(template.models)
  const city = cityFacts(owner.row.cityCode)
  const place = random.pick(city.places)
  const digits = String(random.integer(0, 99_999_999)).padStart(8, '0')
  const id = seed.makeId('inst', createdAtMs)
  const location = locationZh(random, place)
  const contactName = `${random.pick(bookingTexts.contactSurnames)}${random.pick(['工', '老师'])}`
  const row = withId<InstrumentRow & { originalValueFen: number }>({
    id,
    providerId: owner.row.id,
    cityCode: owner.row.cityCode,
    nameZh: template.name.zh,
    nameEn: template.name.en,
    model: model.model,
    maker: model.maker,
    category: template.category,
    originalValueFen: valueYuan * 100,
    locationZh: location,
    specificationsZh: template.specifications.zh,
    specificationsEn: template.specifications.en,
    servicesZh: template.servicesZh,
    priceUnit: template.priceUnit,
    internalPriceFen: internalYuan * 100,
    externalPriceFen: externalYuan * 100,
    contactName,
    contactPhone: `${city.telephoneAreaCode}-${digits.slice(0, 4)} ${digits.slice(4)}`,
    status,
    leadTimeHours: plan.isDemo ? 24 : random.weightedPick([0, 2, 12, 24, 48, 72], [10, 10, 15, 35, 20, 10]),
    minDurationMinutes: rules.minDurationMinutes,
    maxDurationMinutes: rules.maxDurationMinutes,
    bufferMinutes: rules.bufferMinutes,
    // The demo provider approves every request but one instrument's, so that its queue fills.
    requiresApproval: plan.isDemo ? template !== lastDemoTemplate : random.chance(0.7),
    cancellationNoticeHours: random.weightedPick([0, 12, 24, 48], [15, 25, 45, 15]),
    monthlyQuotaHours: rules.monthlyQuotaHours,
    openingHours: opening.openingHours,
    closedOnHolidays: opening.closedOnHolidays,
    searchText: searchTextOf(template.name.zh, template.name.en, model.model, model.maker, owner.row.nameZh),
    isSynthetic: true,
    createdAt: new Date(createdAtMs),
    updatedAt: new Date(statusChangedMs),
  })
  seed.out.instruments.push(row)
  return {
    row,
    template,
    owner,
    isDemo: plan.isDemo,
    openness: Math.min(0.98, Math.max(0.05, owner.openness + 0.12 * gaussian(random))),
    createdAtMs,
    bookableUntilMs: status === 'available' ? seed.futureEndMs : statusChangedMs,
    opening,
  }
}
