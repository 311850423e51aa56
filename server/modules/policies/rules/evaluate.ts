// Evaluating a compiled rule for one firm: each condition's value (a failure counts as false and is kept with its
// message), the outcome, and the award formula's amount for a firm that qualifies or nearly does.
import { assert } from '../../../platform/errors'
import { factDeclarations, type FactName, type FirmFactProvenance, type FirmFacts } from '../facts'
import type { DecisionOutcome } from '../policies.states'
import { activationOf, awardFenMax, type Activation, type CompiledRule } from './rule'
import type { DecisionTrace, TracedCondition, TracedFact } from './trace'

/** 'out_of_scope': a condition about where the firm is fails; such a decision is not stored. */
export type Outcome = DecisionOutcome | 'out_of_scope'

export interface Evaluation {
  outcome: Outcome
  amountFen: number
  conditions: { value: boolean | null; error: string | null }[]
  award: { amountFen: number | null; error: string | null }
}

function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  return text.split('\n')[0] ?? text
}

function evaluateAward(rule: CompiledRule, activation: Activation): Evaluation['award'] {
  try {
    const value: unknown = rule.award.program(activation)
    assert(typeof value === 'bigint', 'a checked award formula gives an int')
    if (value < 0n) return { amountFen: null, error: `the award formula gives ${value} fen, below zero` }
    if (value > BigInt(awardFenMax))
      return { amountFen: null, error: `the award formula gives ${value} fen, above ${awardFenMax}` }
    return { amountFen: Number(value), error: null }
  } catch (error) {
    return { amountFen: null, error: messageOf(error) }
  }
}

/**
 * Evaluates the conditions, scope conditions first so a firm elsewhere costs one or two steps, until the outcome is
 * settled; a firm that qualifies or fails one condition also gets its award formula evaluated (the money at stake).
 */
export function evaluateRule(rule: CompiledRule, activation: Activation): Evaluation {
  const conditions: Evaluation['conditions'] = rule.conditions.map(() => ({ value: null, error: null }))
  const order = [...rule.conditions.keys()].sort(
    (left, right) => Number(rule.conditions[right]?.scope) - Number(rule.conditions[left]?.scope),
  )
  let failures = 0
  for (const index of order) {
    const condition = rule.conditions[index]
    assert(condition !== undefined, 'a condition index is in range')
    let value: boolean | null = null
    let error: string | null = null
    try {
      const result: unknown = condition.program(activation)
      assert(typeof result === 'boolean', 'a checked condition gives a bool')
      value = result
    } catch (caught) {
      error = messageOf(caught)
    }
    conditions[index] = { value, error }
    if (value !== true) {
      if (condition.scope)
        return { outcome: 'out_of_scope', amountFen: 0, conditions, award: { amountFen: null, error: null } }
      failures++
      // two failures settle it: the conditions not yet evaluated stay null, with no error
      if (failures > 1)
        return { outcome: 'not_qualified', amountFen: 0, conditions, award: { amountFen: null, error: null } }
    }
  }
  const award = evaluateAward(rule, activation)
  const amountFen = award.amountFen ?? 0
  return { outcome: failures === 0 ? 'qualified' : 'near', amountFen, conditions, award }
}

export interface RuleVersionRef {
  id: string
  version: number
  effectiveFrom: string
}

/** The trace a decision stores: the facts the rule read with their provenance, and every value. */
export function traceOf(
  rule: CompiledRule,
  version: RuleVersionRef,
  evaluation: Evaluation,
  firm: { facts: FirmFacts; provenance: FirmFactProvenance },
  asOf: string,
): DecisionTrace {
  const facts: DecisionTrace['facts'] = {}
  for (const name of rule.facts) {
    const traced: TracedFact = { value: firm.facts[name], ...firm.provenance[name] }
    facts[name] = traced
  }
  const conditions: TracedCondition[] = rule.conditions.map((condition, index) => ({
    expression: condition.expression,
    labelZh: condition.labelZh,
    labelEn: condition.labelEn,
    value: evaluation.conditions[index]?.value ?? null,
    error: evaluation.conditions[index]?.error ?? null,
    scope: condition.scope,
  }))
  return {
    ruleVersion: version,
    asOf,
    asOfYear: yearOf(asOf),
    facts,
    conditions,
    award: { expression: rule.award.expression, ...evaluation.award },
  }
}

export function yearOf(day: string): number {
  return Number(day.slice(0, 4))
}

/** The facts a stored trace holds, as the activation a replay evaluates (facts the rule did not read stay empty). */
export function activationOfTrace(trace: DecisionTrace): Activation {
  const facts: Partial<FirmFacts> = {}
  for (const [name, traced] of Object.entries(trace.facts) as [FactName, TracedFact][]) {
    assert(name in factDeclarations, `a trace names the fact ${name}`)
    ;(facts as Record<string, TracedFact['value']>)[name] = traced.value
  }
  return activationOf(facts, trace.asOfYear)
}
