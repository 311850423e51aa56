// Matching as a pure function: hard eligibility filters first, each failure named; then a transparent ranking of
// what passes, every component's share shown. Near misses say which conditions they failed.
import { formatYuan } from '../../platform/money'
import type { FirmStage, ProductType } from './finance.reference'
import { lendingTypes } from './finance.reference'

export interface MatchFirm {
  cityCode: string
  stage: FirmStage
  industryCode: string
  scoreTenths: number
  isHighTech: boolean
  isTechSme: boolean
}

export interface MatchNeed {
  productType: ProductType
  amountFen: number
  termMonths: number
}

export interface MatchProduct {
  id: string
  institutionId: string
  productType: string
  amountMinFen: number
  amountMaxFen: number
  termMinMonths: number
  termMaxMonths: number
  rateCapBps: number | null
  citiesServed: readonly string[]
  industries: readonly string[]
  stages: readonly string[]
  minScoreTenths: number
  requiresHighTech: boolean
  requiresTechSme: boolean
}

export const filterCodes = [
  'type',
  'amount_below_minimum',
  'amount_above_maximum',
  'term_out_of_range',
  'city_not_served',
  'stage_not_accepted',
  'industry_not_accepted',
  'score_below_minimum',
  'high_tech_required',
  'tech_sme_required',
] as const
export type FilterCode = (typeof filterCodes)[number]

export interface FailedCondition {
  code: FilterCode
  required: string
  actual: string
}

/** The ranking's components and their weights (points out of 100). */
export const rankingWeights = {
  amountFit: 25,
  rate: 20,
  termFit: 15,
  scoreMargin: 20,
  specificity: 10,
  pastOutcomes: 10,
} as const
export type RankingComponent = keyof typeof rankingWeights

export interface Match {
  productId: string
  /** 0 to 100, one decimal */
  rankScore: number
  components: { component: RankingComponent; weight: number; value: number; points: number }[]
}

export interface NearMiss {
  productId: string
  failed: FailedCondition[]
}

/** Decisions an institution needs before its approval rate counts; fewer and it is taken as even. */
export const outcomeDecisionsMin = 3

const yuan = (fen: number) => formatYuan(fen, 0)

/** The codes of the conditions a product's terms fail for this need and firm, in a fixed order; no words yet. */
export function failedCodes(need: MatchNeed, firm: MatchFirm, product: MatchProduct): FilterCode[] {
  const failed: FilterCode[] = []
  if (product.productType !== need.productType) failed.push('type')
  if (need.amountFen < product.amountMinFen) failed.push('amount_below_minimum')
  if (need.amountFen > product.amountMaxFen) failed.push('amount_above_maximum')
  if (need.termMonths < product.termMinMonths || need.termMonths > product.termMaxMonths)
    failed.push('term_out_of_range')
  if (!product.citiesServed.includes(firm.cityCode)) failed.push('city_not_served')
  if (product.stages.length > 0 && !product.stages.includes(firm.stage)) failed.push('stage_not_accepted')
  if (product.industries.length > 0 && !product.industries.includes(firm.industryCode))
    failed.push('industry_not_accepted')
  if (firm.scoreTenths < product.minScoreTenths) failed.push('score_below_minimum')
  if (product.requiresHighTech && !firm.isHighTech) failed.push('high_tech_required')
  if (product.requiresTechSme && !firm.isTechSme) failed.push('tech_sme_required')
  return failed
}

/** What a failed condition required and what the need or firm has, in words. */
function describeFailure(
  code: FilterCode,
  need: MatchNeed,
  firm: MatchFirm,
  product: MatchProduct,
): FailedCondition {
  switch (code) {
    case 'type':
      return { code, required: product.productType, actual: need.productType }
    case 'amount_below_minimum':
      return { code, required: `≥ ${yuan(product.amountMinFen)}`, actual: yuan(need.amountFen) }
    case 'amount_above_maximum':
      return { code, required: `≤ ${yuan(product.amountMaxFen)}`, actual: yuan(need.amountFen) }
    case 'term_out_of_range':
      return {
        code,
        required: `${product.termMinMonths}–${product.termMaxMonths} months`,
        actual: `${need.termMonths} months`,
      }
    case 'city_not_served':
      return { code, required: product.citiesServed.join(','), actual: firm.cityCode }
    case 'stage_not_accepted':
      return { code, required: product.stages.join(','), actual: firm.stage }
    case 'industry_not_accepted':
      return { code, required: product.industries.join(','), actual: firm.industryCode }
    case 'score_below_minimum':
      return { code, required: `≥ ${product.minScoreTenths / 10}`, actual: `${firm.scoreTenths / 10}` }
    case 'high_tech_required':
      return { code, required: 'high-tech firm', actual: 'not certified' }
    case 'tech_sme_required':
      return { code, required: 'tech SME', actual: 'not certified' }
  }
}

