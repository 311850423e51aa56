import { describe, expect, it } from 'vitest'
import { ApiError } from '../../../shared/api/errors'
import { caretOf, refusalIsFor, ruleRefusalOf } from './ruleRefusal'

describe('a refused rule', () => {
  it('names the expression, the position and the problem', () => {
    const error = new ApiError(422, 'POLICY_RULE_FACT_UNKNOWN', '规则引用了未声明的企业数据项', 'req_1', {
      part: 'condition',
      index: 2,
      expression: 'firm.revenue >= 100',
      position: 4,
      message: 'firm.revenue is not a declared fact',
    })
    const refusal = ruleRefusalOf(error)
    expect(refusal).toEqual({
      code: 'POLICY_RULE_FACT_UNKNOWN',
      message: '规则引用了未声明的企业数据项',
      part: 'condition',
      index: 2,
      expression: 'firm.revenue >= 100',
      position: 4,
      detail: 'firm.revenue is not a declared fact',
    })
    expect(refusalIsFor(refusal, 'condition', 2)).toBe(true)
    expect(refusalIsFor(refusal, 'condition', 1)).toBe(false)
    expect(refusalIsFor(refusal, 'award')).toBe(false)
  })

  it('is no refusal when the error carries no position (a date refused, a network failure)', () => {
    expect(
      ruleRefusalOf(new ApiError(422, 'POLICY_RULE_DATE_INVALID', '…', null, { today: '2026-06-01' })),
    ).toBe(null)
    expect(ruleRefusalOf(new Error('offline'))).toBe(null)
  })

  it('puts the caret under the position, on its own line', () => {
    expect(caretOf('firm.revenue >= 100', 4)).toEqual({
      line: 'firm.revenue >= 100',
      lineNumber: 1,
      column: 4,
    })
    expect(caretOf('firm.isHighTech &&\n  firm.staffCount >', 37)).toEqual({
      line: '  firm.staffCount >',
      lineNumber: 2,
      column: 18,
    })
    // past the end (an expression cut short): just after the text
    expect(caretOf('1 +', 99)).toEqual({ line: '1 +', lineNumber: 1, column: 3 })
  })
})
