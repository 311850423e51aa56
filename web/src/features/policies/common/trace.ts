// Reading a decision's trace: each condition held, failed, could not be evaluated, or was left unevaluated because
// the outcome was settled before it (value null with no error); the conditions that keep a firm from an item.
import type { TracedCondition } from './policies.types'

export type ConditionState = 'passed' | 'failed' | 'error' | 'skipped'

export function conditionState(condition: Pick<TracedCondition, 'value' | 'error'>): ConditionState {
  if (condition.value === true) return 'passed'
  if (condition.value === false) return 'failed'
  return condition.error === null ? 'skipped' : 'error'
}

/** The conditions that failed, or could not be evaluated (which counts as failing), in the rule's order. */
export function failingConditions<Condition extends Pick<TracedCondition, 'value' | 'error'>>(
  conditions: readonly Condition[],
): Condition[] {
  return conditions.filter((condition) => {
    const state = conditionState(condition)
    return state === 'failed' || state === 'error'
  })
}
