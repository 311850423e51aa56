// Deciding every item in force for a firm: the version of each item's rule in force that day, compiled once per
// version (versions never change), evaluated on the firm's facts. Used by the corridor run, the calculator and the
// rule editor's test alike, so the three can never disagree.
import { assert } from '../../platform/errors'
import type { FirmFactProvenance, FirmFacts } from './facts'
import type { Database } from '../../db/client'
import { itemsInForce, type ItemRow, type RuleVersionRow } from './policies.repository'
import { evaluateRule, traceOf, yearOf, type Evaluation } from './rules/evaluate'
import { activationOf, compileRule, type Activation, type CompiledRule } from './rules/rule'
import type { DecisionTrace } from './rules/trace'

/** compiled versions kept: far more than the catalogue holds, so the bound only guards against a leak */
const compiledVersionsMax = 20_000
const compiled = new Map<string, CompiledRule>()

export function compiledVersion(version: RuleVersionRow): CompiledRule {
  const found = compiled.get(version.id)
  if (found !== undefined) return found
  if (compiled.size >= compiledVersionsMax) compiled.clear()
  const rule = compileRule({ conditions: version.conditions, awardExpression: version.awardExpression })
  compiled.set(version.id, rule)
  return rule
}

/** The version in force on the day: the latest that took effect on or before it. */
export function versionInForce(versions: readonly RuleVersionRow[], day: string): RuleVersionRow | undefined {
  let chosen: RuleVersionRow | undefined
  for (const version of versions)
    if (
      version.effectiveFrom <= day &&
      (chosen === undefined || version.effectiveFrom > chosen.effectiveFrom)
    )
      chosen = version
  return chosen
}

export interface ItemInForce {
  item: ItemRow
  version: RuleVersionRow
  rule: CompiledRule
}

export function itemsToDecide(
  catalogue: readonly { item: ItemRow; versions: RuleVersionRow[] }[],
  day: string,
): ItemInForce[] {
  const found: ItemInForce[] = []
  for (const { item, versions } of catalogue) {
    const version = versionInForce(versions, day)
    if (version !== undefined) found.push({ item, version, rule: compiledVersion(version) })
  }
  return found
}

export interface FirmDecision {
  entry: ItemInForce
  evaluation: Evaluation
}

export function decideFirm(items: readonly ItemInForce[], activation: Activation): FirmDecision[] {
  return items.map((entry) => ({ entry, evaluation: evaluateRule(entry.rule, activation) }))
}

export function activationFor(facts: FirmFacts, day: string): Activation {
  return activationOf(facts, yearOf(day))
}

export function traceFor(
  decision: FirmDecision,
  firm: { facts: FirmFacts; provenance: FirmFactProvenance },
  day: string,
): DecisionTrace {
  const { version, rule } = decision.entry
  assert(version.version >= 1, 'a rule version is numbered from 1')
  return traceOf(
    rule,
    { id: version.id, version: version.version, effectiveFrom: version.effectiveFrom },
    decision.evaluation,
    firm,
    day,
  )
}

/**
 * The items in force on a day, compiled, kept for a few seconds: the calculator answers from memory. A new rule
 * version forgets them in this process; another process sees it when its copy expires.
 */
export function createItemsInForceCache(db: Database, ttlMs: number) {
  let kept: { day: string; at: number; items: Promise<ItemInForce[]> } | null = null
  return {
    get(day: string): Promise<ItemInForce[]> {
      const now = Date.now()
      if (kept !== null && kept.day === day && now - kept.at < ttlMs) return kept.items
      const items = itemsInForce(db, day).then((catalogue) => itemsToDecide(catalogue, day))
      // a failed read is not kept
      items.catch(() => {
        if (kept?.items === items) kept = null
      })
      kept = { day, at: now, items }
      return items
    },
    forget() {
      kept = null
    },
  }
}

export type ItemsInForceCache = ReturnType<typeof createItemsInForceCache>
