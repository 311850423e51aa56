// Rules by hand: one worked example of each category (facts in, outcome, amount and trace out), the near miss and the
// scope, and every way a rule is refused when saved, with the position of the problem.
import { describe, expect, it } from 'vitest'
import { AppError } from '../../../platform/errors'
import { policyErrors } from '../policies.errors'
import type { FirmFactProvenance, FirmFacts } from '../facts'
import { factNames } from '../facts'
import { activationOfTrace, evaluateRule, traceOf } from './evaluate'
import { activationOf, compileRule, defaultFactValue, type RuleCondition } from './rule'

expect(policyErrors.POLICY_RULE_SYNTAX.status).toBe(422)

const condition = (expression: string, labelZh = expression, labelEn = expression): RuleCondition => ({
  expression,
  labelZh,
  labelEn,
})

function factsOf(overrides: Partial<FirmFacts>): FirmFacts {
  const facts = Object.fromEntries(factNames.map((name) => [name, defaultFactValue(name)])) as FirmFacts
  return { ...facts, ...overrides }
}

const provenance = Object.fromEntries(
  factNames.map((name) => [name, { source: 'registry', origin: 'registry_firm_facts', asOf: '2026-06-30' }]),
) as FirmFactProvenance

function decide(rule: ReturnType<typeof compileRule>, facts: Partial<FirmFacts>, asOfYear = 2026) {
  return evaluateRule(rule, activationOf(factsOf(facts), asOfYear))
}

describe('a worked example of each category', () => {
  it('award (奖补): an R&D subsidy of 10 % of R&D spend, capped at ¥500,000', () => {
    const rule = compileRule({
      conditions: [
        condition('firm.cityCode == "SZ"', '注册在苏州', 'Registered in Suzhou'),
        condition('firm.rdIntensityPercent >= 3.0', '研发投入强度不低于3%', 'R&D intensity of 3 % or more'),
        condition(
          'firm.researchSpendFen >= 100000000',
          '研发费用不低于100万元',
          'R&D spend of ¥1 million or more',
        ),
      ],
      awardExpression: 'firm.researchSpendFen / 10 > 50000000 ? 50000000 : firm.researchSpendFen / 10',
    })
    // ¥2.4 million of R&D on ¥60 million revenue: 4 %, so ¥240,000
    const facts = {
      cityCode: 'SZ',
      researchSpendFen: 240_000_000,
      revenueFen: 6_000_000_000,
      rdIntensityPercent: 4,
    }
    const qualified = decide(rule, facts)
    expect(qualified).toMatchObject({ outcome: 'qualified', amountFen: 24_000_000 })
    expect(qualified.conditions.map((found) => found.value)).toEqual([true, true, true])
    // ¥9 million of R&D: 10 % would be ¥900,000, capped at ¥500,000
    expect(decide(rule, { ...facts, researchSpendFen: 900_000_000, rdIntensityPercent: 15 }).amountFen).toBe(
      50_000_000,
    )
    const trace = traceOf(
      rule,
      { id: 'prul_x', version: 1, effectiveFrom: '2026-01-01' },
      qualified,
      {
        facts: factsOf(facts),
        provenance,
      },
      '2026-06-30',
    )
    expect(Object.keys(trace.facts)).toEqual(['cityCode', 'researchSpendFen', 'rdIntensityPercent'])
    expect(trace.facts.researchSpendFen).toEqual({
      value: 240_000_000,
      source: 'registry',
      origin: 'registry_firm_facts',
      asOf: '2026-06-30',
    })
    expect(trace.conditions[1]).toMatchObject({
      labelEn: 'R&D intensity of 3 % or more',
      value: true,
      scope: false,
    })
    expect(trace.award).toEqual({ expression: rule.award.expression, amountFen: 24_000_000, error: null })
    // the trace alone is enough to decide again
    expect(evaluateRule(rule, activationOfTrace(trace))).toEqual(qualified)
  })

  it('exemption (减免): a land-use tax cut worth 1 % of revenue for high-tech firms in Jiaxing', () => {
    const rule = compileRule({
      conditions: [condition('firm.cityCode == "JX"'), condition('firm.isHighTech')],
      awardExpression: 'firm.revenueFen / 100',
    })
    expect(decide(rule, { cityCode: 'JX', isHighTech: true, revenueFen: 1_234_567_800 })).toMatchObject({
      outcome: 'qualified',
      amountFen: 12_345_678,
    })
  })

  it('entitlement (权益): talent housing for firms hiring graduates, no money through the ledger', () => {
    const rule = compileRule({
      conditions: [condition('firm.cityCode == "HZ"'), condition('firm.graduatesHired >= 5')],
      awardExpression: '0',
    })
    expect(decide(rule, { cityCode: 'HZ', graduatesHired: 7 })).toMatchObject({
      outcome: 'qualified',
      amountFen: 0,
    })
    expect(decide(rule, { cityCode: 'HZ', graduatesHired: 4 })).toMatchObject({
      outcome: 'near',
      amountFen: 0,
    })
  })

  it('qualification (资质): the G60 pilot list for firms holding a licence and in a key-industry alliance', () => {
    const rule = compileRule({
      conditions: [
        condition('"MedicalDeviceProductionLicence" in firm.licenceTypes'),
        condition('firm.allianceIndustryCodes.exists(code, code == "key_biomedicine")'),
        condition('firm.highTechCertifiedYear >= asOfYear - 2'),
      ],
      awardExpression: '0',
    })
    const facts = {
      licenceTypes: ['BusinessLicence', 'MedicalDeviceProductionLicence'],
      allianceIndustryCodes: ['key_biomedicine'],
      highTechCertifiedYear: 2024,
    }
    expect(decide(rule, facts, 2026).outcome).toBe('qualified')
    // the same firm two years later: its certificate is too old, one condition short
    const later = decide(rule, facts, 2028)
    expect(later.outcome).toBe('near')
    expect(later.conditions.map((found) => found.value)).toEqual([true, true, false])
  })
})

