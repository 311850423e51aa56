// What the rule editor edits: a rule's conditions (each labelled in both languages, with its CEL expression), the
// award formula, and the day a new version takes effect; the API's bounds on each; what the editor starts from, and
// the draft as the API takes it.
import { shanghaiToday } from '../../../shared/format/days'
import type { PolicyItem, RuleCondition, RuleDraft } from '../common/policies.types'

/** the API's bounds on a rule */
export const ruleBounds = {
  conditionsMax: 12,
  expressionLengthMax: 2000,
  labelZhLengthMax: 200,
  labelEnLengthMax: 300,
  noteLengthMax: 500,
} as const

export interface EditorValues {
  conditions: RuleCondition[]
  awardExpression: string
  effectiveFrom: string
  note?: string
}

export const blankCondition: RuleCondition = { labelZh: '', labelEn: '', expression: '' }

/** What the editor starts from: the rule in force, or one blank condition and no award. */
export function initialValuesOf(item: PolicyItem): EditorValues {
  const rule = item.currentRule
  return {
    conditions:
      rule === null
        ? [blankCondition]
        : rule.conditions.map(({ labelZh, labelEn, expression }) => ({ labelZh, labelEn, expression })),
    awardExpression: rule?.awardExpression ?? '0',
    effectiveFrom: shanghaiToday(),
  }
}

/** The draft as the API takes it: labels trimmed, expressions as typed (a refusal's position counts in them). */
export function draftOf(values: EditorValues): Omit<RuleDraft, 'effectiveFrom' | 'note'> {
  return {
    conditions: values.conditions.map((condition) => ({
      labelZh: condition.labelZh.trim(),
      labelEn: condition.labelEn.trim(),
      expression: condition.expression,
    })),
    awardExpression: values.awardExpression,
  }
}

/** The new version as the API takes it: the draft, from its day, with its note when there is one. */
export function versionOf(values: EditorValues): RuleDraft {
  const note = values.note?.trim() ?? ''
  return { ...draftOf(values), effectiveFrom: values.effectiveFrom, ...(note === '' ? {} : { note }) }
}
