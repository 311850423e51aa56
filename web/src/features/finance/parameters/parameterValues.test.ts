import { describe, expect, it } from 'vitest'
import { indicatorCodes } from '../common/enums'
import type { ParameterSet } from '../common/finance.types'
import {
  createBodyOf,
  stageSum,
  unbalancedStages,
  valuesFrom,
  type ParameterFormValues,
} from './parameterValues'

const evenly = Object.fromEntries(indicatorCodes.map((code, index) => [code, index < 10 ? 56 : 55]))

const latest = {
  weights: { start_up: evenly, growth: evenly, mature: { ...evenly, rd_spend: 100 } },
  fullMarks: { ...Object.fromEntries(indicatorCodes.map((code) => [code, 10])), rd_spend: 500_000_049.6 },
} as unknown as ParameterSet

describe('the scoring parameters editor ↔ the API', () => {
  it('starts from nothing without an earlier set', () => {
    expect(valuesFrom(undefined)).toEqual({})
  })

  it('copies the newest set, money shown as yuan text (rounded to the fen), other units as numbers', () => {
    const values = valuesFrom(latest)
    expect(values.fullMarks?.rd_spend).toBe('5000000.50')
    expect(values.fullMarks?.rd_growth).toBe(10)
    expect(values.weights?.start_up.rd_spend).toBe(56)
    expect(stageSum(values.weights?.start_up)).toBe(1000)
  })

  it('names the stages whose weights do not add up to 1000', () => {
    const values = valuesFrom(latest)
    expect(unbalancedStages(values.weights)).toEqual([{ stage: 'mature', sum: 1044 }])
    expect(unbalancedStages(undefined).map((entry) => entry.sum)).toEqual([0, 0, 0])
  })

  it('sends every indicator of every stage, empty weights as 0 and money as fen', () => {
    const values: ParameterFormValues = {
      effectiveFrom: '2026-07-01',
      note: ' 2026 修订 ',
      weights: { start_up: { rd_spend: 1000 }, growth: { rd_spend: null }, mature: {} },
      fullMarks: { rd_spend: '8000000', rd_growth: 30, pct_applications: null },
    }
    const body = createBodyOf(values)
    expect(body.note).toBe('2026 修订')
    expect(Object.keys(body.weights.mature)).toHaveLength(18)
    expect(body.weights.start_up.rd_spend).toBe(1000)
    expect(body.weights.growth.rd_spend).toBe(0)
    expect(body.fullMarks.rd_spend).toBe(800_000_000)
    expect(body.fullMarks.rd_growth).toBe(30)
    expect(body.fullMarks.pct_applications).toBe(0)
  })
})