export function failedConditions(need: MatchNeed, firm: MatchFirm, product: MatchProduct): FailedCondition[] {
  return failedCodes(need, firm, product).map((code) => describeFailure(code, need, firm, product))
}

/** 1 at the middle of [low, high], falling to 0.5 at either end. */
function fitWithin(value: number, low: number, high: number): number {
  if (high <= low) return 1
  const middle = (low + high) / 2
  return 1 - (Math.abs(value - middle) / ((high - low) / 2)) * 0.5
}

const rankingComponents = Object.keys(rankingWeights) as RankingComponent[]

/**
 * Eligible products ranked best first (ties by id), at most `count`. Every product's score is worked out; the
 * component breakdown is built only for those returned.
 */
export function rank(
  need: MatchNeed,
  firm: MatchFirm,
  eligible: readonly MatchProduct[],
  approvalRateByInstitution: ReadonlyMap<string, { approved: number; decided: number }>,
  count: number = eligible.length,
): Match[] {
  const caps = eligible.flatMap((product) => (product.rateCapBps === null ? [] : [product.rateCapBps]))
  const lowestCap = Math.min(...caps)
  const highestCap = Math.max(...caps)
  const isLending = lendingTypes.includes(need.productType)
  const valuesOf = (product: MatchProduct): Record<RankingComponent, number> => {
    const outcomes = approvalRateByInstitution.get(product.institutionId)
    return {
      amountFit: fitWithin(need.amountFen, product.amountMinFen, product.amountMaxFen),
      rate:
        !isLending || product.rateCapBps === null || highestCap === lowestCap
          ? 1
          : 1 - (product.rateCapBps - lowestCap) / (highestCap - lowestCap),
      termFit: fitWithin(need.termMonths, product.termMinMonths, product.termMaxMonths),
      scoreMargin: Math.min((firm.scoreTenths - product.minScoreTenths) / 200, 1),
      specificity:
        (product.industries.length > 0 ? 0.5 : 0) +
        (product.stages.length > 0 && product.stages.length < 3 ? 0.5 : 0),
      pastOutcomes:
        outcomes === undefined || outcomes.decided < outcomeDecisionsMin
          ? 0.5
          : outcomes.approved / outcomes.decided,
    }
  }
  // Each component is rounded as shown (value to 0.001, points to 0.1), so the score is the sum of what is shown.
  const shownValue = (value: number) => Math.round(value * 1000) / 1000
  const shownPoints = (component: RankingComponent, value: number) =>
    Math.round(rankingWeights[component] * shownValue(value) * 10) / 10
  const componentsOf = (values: Record<RankingComponent, number>) =>
    rankingComponents.map((component) => ({
      component,
      weight: rankingWeights[component],
      value: shownValue(values[component]),
      points: shownPoints(component, values[component]),
    }))
  const scored = eligible.map((product) => {
    const values = valuesOf(product)
    let points = 0
    for (const component of rankingComponents) points += shownPoints(component, values[component])
    return { product, values, rankScore: Math.round(points * 10) / 10 }
  })
  scored.sort(
    (left, right) => right.rankScore - left.rankScore || left.product.id.localeCompare(right.product.id),
  )
  return scored.slice(0, count).map(({ product, values, rankScore }) => ({
    productId: product.id,
    rankScore,
    components: componentsOf(values),
  }))
}

