import { describe, expect, it } from 'vitest'
import {
  failedConditions,
  matchNeed,
  prepareForSuggestions,
  topSuggestions,
  type MatchFirm,
  type MatchProduct,
} from './matching'

const firm: MatchFirm = {
  cityCode: 'HF',
  stage: 'growth',
  industryCode: 'ic',
  scoreTenths: 450,
  isHighTech: true,
  isTechSme: false,
}
const need = { productType: 'credit_loan' as const, amountFen: 3_000_000_00, termMonths: 12 }
const base: MatchProduct = {
  id: 'p_ok',
  institutionId: 'inst_a',
  productType: 'credit_loan',
  amountMinFen: 1_000_000_00,
  amountMaxFen: 5_000_000_00,
  termMinMonths: 6,
  termMaxMonths: 36,
  rateCapBps: 100,
  citiesServed: ['HF', 'SZ'],
  industries: [],
  stages: [],
  minScoreTenths: 300,
  requiresHighTech: false,
  requiresTechSme: false,
}

describe('hard filters', () => {
  it('each excludes what it should, naming the condition, what it needs and what the firm has', () => {
    const cases: [Partial<MatchProduct>, string][] = [
      [{ productType: 'guarantee' }, 'type'],
      [{ amountMinFen: 4_000_000_00 }, 'amount_below_minimum'],
      [{ amountMaxFen: 2_000_000_00 }, 'amount_above_maximum'],
      [{ termMinMonths: 24 }, 'term_out_of_range'],
      [{ citiesServed: ['SZ'] }, 'city_not_served'],
      [{ stages: ['start_up'] }, 'stage_not_accepted'],
      [{ industries: ['bio'] }, 'industry_not_accepted'],
      [{ minScoreTenths: 500 }, 'score_below_minimum'],
      [{ requiresTechSme: true }, 'tech_sme_required'],
    ]
    for (const [change, code] of cases) {
      expect(failedConditions(need, firm, { ...base, ...change }).map((failed) => failed.code)).toEqual([
        code,
      ])
    }
    expect(failedConditions(need, firm, { ...base, minScoreTenths: 500 })[0]).toEqual({
      code: 'score_below_minimum',
      required: '≥ 50',
      actual: '45',
    })
    expect(failedConditions(need, firm, { ...base, requiresHighTech: true })).toEqual([])
  })
})

describe('ranking', () => {
  it('ranks the lower rate cap first and explains every component; near misses list their failures', () => {
    const products = [
      { ...base, id: 'p_dear', rateCapBps: 300 },
      { ...base, id: 'p_cheap', rateCapBps: 50 },
      { ...base, id: 'p_far', citiesServed: ['SZ'] },
      { ...base, id: 'p_other_type', productType: 'insurance' },
    ]
    const result = matchNeed(need, firm, products, new Map(), {
      matches: 10,
      nearMisses: 10,
      nearMissFailuresMax: 2,
    })
    expect(result.matches.map((match) => match.productId)).toEqual(['p_cheap', 'p_dear'])
    const [first] = result.matches
    expect(first?.components.map((component) => component.component)).toEqual([
      'amountFit',
      'rate',
      'termFit',
      'scoreMargin',
      'specificity',
      'pastOutcomes',
    ])
    expect(first?.rankScore).toBe(
      first?.components.reduce((sum, component) => Math.round((sum + component.points) * 10) / 10, 0),
    )
    expect(result.nearMisses).toEqual([
      { productId: 'p_far', failed: [expect.objectContaining({ code: 'city_not_served' })] },
    ])
  })
  it('weighs an institution’s approvals only after three decisions', () => {
    const products = [
      { ...base, id: 'p_a', institutionId: 'good' },
      { ...base, id: 'p_b', institutionId: 'new' },
    ]
    const outcomes = new Map([
      ['good', { approved: 3, decided: 3 }],
      ['new', { approved: 1, decided: 1 }],
    ])
    const result = matchNeed(need, firm, products, outcomes, {
      matches: 10,
      nearMisses: 0,
      nearMissFailuresMax: 2,
    })
    expect(result.matches[0]?.productId).toBe('p_a')
    expect(
      result.matches[1]?.components.find((component) => component.component === 'pastOutcomes')?.value,
    ).toBe(0.5)
  })
})

describe('suggestions for every firm', () => {
  it('keep the best fits among products whose firm conditions pass, best first, at most the count asked', () => {
    const products = prepareForSuggestions(
      [
        { ...base, id: 'p_general' },
        { ...base, id: 'p_growth', stages: ['growth'] },
        { ...base, id: 'p_industry', industries: ['ic'], stages: ['growth'] },
        { ...base, id: 'p_elsewhere', citiesServed: ['SZ'] },
        { ...base, id: 'p_strict', minScoreTenths: 600 },
      ],
      new Map(),
    )
    expect(topSuggestions(firm, products, 2)).toEqual([
      { productId: 'p_industry', fitTenths: 300 + 150 + 300 },
      { productId: 'p_growth', fitTenths: 150 + 150 + 300 },
    ])
    expect(topSuggestions(firm, products, 10).map((item) => item.productId)).toEqual([
      'p_industry',
      'p_growth',
      'p_general',
    ])
  })

  it("put a product made for the firm's industry before any general one, however well the general one fits", () => {
    const products = prepareForSuggestions(
      [
        { ...base, id: 'p_hr', institutionId: 'inst_often_approves', stages: ['growth'] },
        { ...base, id: 'p_chip', industries: ['ic'], minScoreTenths: 400 },
      ],
      new Map([['inst_often_approves', { approved: 10, decided: 10 }]]),
    )
    const [first, second] = topSuggestions(firm, products, 2)
    expect(first?.productId).toBe('p_chip')
    expect(second?.productId).toBe('p_hr')
    expect(second?.fitTenths).toBeGreaterThan(first?.fitTenths ?? 0)
  })
})