describe('outcomes', () => {
  const rule = compileRule({
    conditions: [
      condition('firm.cityCode == "HF"'),
      condition('firm.isTechSme'),
      condition('firm.staffCount >= 10'),
    ],
    awardExpression: 'firm.staffCount * 100000',
  })

  it('a firm elsewhere is out of scope after one step, not a near miss', () => {
    const found = decide(rule, { cityCode: 'SZ', isTechSme: true, staffCount: 50 })
    expect(found.outcome).toBe('out_of_scope')
    expect(found.conditions.map((entry) => entry.value)).toEqual([false, null, null])
    expect(rule.conditions[0]?.scope).toBe(true)
  })

  it('one condition short is near, with the money at stake; two short is not qualified and stops there', () => {
    expect(decide(rule, { cityCode: 'HF', isTechSme: false, staffCount: 20 })).toMatchObject({
      outcome: 'near',
      amountFen: 2_000_000,
    })
    const two = decide(rule, { cityCode: 'HF', isTechSme: false, staffCount: 2 })
    expect(two).toMatchObject({ outcome: 'not_qualified', amountFen: 0 })
  })

  it('a failing expression fails its condition with the message; a negative award gives nothing', () => {
    const dividing = compileRule({
      conditions: [condition('firm.revenueFen / firm.staffCount > 1')],
      awardExpression: '0 - firm.staffCount',
    })
    const found = decide(dividing, { staffCount: 0 })
    expect(found.conditions[0]).toEqual({ value: null, error: 'division by zero' })
    const negative = decide(dividing, { staffCount: 3, revenueFen: 100 })
    expect(negative).toMatchObject({ outcome: 'qualified', amountFen: 0 })
    expect(negative.award.error).toMatch(/below zero/)
  })
})

describe('refusals when a rule is saved', () => {
  const refusal = (conditions: RuleCondition[], awardExpression = '0') => {
    try {
      compileRule({ conditions, awardExpression })
    } catch (error) {
      if (error instanceof AppError) return { code: error.code, details: error.details }
      throw error
    }
    throw new Error('the rule compiled')
  }

  it('a syntax error, with its position', () => {
    // the operand is missing at the end of the text, character 19
    expect(refusal([condition('firm.staffCount >= ')])).toMatchObject({
      code: 'POLICY_RULE_SYNTAX',
      details: { part: 'condition', index: 0, position: 19 },
    })
    expect(refusal([condition('firm.isHighTech')], 'firm.staffCount * (2')).toMatchObject({
      code: 'POLICY_RULE_SYNTAX',
      details: { part: 'award' },
    })
  })

  it('an unknown fact, named, at its position', () => {
    expect(
      refusal([condition('firm.isHighTech'), condition('firm.staffCount > 1 && firm.emplyees > 3')]),
    ).toMatchObject({
      code: 'POLICY_RULE_FACT_UNKNOWN',
      details: { part: 'condition', index: 1, message: 'firm.emplyees is not a declared fact' },
    })
  })

  it('a wrong type: a condition that is not a bool, an award that is not an int, mixed operands', () => {
    expect(refusal([condition('firm.staffCount')])).toMatchObject({ code: 'POLICY_RULE_TYPE' })
    expect(refusal([condition('firm.isHighTech')], 'firm.rdIntensityPercent * 2.0')).toMatchObject({
      code: 'POLICY_RULE_TYPE',
      details: { part: 'award' },
    })
    expect(refusal([condition('firm.cityCode + 1 == "HF"')])).toMatchObject({ code: 'POLICY_RULE_TYPE' })
  })

  it('a runaway expression: nested loops beyond the cost limit', () => {
    const list = `[${Array.from({ length: 60 }, (_, index) => index).join(', ')}]`
    expect(
      refusal([condition(`${list}.all(x, ${list}.all(y, ${list}.exists(z, x + y + z < 0)))`)]),
    ).toMatchObject({ code: 'POLICY_RULE_TOO_COSTLY' })
    // a loop over a declared list fact is bounded by its itemsMax and allowed
    expect(() =>
      compileRule({
        conditions: [condition('firm.licenceTypes.exists(type, type == "BusinessLicence")')],
        awardExpression: '0',
      }),
    ).not.toThrow()
  })

  it('a function outside the allowed set (a regular expression could backtrack without bound)', () => {
    expect(refusal([condition('firm.cityCode.matches("^(a+)+$")')])).toMatchObject({
      code: 'POLICY_RULE_FUNCTION_NOT_ALLOWED',
    })
  })

  it('no conditions, or too many', () => {
    expect(refusal([])).toMatchObject({ code: 'POLICY_RULE_CONDITIONS_COUNT' })
    expect(refusal(Array.from({ length: 13 }, () => condition('firm.isHighTech')))).toMatchObject({
      code: 'POLICY_RULE_CONDITIONS_COUNT',
    })
  })
})
