// A rule the server refused (422): which expression (a condition by its index, or the award formula), where in it
// the first problem is, and what it is; and the line of the expression with a caret under that position.
import { isApiError } from '../../../shared/api/errors'

export interface RuleRefusal {
  code: string
  /** the refusal in the user's language */
  message: string
  part: 'condition' | 'award'
  /** the condition's index, null for the award formula */
  index: number | null
  expression: string
  /** where the problem is: a character offset into the expression */
  position: number
  /** the problem as the rule engine words it */
  detail: string
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The refusal an error carries, or null when it is another error (or carries no position). */
export function ruleRefusalOf(error: unknown): RuleRefusal | null {
  if (!isApiError(error) || !isRecord(error.details)) return null
  const { part, index, expression, position, message } = error.details
  if (part !== 'condition' && part !== 'award') return null
  if (typeof expression !== 'string' || typeof position !== 'number') return null
  if (part === 'condition' && typeof index !== 'number') return null
  return {
    code: error.code,
    message: error.message,
    part,
    index: part === 'condition' && typeof index === 'number' ? index : null,
    expression,
    position,
    detail: typeof message === 'string' ? message : '',
  }
}

/** Whether a refusal is about this expression (a condition by its index, or the award formula). */
export function refusalIsFor(
  refusal: RuleRefusal | null,
  part: 'condition' | 'award',
  index?: number,
): boolean {
  if (refusal === null || refusal.part !== part) return false
  return part === 'award' || refusal.index === index
}

export interface Caret {
  /** the line of the expression the position is on */
  line: string
  /** 1 for the first line */
  lineNumber: number
  /** 0 for the line's first character */
  column: number
}

/** The line a position falls on and its column there (a position past the end points just after the text). */
export function caretOf(expression: string, position: number): Caret {
  const at = Math.max(0, Math.min(Math.trunc(position), expression.length))
  const before = expression.slice(0, at)
  const lineStart = before.lastIndexOf('\n') + 1
  const lineEnd = expression.indexOf('\n', at)
  return {
    line: expression.slice(lineStart, lineEnd === -1 ? expression.length : lineEnd),
    lineNumber: before.split('\n').length,
    column: at - lineStart,
  }
}
