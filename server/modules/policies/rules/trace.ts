// What a decision records: the rule version it used, every fact it read (with its source and the day it describes)
// and the value of every condition and of the award formula. A replay evaluates the same version on these facts.
import type { FactName, FactProvenance } from '../facts'

export type FactValue = number | boolean | string | string[]

export interface TracedFact extends FactProvenance {
  value: FactValue
}

export interface TracedCondition {
  expression: string
  labelZh: string
  labelEn: string
  /** true or false; null when the expression failed (division by zero, overflow): a failed condition fails */
  value: boolean | null
  error: string | null
  /** reads only where the firm is (city, park): failing it puts the firm outside the item, not near it */
  scope: boolean
}

export interface DecisionTrace {
  ruleVersion: { id: string; version: number; effectiveFrom: string }
  asOf: string
  asOfYear: number
  facts: Partial<Record<FactName, TracedFact>>
  conditions: TracedCondition[]
  award: { expression: string; amountFen: number | null; error: string | null }
}
