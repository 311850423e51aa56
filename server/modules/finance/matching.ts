// Matching as a pure function: hard eligibility filters first, each failure named; then a transparent ranking of
// what passes, every component's share shown. Near misses say which conditions they failed.
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

const yuan = (fen: number) => `¥${(fen / 100).toLocaleString('en-US', { maximumFractionDigits: 2 })}`

export function failedConditions(need: MatchNeed, firm: MatchFirm, product: MatchProduct): FailedCondition[] {
  const failed: FailedCondition[] = []
  const fail = (code: FilterCode, required: string, actual: string) => failed.push({ code, required, actual })
  if (product.productType !== need.productType) fail('type', product.productType, need.productType)
  if (need.amountFen < product.amountMinFen)
    fail('amount_below_minimum', `≥ ${yuan(product.amountMinFen)}`, yuan(need.amountFen))
  if (need.amountFen > product.amountMaxFen)
    fail('amount_above_maximum', `≤ ${yuan(product.amountMaxFen)}`, yuan(need.amountFen))
  if (need.termMonths < product.termMinMonths || need.termMonths > product.termMaxMonths) {
    fail(
      'term_out_of_range',
      `${product.termMinMonths}–${product.termMaxMonths} months`,
      `${need.termMonths} months`,
    )
  }
  if (!product.citiesServed.includes(firm.cityCode))
    fail('city_not_served', product.citiesServed.join(','), firm.cityCode)
  if (product.stages.length > 0 && !product.stages.includes(firm.stage))
    fail('stage_not_accepted', product.stages.join(','), firm.stage)
  if (product.industries.length > 0 && !product.industries.includes(firm.industryCode)) {
    fail('industry_not_accepted', product.industries.join(','), firm.industryCode)
  }
  if (firm.scoreTenths < product.minScoreTenths) {
    fail('score_below_minimum', `≥ ${product.minScoreTenths / 10}`, `${firm.scoreTenths / 10}`)
  }
  if (product.requiresHighTech && !firm.isHighTech)
    fail('high_tech_required', 'high-tech firm', 'not certified')
  if (product.requiresTechSme && !firm.isTechSme) fail('tech_sme_required', 'tech SME', 'not certified')
  return failed
}

/** 1 at the middle of [low, high], falling to 0.5 at either end. */
function fitWithin(value: number, low: number, high: number): number {
  if (high <= low) return 1
  const middle = (low + high) / 2
  return 1 - (Math.abs(value - middle) / ((high - low) / 2)) * 0.5
}

export function rank(
  need: MatchNeed,
  firm: MatchFirm,
  eligible: readonly MatchProduct[],
  approvalRateByInstitution: ReadonlyMap<string, { approved: number; decided: number }>,
): Match[] {
  const caps = eligible.flatMap((product) => (product.rateCapBps === null ? [] : [product.rateCapBps]))
  const lowestCap = Math.min(...caps)
  const highestCap = Math.max(...caps)
  const isLending = lendingTypes.includes(need.productType)
  const matches = eligible.map((product): Match => {
    const outcomes = approvalRateByInstitution.get(product.institutionId)
    const values: Record<RankingComponent, number> = {
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
    const components = (Object.keys(rankingWeights) as RankingComponent[]).map((component) => {
      const value = Math.round(values[component] * 1000) / 1000
      return {
        component,
        weight: rankingWeights[component],
        value,
        points: Math.round(rankingWeights[component] * value * 10) / 10,
      }
    })
    const rankScore = Math.round(components.reduce((sum, component) => sum + component.points, 0) * 10) / 10
    return { productId: product.id, rankScore, components }
  })
  return matches.sort(
    (left, right) => right.rankScore - left.rankScore || left.productId.localeCompare(right.productId),
  )
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
  const nearMisses: NearMiss[] = []
  for (const product of products) {
    const failed = failedConditions(need, firm, product)
    if (failed.length === 0) eligible.push(product)
    else if (
      failed.length <= limits.nearMissFailuresMax &&
      !failed.some((condition) => condition.code === 'type')
    ) {
      nearMisses.push({ productId: product.id, failed })
    }
  }
  nearMisses.sort(
    (left, right) =>
      left.failed.length - right.failed.length || left.productId.localeCompare(right.productId),
  )
  return {
    matches: rank(need, firm, eligible, approvalRateByInstitution).slice(0, limits.matches),
    nearMisses: nearMisses.slice(0, limits.nearMisses),
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

/** The firm's best `count` products by fit among those whose firm conditions it meets, best first. */
export function topSuggestions(
  firm: MatchFirm,
  products: readonly SuggestionProduct[],
  count: number,
): { productId: string; fitTenths: number }[] {
  const best: { productId: string; fitTenths: number }[] = []
  for (const product of products) {
    if (!product.cities.has(firm.cityCode)) continue
    if (product.stages !== null && !product.stages.has(firm.stage)) continue
    if (product.industries !== null && !product.industries.has(firm.industryCode)) continue
    if (firm.scoreTenths < product.minScoreTenths) continue
    if ((product.requiresHighTech && !firm.isHighTech) || (product.requiresTechSme && !firm.isTechSme))
      continue
    const margin = Math.min((firm.scoreTenths - product.minScoreTenths) / 200, 1)
    const fitTenths = product.fixedTenths + Math.round(margin * 400)
    const last = best[best.length - 1]
    if (best.length === count && last !== undefined && last.fitTenths >= fitTenths) continue
    let position = best.length
    while (position > 0 && (best[position - 1]?.fitTenths ?? 0) < fitTenths) position--
    best.splice(position, 0, { productId: product.id, fitTenths })
    if (best.length > count) best.pop()
  }
  return best
}
