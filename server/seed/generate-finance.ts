// Tech finance for the demo corridor, ending at a given moment: the alliance institutions' products, every firm's
// innovation-points indicators (from its registry figures, each with its source and the reporting year-end it
// describes) and the score the default parameter set gives them, and a year and a half of financing needs,
// consent-gated referrals, decisions, drawdowns and workstation cases, growing over time. A pure function of the
// registry rows, the seed and that moment (no database, no clock, no Math.random).
//
// Referrals only go to products the firm is eligible for (the matcher's own hard filters), decisions keep loans
// within the product's rate cap, and a drawdown is a firm's first loan exactly when no earlier loan of it was drawn.
// Actors are synthetic user ids, except for the demo accounts, which appear as demoUserToken(username).
import { searchTextOf } from '../db/search'
import {
  lendingTypes,
  type FirmStage,
  type IndicatorCode,
  type IndicatorSource,
  type ProductType,
} from '../modules/finance/finance.reference'
import type {
  financeCaseNotes,
  financeCases,
  financeProducts,
  financeReferrals,
  financingNeeds,
  firmIndicatorValues,
  firmScores,
} from '../modules/finance/finance.tables'
import { failedCodes, rank, type MatchFirm, type MatchProduct } from '../modules/finance/matching'
import { defaultParameters } from '../modules/finance/scores.service'
import { scoreOf, type IndicatorValue, type ParameterSet } from '../modules/finance/scoring'
import { cityCodes } from '../modules/registry/reference/reference-data'
import type { firms, institutions } from '../modules/registry/registry.tables'
import {
  caseNotesByStage,
  caseSummaries,
  declineReasons,
  financeProductTemplates,
  needPurposesByType,
  productCountByKind,
  type FinanceProductTemplate,
} from './finance-catalogue'
import { clusterOfCity } from './generate-instruments'
import { demoUserToken, workingMoment } from './generate-vouchers'
import { cityNaming } from './names'
import { gaussian, type Random } from './random'
import { createIdMaker } from './seed-ids'

type FirmRow = typeof firms.$inferInsert
type InstitutionRow = typeof institutions.$inferInsert
export type FinanceProductRow = typeof financeProducts.$inferInsert
export type IndicatorValueRow = typeof firmIndicatorValues.$inferInsert
export type FirmScoreRow = typeof firmScores.$inferInsert
export type NeedRow = typeof financingNeeds.$inferInsert
export type ReferralRow = typeof financeReferrals.$inferInsert
export type CaseRow = typeof financeCases.$inferInsert
export type CaseNoteRow = typeof financeCaseNotes.$inferInsert

export interface FinanceDemoData {
  /** the moment the synthetic period ends: every timestamp is before it */
  activityEndsAt: Date
  products: FinanceProductRow[]
  indicatorValues: IndicatorValueRow[]
  scores: FirmScoreRow[]
  needs: NeedRow[]
  referrals: ReferralRow[]
  cases: CaseRow[]
  caseNotes: CaseNoteRow[]
}

export interface FinanceFigures {
  /** the share of firms that state a financing need over the period */
  needShare: number
  /** the share of needs a city's workstation follows as a case */
  caseShare: number
}

export interface FinanceGeneratorInput {
  random: Random
  activityEndsAt: Date
  figures: FinanceFigures
  firms: readonly FirmRow[]
  institutions: readonly InstitutionRow[]
  /** organisation id of each demo account that has one, by username */
  demoOrganisations: ReadonlyMap<string, string>
}

/** The set ensureDefaultParameterSet() stores: the seeded scores are computed with it. */
export const defaultParameterSet: ParameterSet = {
  id: 'sps_default',
  effectiveFrom: '2020-01-01',
  weights: defaultParameters.weights,
  fullMarks: defaultParameters.fullMarks,
}

const minuteMs = 60_000
const hourMs = 60 * minuteMs
const dayMs = 24 * hourMs
const shanghaiOffsetMs = 8 * hourMs
/** a year of activity after half a year's lead-in, so that the last period has a previous one to grow from */
const windowDays = 365 + 182
/** statistics bureaus report firms above this revenue (规上企业, ¥20m) */
const aboveScaleFen = 20_000_000_00
const demoOfficerByCity: Record<string, string> = { HF: 'station.hf' }
const drawableTypes: readonly ProductType[] = [
  'credit_loan',
  'ip_pledge_loan',
  'guarantee',
  'equity_investment',
]
const needTypeWeightsByStage: Record<FirmStage, Partial<Record<ProductType, number>>> = {
  start_up: {
    credit_loan: 35,
    ip_pledge_loan: 18,
    equity_investment: 20,
    guarantee: 10,
    insurance: 3,
    legal_service: 3,
    accounting_service: 3,
    ip_service: 5,
    hr_service: 3,
  },
  growth: {
    credit_loan: 35,
    ip_pledge_loan: 15,
    guarantee: 12,
    equity_investment: 14,
    listing_guidance: 3,
    insurance: 5,
    legal_service: 4,
    accounting_service: 4,
    ip_service: 4,
    hr_service: 4,
  },
  mature: {
    credit_loan: 30,
    ip_pledge_loan: 10,
    guarantee: 10,
    equity_investment: 8,
    listing_guidance: 14,
    insurance: 9,
    legal_service: 5,
    accounting_service: 5,
    ip_service: 4,
    hr_service: 5,
  },
}

const round = (value: number, step: number) => Math.round(value / step) * step
const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value))
const shanghaiDayOf = (ms: number) => new Date(ms + shanghaiOffsetMs).toISOString().slice(0, 10)
/** Days after a year-end before the platform holds that year's figures (more than an arrival's 21-day clamp). */
const reportingLagDays = 30

/** Amounts round to ¥10,000 (¥1,000 below ¥100,000). */
function roundYuan(yuan: number): number {
  return yuan >= 100_000 ? round(yuan, 10_000) : Math.max(1_000, round(yuan, 1_000))
}