/** Everything the matcher says about one need: ranked matches, and near misses with their failed conditions. */
export function matchNeed(
  need: MatchNeed,
  firm: MatchFirm,
  products: readonly MatchProduct[],
  approvalRateByInstitution: ReadonlyMap<string, { approved: number; decided: number }>,
  limits: { matches: number; nearMisses: number; nearMissFailuresMax: number },
): { matches: Match[]; nearMisses: NearMiss[]; consideredCount: number } {
  const eligible: MatchProduct[] = []
  const nearMisses: { product: MatchProduct; failed: FilterCode[] }[] = []
  for (const product of products) {
    const failed = failedCodes(need, firm, product)
    if (failed.length === 0) eligible.push(product)
    else if (failed.length <= limits.nearMissFailuresMax && !failed.includes('type')) {
      nearMisses.push({ product, failed })
    }
  }
  nearMisses.sort(
    (left, right) =>
      left.failed.length - right.failed.length || left.product.id.localeCompare(right.product.id),
  )
  return {
    matches: rank(need, firm, eligible, approvalRateByInstitution, limits.matches),
    // Only the near misses shown are put into words.
    nearMisses: nearMisses.slice(0, limits.nearMisses).map(({ product, failed }) => ({
      productId: product.id,
      failed: failed.map((code) => describeFailure(code, need, firm, product)),
    })),
    consideredCount: products.length,
  }
}

// ---- suggestions for every firm: the same firm conditions, lean enough for 29,000 firms × 2,000 products ----

export interface SuggestionProduct {
  id: string
  cities: ReadonlySet<string>
  stages: ReadonlySet<string> | null
  industries: ReadonlySet<string> | null
  minScoreTenths: number
  requiresHighTech: boolean
  requiresTechSme: boolean
  /** specificity and past outcomes, which do not depend on the firm: up to 600 tenths */
  fixedTenths: number
}

/** Suggestion fit (tenths): score margin up to 400, specificity up to 300, the institution's approvals up to 300. */
export function prepareForSuggestions(
  products: readonly MatchProduct[],
  approvalRateByInstitution: ReadonlyMap<string, { approved: number; decided: number }>,
): SuggestionProduct[] {
  return products.map((product) => {
    const outcomes = approvalRateByInstitution.get(product.institutionId)
    const approvalRate =
      outcomes === undefined || outcomes.decided < outcomeDecisionsMin
        ? 0.5
        : outcomes.approved / outcomes.decided
    const specificity =
      (product.industries.length > 0 ? 0.5 : 0) +
      (product.stages.length > 0 && product.stages.length < 3 ? 0.5 : 0)
    return {
      id: product.id,
      cities: new Set(product.citiesServed),
      stages: product.stages.length > 0 ? new Set(product.stages) : null,
      industries: product.industries.length > 0 ? new Set(product.industries) : null,
      minScoreTenths: product.minScoreTenths,
      requiresHighTech: product.requiresHighTech,
      requiresTechSme: product.requiresTechSme,
      fixedTenths: Math.round(specificity * 300 + approvalRate * 300),
    }
  })
}

/** Above any fit: what a product made for the firm's industry is ranked by, on top of its fit. */
const ownIndustryTenths = 10_000

/**
 * The firm's best `count` products among those whose firm conditions it meets, best first: the products made for its
 * industry before the general ones (a chip firm is offered its industry's loan before an HR service), each group by
 * fit.
 */
export function topSuggestions(
  firm: MatchFirm,
  products: readonly SuggestionProduct[],
  count: number,
): { productId: string; fitTenths: number }[] {
  const best: { productId: string; fitTenths: number; rankTenths: number }[] = []
  for (const product of products) {
    if (!product.cities.has(firm.cityCode)) continue
    if (product.stages !== null && !product.stages.has(firm.stage)) continue
    if (product.industries !== null && !product.industries.has(firm.industryCode)) continue
    if (firm.scoreTenths < product.minScoreTenths) continue
    if ((product.requiresHighTech && !firm.isHighTech) || (product.requiresTechSme && !firm.isTechSme))
      continue
    const margin = Math.min((firm.scoreTenths - product.minScoreTenths) / 200, 1)
    const fitTenths = product.fixedTenths + Math.round(margin * 400)
    // a product with industries passed the filter above only if they include the firm's
    const rankTenths = fitTenths + (product.industries !== null ? ownIndustryTenths : 0)
    const last = best[best.length - 1]
    if (best.length === count && last !== undefined && last.rankTenths >= rankTenths) continue
    let position = best.length
    while (position > 0 && (best[position - 1]?.rankTenths ?? 0) < rankTenths) position--
    best.splice(position, 0, { productId: product.id, fitTenths, rankTenths })
    if (best.length > count) best.pop()
  }
  return best.map(({ productId, fitTenths }) => ({ productId, fitTenths }))
}