const hasId = <Row extends { id?: string }>(row: Row): row is Row & { id: string } => row.id !== undefined
const isStage = (value: string): value is FirmStage =>
  value === 'start_up' || value === 'growth' || value === 'mature'

interface Firm {
  row: FirmRow & { id: string }
  stage: FirmStage
  scoreTenths: number
  user: string
  match: MatchFirm
}

interface Product {
  row: FinanceProductRow & { id: string; productType: ProductType }
  match: MatchProduct
  institution: InstitutionRow & { id: string }
}

interface Need {
  row: NeedRow & { id: string; amountFen: number; termMonths: number; productType: ProductType }
  firm: Firm
  createdAtMs: number
}

interface Referral {
  row: ReferralRow & { id: string; status: string }
  need: Need
  product: Product
  createdAtMs: number
  decidedAtMs: number | null
  drawnAtMs: number | null
  closedAtMs: number | null
}

const withId = <Row extends { id?: string }>(row: Row & { id: string }) => row

export function generateFinanceData(input: FinanceGeneratorInput): FinanceDemoData {
  const random = input.random
  const endMs = input.activityEndsAt.getTime()
  const startMs = endMs - windowDays * dayMs
  /** events must be this far before the end to have happened */
  const latestEventMs = endMs - 30 * minuteMs
  const takenIds = new Set<string>()
  const makeId = createIdMaker(random.fork('ids'), takenIds)
  const makeUserId = createIdMaker(random.fork('users'), takenIds)
  const out: FinanceDemoData = {
    activityEndsAt: input.activityEndsAt,
    products: [],
    indicatorValues: [],
    scores: [],
    needs: [],
    referrals: [],
    cases: [],
    caseNotes: [],
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

  const demoByOrganisation = new Map([...input.demoOrganisations].map(([username, id]) => [id, username]))
  const userOfFirm = (firmId: string) => {
    const username = demoByOrganisation.get(firmId)
    return username !== undefined ? demoUserToken(username) : syntheticUser(`firm/${firmId}`)
  }
  const workstationOf = (cityCode: string) => {
    const username = demoOfficerByCity[cityCode]
    return username !== undefined ? demoUserToken(username) : syntheticUser(`workstation/${cityCode}`)
  }

  // ---- indicators and scores: every firm, from its registry figures ----

  // The reporting year whose figures have reached the platform by the end: its year-end is the day the values
  // describe. A year's first figures arrive within weeks of its close, so in the new year's first month the year
  // before is still the newest (and no figure arrives before the day it describes has passed).
  const endYear = Number(shanghaiDayOf(endMs - reportingLagDays * dayMs).slice(0, 4))
  const yearEnd = `${endYear - 1}-12-31`
  const yearEndMs = Date.parse(`${yearEnd}T16:00:00Z`)
  const previousYearEnd = `${endYear - 2}-12-31`
  const indicatorRandom = random.fork('indicators')
  /** When a source's data for the year reached the platform: in spring after the year-end (tax filings close in
   * May), never after the end. */
  const arrivalOf = (fromDays: number, toDays: number) => {
    const arrivedMs = yearEndMs + indicatorRandom.integer(fromDays, toDays) * dayMs
    return new Date(
      Math.max(Math.min(arrivedMs, endMs - (1 + indicatorRandom.next() * 20) * dayMs), yearEndMs + dayMs),
    )
  }
  function record(firmId: string, user: string, value: GeneratedValue, asOf: string, recordedAt: Date) {
    out.indicatorValues.push({
      id: makeId('fiv', recordedAt.getTime()),
      firmId,
      indicatorCode: value.code,
      value: value.value,
      source: value.source,
      asOf,
      recordedByUserId: value.source === 'self_reported' ? user : null,
      recordedAt,
      isSynthetic: true,
    })
  }
  const scoredAt = new Date(endMs - 10 * minuteMs)
  const firmsList: Firm[] = []
  for (const row of input.firms) {
    if (!hasId(row) || !isStage(row.stage)) continue
    const user = userOfFirm(row.id)
    const values = indicatorsOf(row, row.stage, yearEnd, indicatorRandom)
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
    // The demo firms also have the year before, so that their score history shows a change.
    if (demoByOrganisation.has(row.id)) {
      for (const value of values) {
        if (value.code === 'revenue_growth' || value.code === 'rd_growth') continue
        const earlier =
          value.unit === 'fen'
            ? Math.round(value.value * 0.8)
            : value.unit === 'count'
              ? Math.floor(value.value * 0.7)
              : value.value
        const recordedAt = new Date(arrivals[value.source].getTime() - 365 * dayMs)
        if (earlier !== 0) record(row.id, user, { ...value, value: earlier }, previousYearEnd, recordedAt)
      }
    }
    for (const value of values) record(row.id, user, value, yearEnd, arrivals[value.source])
    const score = scoreOf(row.stage, values, defaultParameterSet)
    out.scores.push({
      firmId: row.id,
      parameterSetId: defaultParameterSet.id,
      stage: row.stage,
      totalTenths: score.totalTenths,
      computedAt: scoredAt,
    })
    firmsList.push({
      row,
      stage: row.stage,
      scoreTenths: score.totalTenths,
      user,
      match: {
        cityCode: row.cityCode,
        stage: row.stage,
        industryCode: row.industryCode,
        scoreTenths: score.totalTenths,
        isHighTech: row.isHighTech === true,
        isTechSme: row.isTechSme === true,
      },
    })
  }

  // ---- products of every institution ----

  const industryCodes = [...new Set(input.firms.map((firm) => firm.industryCode))].sort()
  const productRandom = random.fork('products')
  const demoBankId = input.demoOrganisations.get('bank.hz')
  const products: Product[] = []
  const allTemplates = Object.values(financeProductTemplates).flat()
  const templateNamed = (nameZh: string) => {
    const template = allTemplates.find((candidate) => candidate.name.zh === nameZh)
    if (template === undefined) throw new Error(`no product template ${nameZh}`)
    return template
  }
  for (const institution of input.institutions) {
    if (institution.id === undefined) continue
    const withInstitutionId = { ...institution, id: institution.id }
    const templates = financeProductTemplates[institution.kind] ?? []
    const [fewest, most] = productCountByKind[institution.kind] ?? [1, 2]
    const count = Math.min(templates.length, productRandom.integer(fewest, most))
    const chosen = productRandom.shuffle(templates).slice(0, count)
    if (institution.id === demoBankId) {
      // bank.hz lends to any firm of the corridor: a plain credit loan and an IP-pledge loan come first.
      const plain = [templateNamed('科创信用贷'), templateNamed('知识产权质押贷')]
      const rest = chosen.filter((template) => !plain.includes(template))
      for (const template of plain) products.push(makeProduct(withInstitutionId, template, true))
      for (const template of rest.slice(0, 4)) products.push(makeProduct(withInstitutionId, template, false))
      continue
    }
    for (const template of chosen) products.push(makeProduct(withInstitutionId, template, false))
  }

  function makeProduct(
    institution: InstitutionRow & { id: string },
    template: FinanceProductTemplate,
    isDemoPlain: boolean,
  ): Product {
    const home = institution.cityCode
    const citiesServed =
      isDemoPlain || productRandom.chance(0.35)
        ? [...cityCodes]
        : cityCodes.filter(
            (cityCode) =>
              cityCode === home ||
              productRandom.chance(clusterOfCity[cityCode] === clusterOfCity[home] ? 0.45 : 0.08),
          )
    const industries =
      !isDemoPlain && productRandom.chance(template.industriesChance)
        ? productRandom.shuffle(industryCodes).slice(0, productRandom.integer(1, 3)).sort()
        : []
    const amountMinYuan = roundYuan(productRandom.integer(...template.amountMinYuan))
    const amountMaxYuan = Math.max(amountMinYuan, roundYuan(productRandom.integer(...template.amountMaxYuan)))
    const isLending = lendingTypes.includes(template.productType)
    const rateCapBps =
      isLending && template.rateCapBps !== undefined
        ? round(productRandom.integer(...template.rateCapBps), 5)
        : null
    const riskSharePercent = productRandom.chance(template.riskShareChance)
      ? productRandom.pick([20, 20, 20, 10, 30, 40])
      : null
    const withdrawn = !isDemoPlain && productRandom.chance(0.03)
    const createdAtMs = workingMoment(startMs - productRandom.integer(10, 700) * dayMs)
    const updatedAtMs = withdrawn
      ? workingMoment(startMs + productRandom.integer(30, 300) * dayMs)
      : createdAtMs
    const naming = cityNaming(home)
    const prefixed = productRandom.chance(0.4)
    const nameZh = prefixed ? `${naming.company.zh}${template.name.zh}` : template.name.zh
    const nameEn = prefixed ? `${naming.company.en} ${template.name.en}` : template.name.en
    const row = withId<FinanceProductRow & { productType: ProductType }>({
      id: makeId('fprd', createdAtMs),
      institutionId: institution.id,
      cityCode: home,
      productType: template.productType,
      nameZh,
      nameEn,
      descriptionZh: template.descriptionZh,
      amountMinFen: amountMinYuan * 100,
      amountMaxFen: amountMaxYuan * 100,
      rateCapBps: isDemoPlain && isLending ? (template.productType === 'credit_loan' ? 80 : 120) : rateCapBps,
      termMinMonths: template.termMonths[0],
      termMaxMonths: template.termMonths[1],
      citiesServed,
      industries,
      stages: isDemoPlain ? [] : [...template.stages],
      minScoreTenths: isDemoPlain ? 0 : productRandom.pick(template.minScoreTenths),
      requiresHighTech: template.requiresHighTech === true,
      requiresTechSme: !isDemoPlain && productRandom.chance(template.techSmeChance ?? 0),
      riskSharePercent: isDemoPlain ? 20 : riskSharePercent,
      status: withdrawn ? 'withdrawn' : 'active',
      searchText: searchTextOf(nameZh, nameEn, institution.nameZh),
      isSynthetic: true,
      createdAt: new Date(createdAtMs),
      updatedAt: new Date(updatedAtMs),
    })
    out.products.push(row)
    return {
      row,
      institution,
      match: {
        id: row.id,
        institutionId: institution.id,
        productType: row.productType,
        amountMinFen: row.amountMinFen,
        amountMaxFen: row.amountMaxFen,
        termMinMonths: row.termMinMonths,
        termMaxMonths: row.termMaxMonths,
        rateCapBps: row.rateCapBps ?? null,
        citiesServed: row.citiesServed,
        industries: row.industries,
        stages: row.stages,
        minScoreTenths: row.minScoreTenths ?? 0,
        requiresHighTech: row.requiresHighTech === true,
        requiresTechSme: row.requiresTechSme === true,
      },
    }
  }
  const activeByType = new Map<string, Product[]>()
  for (const product of products) {
    if (product.row.status !== 'active') continue
    const list = activeByType.get(product.row.productType) ?? []
    list.push(product)
    activeByType.set(product.row.productType, list)
  }

  // ---- needs, referrals, decisions and drawdowns ----

  const flowRandom = random.fork('needs')
  const referrals: Referral[] = []

  function addNeed(
    firm: Firm,
    productType: ProductType,
    amountFen: number,
    termMonths: number,
    atMs: number,
    purpose: string,
  ) {
    const row = withId<NeedRow & { amountFen: number; termMonths: number; productType: ProductType }>({
      id: makeId('fned', atMs),
      firmId: firm.row.id,
      cityCode: firm.row.cityCode,
      productType,
      amountFen,
      termMonths,
      purpose,
      urgency: flowRandom.weightedPick(['normal', 'urgent', 'very_urgent'], [60, 30, 10]),
      status: 'open',
      createdByUserId: firm.user,
      isSynthetic: true,
      createdAt: new Date(atMs),
      updatedAt: new Date(atMs),
    })
    out.needs.push(row)
    return { row, firm, createdAtMs: atMs }
  }

  /** The active products whose hard conditions the firm and its need meet: the matcher's own filters decide. */
  function eligibleFor(
    firm: Firm,
    need: { productType: ProductType; amountFen: number; termMonths: number },
  ) {
    return (activeByType.get(need.productType) ?? []).filter(
      (product) => failedCodes(need, firm.match, product.match).length === 0,
    )
  }

  function refer(need: Need, product: Product, atMs: number): Referral {
    const failed = failedCodes(
      { productType: need.row.productType, amountFen: need.row.amountFen, termMonths: need.row.termMonths },
      need.firm.match,
      product.match,
    )
    if (failed.length > 0) throw new Error(`a seeded referral fails ${failed.join(', ')}`)
    const row = withId<ReferralRow & { status: string }>({
      id: makeId('fref', atMs),
      needId: need.row.id,
      firmId: need.firm.row.id,
      firmCityCode: need.firm.row.cityCode,
      productId: product.row.id,
      institutionId: product.institution.id,
      productType: product.row.productType,
      requestedAmountFen: need.row.amountFen,
      status: 'referred',
      consentGrantedAt: new Date(atMs),
      consentGrantedByUserId: need.firm.user,
      consentRevokedAt: null,
      approvedAmountFen: null,
      rateBps: null,
      termMonths: null,
      declineReason: null,
      decidedAt: null,
      drawnAmountFen: null,
      drawnAt: null,
      isFirstLoan: false,
      isSynthetic: true,
      createdAt: new Date(atMs),
      updatedAt: new Date(atMs),
    })
    out.referrals.push(row)
    if (need.row.status === 'open') Object.assign(need.row, { status: 'referred', updatedAt: new Date(atMs) })
    const referral: Referral = {
      row,
      need,
      product,
      createdAtMs: atMs,
      decidedAtMs: null,
      drawnAtMs: null,
      closedAtMs: null,
    }
    referrals.push(referral)
    return referral
  }

  function approve(referral: Referral, atMs: number, amountFen: number, rateBps: number | null) {
    const product = referral.product
    const isLending = lendingTypes.includes(product.row.productType)
    const cap = product.row.rateCapBps ?? 0
    Object.assign(referral.row, {
      status: 'approved',
      approvedAmountFen: clamp(amountFen, product.row.amountMinFen, product.row.amountMaxFen),
      rateBps: isLending ? clamp(rateBps ?? 0, 0, cap) : null,
      termMonths: clamp(referral.need.row.termMonths, product.row.termMinMonths, product.row.termMaxMonths),
      decidedAt: new Date(atMs),
      updatedAt: new Date(atMs),
    })
    referral.decidedAtMs = atMs
  }

  function decline(referral: Referral, atMs: number, reason: string) {
    Object.assign(referral.row, {
      status: 'declined',
      declineReason: reason,
      decidedAt: new Date(atMs),
      updatedAt: new Date(atMs),
    })
    referral.decidedAtMs = atMs
    referral.closedAtMs = atMs
  }

  function draw(referral: Referral, atMs: number, amountFen: number) {
    Object.assign(referral.row, {
      status: 'drawn',
      drawnAmountFen: amountFen,
      drawnAt: new Date(atMs),
      updatedAt: new Date(atMs),
    })
    referral.drawnAtMs = atMs
    Object.assign(referral.need.row, { status: 'closed', updatedAt: new Date(atMs) })
  }

  function withdraw(referral: Referral, atMs: number) {
    Object.assign(referral.row, { status: 'withdrawn', updatedAt: new Date(atMs) })
    if (flowRandom.chance(0.6)) referral.row.consentRevokedAt = new Date(atMs)
    referral.closedAtMs = atMs
  }

  /** What a need asks for, by type and the firm's size. */
  function needTerms(firm: Firm, productType: ProductType): { amountFen: number; termMonths: number } {
    const revenueYuan = (firm.row.revenueFen ?? 0) / 100
    const share = (low: number, high: number) => revenueYuan * (low + flowRandom.next() * (high - low))
    let yuan: number
    switch (productType) {
      case 'credit_loan':
        yuan = clamp(share(0.08, 0.35), 300_000, 30_000_000)
        break
      case 'ip_pledge_loan':
        yuan = clamp(share(0.05, 0.3), 300_000, 20_000_000)
        break
      case 'guarantee':
        yuan = clamp(share(0.05, 0.25), 200_000, 10_000_000)
        break
      case 'equity_investment': {
        const [low, high] =
          firm.stage === 'start_up'
            ? [2_000_000, 15_000_000]
            : firm.stage === 'growth'
              ? [10_000_000, 80_000_000]
              : [30_000_000, 200_000_000]
        yuan = low + flowRandom.next() * (high - low)
        break
      }
      case 'listing_guidance':
        yuan = 500_000 + flowRandom.next() * 2_500_000
        break
      case 'insurance':
        yuan = clamp(share(0.05, 0.5), 500_000, 50_000_000)
        break
      default:
        yuan = 30_000 + Math.pow(flowRandom.next(), 2) * 470_000
    }
    const terms: Record<ProductType, readonly number[]> = {
      credit_loan: [6, 12, 12, 12, 24, 36],
      ip_pledge_loan: [12, 24, 36],
      guarantee: [12, 12, 24],
      equity_investment: [60, 72, 84],
      listing_guidance: [6, 12, 18, 24],
      insurance: [12],
      legal_service: [1, 3, 6, 12],
      accounting_service: [1, 3, 6],
      ip_service: [3, 6, 12],
      hr_service: [1, 3, 6],
    }
    return { amountFen: roundYuan(yuan) * 100, termMonths: flowRandom.pick(terms[productType]) }
  }

  /** A referral's course after it is made, as far as it has got by the end. */
  function playReferral(referral: Referral, isFirstForNeed: () => boolean) {
    const product = referral.product
    const firm = referral.need.firm
    if (flowRandom.chance(0.04)) {
      const atMs = workingMoment(referral.createdAtMs + (1 + flowRandom.next() * 7) * dayMs)
      if (atMs < latestEventMs) withdraw(referral, atMs)
      return
    }
    const decideMs = workingMoment(referral.createdAtMs + (2 + flowRandom.next() * 16) * dayMs)
    if (decideMs >= latestEventMs) return
    const margin = Math.min((firm.scoreTenths - product.match.minScoreTenths) / 300, 1)
    const stageBonus = firm.stage === 'mature' ? 0.05 : firm.stage === 'start_up' ? -0.05 : 0
    const chance =
      (0.5 + 0.3 * margin + stageBonus) * (product.row.productType === 'equity_investment' ? 0.6 : 1)
    if (!flowRandom.chance(chance)) {
      decline(referral, decideMs, flowRandom.pick(declineReasons))
    } else {
      const requested = referral.need.row.amountFen
      const amountFen = flowRandom.chance(0.3)
        ? Math.max(
            product.row.amountMinFen,
            roundYuan((requested / 100) * (0.5 + 0.4 * flowRandom.next())) * 100,
          )
        : requested
      const cap = product.row.rateCapBps ?? 0
      approve(referral, decideMs, amountFen, round(cap * Math.pow(flowRandom.next(), 1.5), 5))
      if (drawableTypes.includes(product.row.productType) && isFirstForNeed() && flowRandom.chance(0.9)) {
        const drawMs = workingMoment(decideMs + (1 + flowRandom.next() * 20) * dayMs)
        const approved = referral.row.approvedAmountFen ?? 0
        if (drawMs < latestEventMs) {
          draw(
            referral,
            drawMs,
            flowRandom.chance(0.8)
              ? approved
              : Math.max(1, roundYuan((approved / 100) * (0.5 + 0.45 * flowRandom.next())) * 100),
          )
        }
      }
    }
    if (referral.decidedAtMs !== null && flowRandom.chance(0.05)) {
      const revokeMs = workingMoment(referral.decidedAtMs + (1 + flowRandom.next() * 60) * dayMs)
      if (revokeMs < latestEventMs)
        Object.assign(referral.row, { consentRevokedAt: new Date(revokeMs), updatedAt: new Date(revokeMs) })
    }
  }

  // ---- the demo accounts' own records ----

  const reservedFirmIds = new Set<string>(demoByOrganisation.keys())
  const firmById = new Map(firmsList.map((firm) => [firm.row.id, firm]))
  const scriptedCases: { firm: Firm; events: [string, number][]; referral: Referral | null }[] = []
  generateDemoScenario()

  function generateDemoScenario() {
    const moment = (daysAgo: number) => {
      const atMs = workingMoment(endMs - daysAgo * dayMs)
      return atMs < latestEventMs ? atMs : endMs - daysAgo * dayMs
    }
    const demoFirm = (username: string) => {
      const id = input.demoOrganisations.get(username)
      const firm = id !== undefined ? firmById.get(id) : undefined
      if (firm === undefined) throw new Error(`no firm for demo account ${username}`)
      return firm
    }
    const bankProducts = products.filter((product) => product.institution.id === demoBankId)
    const bankCredit = bankProducts[0]
    const bankPledge = bankProducts[1]
    if (bankCredit === undefined || bankPledge === undefined) throw new Error('the demo bank has no products')
    type Step = {
      outcome: 'pending' | 'approved' | 'declined' | 'drawn'
      decide?: number
      draw?: number
      rateBps?: number
    }
    const scripted = (
      firm: Firm,
      product: Product | undefined,
      productType: ProductType,
      amountFen: number,
      termMonths: number,
      needDaysAgo: number,
      referDaysAgo: number | null,
      step: Step,
    ) => {
      const need = addNeed(
        firm,
        productType,
        amountFen,
        termMonths,
        moment(needDaysAgo),
        flowRandom.pick(needPurposesByType[productType]),
      )
      if (product === undefined || referDaysAgo === null) return null
      // Each step some days after the one before (a weekend can push a moment past the next one's).
      const after = (previousMs: number, daysAgo: number) => Math.max(moment(daysAgo), previousMs + hourMs)
      const referral = refer(need, product, after(need.createdAtMs, referDaysAgo))
      const decidedMs = after(referral.createdAtMs, step.decide ?? 0)
      if (step.outcome === 'declined') decline(referral, decidedMs, flowRandom.pick(declineReasons))
      if (step.outcome === 'approved' || step.outcome === 'drawn')
        approve(referral, decidedMs, amountFen, step.rateBps ?? 0)
      if (step.outcome === 'drawn')
        draw(referral, after(decidedMs, step.draw ?? 0), referral.row.approvedAmountFen ?? amountFen)
      return referral
    }
    const otherFirms = (cityCode: string | null, count: number) => {
      const found = firmsList.filter(
        (firm) =>
          !reservedFirmIds.has(firm.row.id) &&
          (cityCode === null || firm.row.cityCode === cityCode) &&
          firm.row.revenueFen !== undefined &&
          firm.row.revenueFen >= 3_000_000_00,
      )
      const chosen = found.slice(0, count)
      for (const firm of chosen) reservedFirmIds.add(firm.row.id)
      return chosen
    }
    const eligibleOfType = (firm: Firm, productType: ProductType, amountFen: number, termMonths: number) =>
      eligibleFor(firm, { productType, amountFen, termMonths })[0]

    // firm.hf: an approved loan waiting to be drawn (its first loan is still ahead), a request in bank.hz's queue,
    // a declined guarantee, and a fresh need to match.
    const hefei = demoFirm('firm.hf')
    const approvedHefei = scripted(hefei, bankCredit, 'credit_loan', 2_000_000_00, 12, 45, 44, {
      outcome: 'approved',
      decide: 30,
      rateBps: 35,
    })
    scripted(hefei, bankPledge, 'ip_pledge_loan', 3_000_000_00, 24, 6, 5, { outcome: 'pending' })
    scripted(
      hefei,
      eligibleOfType(hefei, 'guarantee', 1_500_000_00, 12),
      'guarantee',
      1_500_000_00,
      12,
      120,
      118,
      {
        outcome: 'declined',
        decide: 100,
      },
    )
    scripted(hefei, undefined, 'equity_investment', 10_000_000_00, 60, 2, null, { outcome: 'pending' })
    scriptedCases.push({
      firm: hefei,
      events: [
        ['visit', moment(50)],
        ['assessment', moment(47)],
        ['referral', moment(44)],
        ['decision', moment(30)],
      ],
      referral: approvedHefei,
    })

    // firm.sh: its first loan drawn, a request pending with bank.hz, and a fresh need.
    const shanghai = demoFirm('firm.sh')
    scripted(shanghai, bankCredit, 'credit_loan', 1_000_000_00, 12, 150, 148, {
      outcome: 'drawn',
      decide: 135,
      draw: 128,
      rateBps: 20,
    })
    scripted(shanghai, bankPledge, 'ip_pledge_loan', 2_500_000_00, 24, 8, 7, { outcome: 'pending' })
    scripted(shanghai, undefined, 'credit_loan', 3_000_000_00, 24, 1, null, { outcome: 'pending' })

    // bank.hz's queue: requests from firms across the corridor, and a record of decisions behind it.
    const queueCities = ['HZ', 'SZ', 'HF', 'JX', 'SH-SJ']
    queueCities.forEach((cityCode, index) => {
      const [firm] = otherFirms(cityCode, 1)
      if (firm === undefined) return
      const pledge = index % 2 === 1
      scripted(
        firm,
        pledge ? bankPledge : bankCredit,
        pledge ? 'ip_pledge_loan' : 'credit_loan',
        (1 + index) * 1_000_000_00,
        12 + 12 * (index % 2),
        3 + index * 3,
        2 + index * 3,
        {
          outcome: 'pending',
        },
      )
    })
    const history: Step[] = [
      { outcome: 'drawn', decide: 80, draw: 75, rateBps: 30 },
      { outcome: 'approved', decide: 40, rateBps: 45 },
      { outcome: 'declined', decide: 70 },
      { outcome: 'drawn', decide: 160, draw: 150, rateBps: 15 },
    ]
    history.forEach((step, index) => {
      const [firm] = otherFirms(cityCodes[index % cityCodes.length] ?? 'HZ', 1)
      if (firm === undefined) return
      const days = (step.decide ?? 30) + 12
      scripted(firm, bankCredit, 'credit_loan', (2 + index) * 500_000_00, 12, days + 2, days, step)
    })

    // station.hf: Hefei firms at every stage of a case.
    const [visit, assessment, referred, drawn, closed] = otherFirms('HF', 5)
    if (visit !== undefined)
      scriptedCases.push({ firm: visit, events: [['visit', moment(3)]], referral: null })
    if (assessment !== undefined) {
      scriptedCases.push({
        firm: assessment,
        events: [
          ['visit', moment(20)],
          ['assessment', moment(15)],
        ],
        referral: null,
      })
    }
    if (referred !== undefined) {
      const referral = scripted(referred, bankCredit, 'credit_loan', 1_500_000_00, 12, 11, 10, {
        outcome: 'pending',
      })
      scriptedCases.push({
        firm: referred,
        events: [
          ['visit', moment(25)],
          ['assessment', moment(20)],
          ['referral', moment(10)],
        ],
        referral,
      })
    }
    if (drawn !== undefined) {
      const referral = scripted(drawn, bankCredit, 'credit_loan', 2_000_000_00, 24, 70, 68, {
        outcome: 'drawn',
        decide: 50,
        draw: 30,
        rateBps: 25,
      })
      scriptedCases.push({
        firm: drawn,
        events: [
          ['visit', moment(90)],
          ['assessment', moment(80)],
          ['referral', moment(68)],
          ['decision', moment(50)],
          ['drawdown', moment(30)],
        ],
        referral,
      })
    }
    if (closed !== undefined) {
      scriptedCases.push({
        firm: closed,
        events: [
          ['visit', moment(120)],
          ['assessment', moment(115)],
          ['closed', moment(100)],
        ],
        referral: null,
      })
    }
  }

  // ---- the period's needs, more of them as time goes on ----

  const needFirms = firmsList.filter((firm) => !reservedFirmIds.has(firm.row.id))
  const stageWeight: Record<FirmStage, number> = { start_up: 1.3, growth: 1.2, mature: 0.8 }
  const sizeWeight: Record<string, number> = { micro: 0.8, small: 1.2, medium: 1, large: 0.5 }
  const needCount = Math.round(needFirms.length * input.figures.needShare)
  const needFirmWeights = needFirms.map(
    (firm) =>
      stageWeight[firm.stage] * (sizeWeight[firm.row.size] ?? 1) * (firm.row.isTechSme === true ? 1.2 : 1),
  )
  const cumulative: number[] = []
  let weightTotal = 0
  for (const weight of needFirmWeights) {
    weightTotal += weight
    cumulative.push(weightTotal)
  }
  const pickNeedFirm = () => {
    const target = flowRandom.next() * weightTotal
    let low = 0
    let high = cumulative.length - 1
    while (low < high) {
      const middle = (low + high) >> 1
      if ((cumulative[middle] ?? 0) > target) high = middle
      else low = middle + 1
    }
    return needFirms[low]
  }
  const needs: Need[] = []
  // Linear growth of the monthly flow: the last months see 2.2 times the first months' needs.
  const densityLow = 0.6
  const densityHigh = 1.3
  for (let index = 0; index < needCount; index++) {
    const firm = pickNeedFirm()
    if (firm === undefined) break
    const u = flowRandom.next()
    const position =
      (Math.sqrt(densityLow * densityLow + (densityHigh * densityHigh - densityLow * densityLow) * u) -
        densityLow) /
      (densityHigh - densityLow)
    const atMs = workingMoment(startMs + position * windowDays * dayMs)
    if (atMs >= latestEventMs - hourMs) continue
    const weights = needTypeWeightsByStage[firm.stage]
    const types = Object.keys(weights) as ProductType[]
    const productType = flowRandom.weightedPick(
      types,
      types.map((type) => weights[type] ?? 0),
    )
    const terms = needTerms(firm, productType)
    needs.push(
      addNeed(
        firm,
        productType,
        terms.amountFen,
        terms.termMonths,
        atMs,
        flowRandom.pick(needPurposesByType[productType]),
      ),
    )
  }
  for (const need of needs) {
    const eligible = eligibleFor(need.firm, need.row)
    if (eligible.length === 0) {
      // Nothing fits: the firm sees near misses; an old need it gives up on is closed.
      if (need.createdAtMs < endMs - 60 * dayMs && flowRandom.chance(0.4)) {
        Object.assign(need.row, {
          status: 'closed',
          updatedAt: new Date(workingMoment(need.createdAtMs + (20 + flowRandom.next() * 30) * dayMs)),
        })
      }
      continue
    }
    const ranked = rank(
      { productType: need.row.productType, amountFen: need.row.amountFen, termMonths: need.row.termMonths },
      need.firm.match,
      eligible.map((product) => product.match),
      new Map(),
      5,
    )
    const byId = new Map(eligible.map((product) => [product.row.id, product]))
    const top = ranked
    const count = Math.min(top.length, flowRandom.weightedPick([1, 2, 3], [70, 25, 5]))
    const chosen = new Set<string>()
    while (chosen.size < count) {
      const match = flowRandom.weightedPick(top, [5, 3, 2, 1, 1].slice(0, top.length))
      chosen.add(match.productId)
    }
    let atMs = workingMoment(need.createdAtMs + (0.05 + flowRandom.next() * 6) * dayMs)
    let drawnForNeed = false
    for (const productId of [...chosen]) {
      const product = byId.get(productId)
      // A drawn loan closes the need: no referral follows it.
      if (product === undefined || atMs >= latestEventMs || need.row.status === 'closed') break
      const referral = refer(need, product, atMs)
      playReferral(referral, () => !drawnForNeed)
      if (referral.row.status === 'drawn') drawnForNeed = true
      atMs = workingMoment(atMs + flowRandom.next() * 3 * dayMs)
    }
  }

  // ---- first loans: a firm's first drawn loan in time, and no other ----

  const drawnLoans = referrals
    .filter(
      (referral) => referral.drawnAtMs !== null && lendingTypes.includes(referral.product.row.productType),
    )
    .sort((a, b) => (a.drawnAtMs ?? 0) - (b.drawnAtMs ?? 0) || (a.row.id < b.row.id ? -1 : 1))
  const borrowed = new Set<string>()
  for (const referral of drawnLoans) {
    referral.row.isFirstLoan = !borrowed.has(referral.row.firmId)
    borrowed.add(referral.row.firmId)
  }

  // ---- workstation cases ----

  const caseRandom = random.fork('cases')
  const referralsByNeed = new Map<string, Referral[]>()
  for (const referral of referrals) {
    referralsByNeed.set(referral.need.row.id, [
      ...(referralsByNeed.get(referral.need.row.id) ?? []),
      referral,
    ])
  }
  for (const scriptedCase of scriptedCases)
    addCase(scriptedCase.firm, scriptedCase.events, scriptedCase.referral)
  for (const need of needs) {
    if (!caseRandom.chance(input.figures.caseShare)) continue
    const visitMs = workingMoment(need.createdAtMs - (3 + caseRandom.next() * 27) * dayMs)
    const events: [string, number][] = [['visit', visitMs]]
    let previousMs = visitMs
    const push = (stage: string, atMs: number) => {
      const at = Math.max(atMs, previousMs + hourMs)
      if (at >= latestEventMs) return false
      events.push([stage, at])
      previousMs = at
      return true
    }
    const first = referralsByNeed.get(need.row.id)?.[0] ?? null
    const assessedMs = workingMoment(visitMs + (2 + caseRandom.next() * 6) * dayMs)
    if (!push('assessment', first === null ? assessedMs : Math.min(assessedMs, first.createdAtMs - hourMs))) {
      addCase(need.firm, events, null)
      continue
    }
    if (first === null) {
      if (caseRandom.chance(0.5))
        push('closed', workingMoment(previousMs + (10 + caseRandom.next() * 30) * dayMs))
      addCase(need.firm, events, null)
      continue
    }
    if (
      push('referral', first.createdAtMs) &&
      first.decidedAtMs !== null &&
      push('decision', first.decidedAtMs)
    ) {
      if (first.drawnAtMs !== null) {
        if (push('drawdown', first.drawnAtMs) && caseRandom.chance(0.5)) {
          push('closed', workingMoment(first.drawnAtMs + (15 + caseRandom.next() * 45) * dayMs))
        }
      } else if (first.row.status === 'declined' && caseRandom.chance(0.7)) {
        push('closed', workingMoment(first.decidedAtMs + (2 + caseRandom.next() * 18) * dayMs))
      }
    } else if (first.closedAtMs !== null && first.row.status === 'withdrawn') {
      push('closed', workingMoment(first.closedAtMs + (1 + caseRandom.next() * 9) * dayMs))
    }
    addCase(need.firm, events, first)
  }
  // Visits that led nowhere yet: firms the workstations called on without a need on the platform.
  const visitOnly = Math.round(out.cases.length * 0.25)
  for (let index = 0; index < visitOnly; index++) {
    const firm = caseRandom.pick(needFirms)
    const visitMs = workingMoment(startMs + caseRandom.next() * (windowDays - 1) * dayMs)
    if (visitMs >= latestEventMs) continue
    const events: [string, number][] = [['visit', visitMs]]
    const assessedMs = workingMoment(visitMs + (2 + caseRandom.next() * 8) * dayMs)
    if (assessedMs < latestEventMs && caseRandom.chance(0.6)) {
      events.push(['assessment', assessedMs])
      const closedMs = workingMoment(assessedMs + (10 + caseRandom.next() * 40) * dayMs)
      if (closedMs < latestEventMs && caseRandom.chance(0.5)) events.push(['closed', closedMs])
    }
    addCase(firm, events, null)
  }

  function addCase(firm: Firm, events: readonly [string, number][], referral: Referral | null) {
    const [created] = events
    if (created === undefined) return
    const officer = workstationOf(firm.row.cityCode)
    const id = makeId('fcas', created[1])
    const last = events[events.length - 1] ?? created
    const stage = last[0]
    const reachedReferral = events.some(([name]) => name === 'referral')
    out.cases.push({
      id,
      cityCode: firm.row.cityCode,
      firmId: firm.row.id,
      officerUserId: officer,
      stage,
      dueOn: stage === 'closed' ? null : shanghaiDayOf(last[1] + (5 + caseRandom.next() * 20) * dayMs),
      referralId: reachedReferral && referral !== null ? referral.row.id : null,
      summary: caseRandom.pick(caseSummaries),
      isSynthetic: true,
      createdAt: new Date(created[1]),
      updatedAt: new Date(last[1]),
    })
    for (const [noteStage, atMs] of events.slice(1)) {
      out.caseNotes.push({
        id: makeId('fcnt', atMs),
        caseId: id,
        authorUserId: officer,
        stage: noteStage,
        text: caseRandom.pick(caseNotesByStage[noteStage] ?? ['跟进中']),
        createdAt: new Date(atMs),
      })
    }
  }

  return out
}

interface GeneratedValue extends IndicatorValue {
  source: IndicatorSource
  unit: 'fen' | 'percent' | 'count'
}

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

/**
 * The indicators of a firm's year that reach the platform, from its registry figures: tax and IP-office data for
 * every firm; the statistics bureau's annual survey (and audited accounts) for firms above the reporting threshold
 * where the city shares it; what some smaller firms report themselves. Only values that are not zero are recorded.
 */
function indicatorsOf(
  firm: FirmRow & { id: string },
  stage: FirmStage,
  asOf: string,
  random: Random,
): GeneratedValue[] {
  const values: GeneratedValue[] = []
  const add = (code: IndicatorCode, value: number, source: IndicatorSource, unit: GeneratedValue['unit']) => {
    if (value !== 0 && Number.isFinite(value)) values.push({ code, value, source, asOf, unit })
  }
  const revenueFen = firm.revenueFen ?? 0
  const researchFen = firm.researchSpendFen ?? 0
  const staff = firm.staffCount ?? 0
  const aboveScale = revenueFen >= aboveScaleFen
  const surveyed = aboveScale && random.chance(statisticsCoverageByCity[firm.cityCode] ?? 0.6)
  const isLeading = firm.isLeading === true
  const [growthMean, growthSpread] = growthByStage[stage]
  const [returnMean, returnSpread] = returnByStage[stage]

  // Tax filings: revenue and R&D spend, their ratio, and the super-deduction claimed on it.
  add('revenue', revenueFen, 'tax_bureau', 'fen')
  add('rd_spend', researchFen, 'tax_bureau', 'fen')
  add('rd_intensity', revenueFen > 0 ? percent((researchFen / revenueFen) * 100) : 0, 'tax_bureau', 'percent')
  if (aboveScale || random.chance(0.3)) {
    add('rd_super_deduction', Math.round(researchFen * (0.85 + 0.15 * random.next())), 'tax_bureau', 'fen')
  }
  if (aboveScale && !surveyed) {
    add('revenue_growth', percentAround(random, growthMean, growthSpread, -40, 200), 'tax_bureau', 'percent')
  }
  // The IP office: invention patent applications in the year, about as many as the R&D spend buys.
  const researchMillions = researchFen / 100_000_000
  const patents = Math.max(
    0,
    Math.round(1.4 * Math.pow(researchMillions, 0.6) * Math.exp(0.6 * gaussian(random)) - 0.3),
  )
  add('invention_patents', patents, 'ip_office', 'count')
  if (patents > 2 && random.chance(aboveScale ? 0.35 : 0.1)) {
    add(
      'pct_applications',
      Math.max(1, Math.round(patents * (0.05 + 0.25 * random.next()))),
      'ip_office',
      'count',
    )
  }
  if (surveyed) {
    add(
      'revenue_growth',
      percentAround(random, growthMean, growthSpread, -40, 200),
      'statistics_bureau',
      'percent',
    )
    add(
      'rd_growth',
      percentAround(random, growthMean + 5, growthSpread, -50, 300),
      'statistics_bureau',
      'percent',
    )
    add(
      'high_tech_revenue',
      round(revenueFen * (0.6 + 0.35 * random.next()), 100_00),
      'statistics_bureau',
      'fen',
    )
    add('st_staff_share', percentAround(random, 28, 12, 10, 80), 'statistics_bureau', 'percent')
    add('postgraduate_share', percentAround(random, 10, 6, 1, 45), 'statistics_bureau', 'percent')
    add(
      'return_on_net_assets',
      percentAround(random, returnMean, returnSpread, -40, 45),
      'audited_report',
      'percent',
    )
    add('graduates_hired', Math.round(staff * (0.01 + 0.07 * random.next())), 'statistics_bureau', 'count')
    if (random.chance(0.35)) {
      add(
        'tech_contract_turnover',
        round(revenueFen * (0.01 + 0.14 * random.next()), 100_00),
        'statistics_bureau',
        'fen',
      )
    }
  } else if (!aboveScale && random.chance(0.15)) {
    // Some smaller firms fill in what the platform cannot fetch.
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
  // Platforms, awards, talents and standards: leading firms have most of them, small firms rarely any.
  const band = isLeading ? 0 : aboveScale ? 1 : 2
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
  return values
}
