import { describe, expect, it } from 'vitest'
import { indicatorCodes } from './finance.reference'
import { defaultParameters } from './scores.service'
import { parameterProblems, scoreOf, type ParameterSet } from './scoring'

const parameters: ParameterSet = { id: 'sps_default', effectiveFrom: '2020-01-01', ...defaultParameters }

/** ¥10M of R&D (half the full marks), 12% R&D intensity (over the cap), 5 invention patents (a quarter), 50 graduates. */
const values = [
  { code: 'rd_spend', value: 10_000_000_00, source: 'tax_bureau', asOf: '2025-12-31' },
  { code: 'rd_intensity', value: 12, source: 'audited_report', asOf: '2025-12-31' },
  { code: 'invention_patents', value: 5, source: 'ip_office', asOf: '2025-12-31' },
  { code: 'graduates_hired', value: 50, source: 'self_reported', asOf: '2025-12-31' },
] as const

describe('the innovation-points score, worked by hand', () => {
  it('start-up: 0.5×80 + 1×100 + 0.25×120 + 1×30 = 200 tenths = 20.0 points', () => {
    const score = scoreOf('start_up', values, parameters)
    expect(score.totalTenths).toBe(200)
    const points = Object.fromEntries(score.contributions.map((item) => [item.code, item.pointsTenths]))
    expect(points).toMatchObject({
      rd_spend: 40,
      rd_intensity: 100,
      invention_patents: 30,
      graduates_hired: 30,
      revenue: 0,
    })
  })
  it('growth: 0.5×70 + 1×70 + 0.25×100 + 1×30 = 160 tenths', () => {
    expect(scoreOf('growth', values, parameters).totalTenths).toBe(160)
  })
  it('mature: 0.5×60 + 1×50 + 0.25×80 + 1×30 = 130 tenths', () => {
    expect(scoreOf('mature', values, parameters).totalTenths).toBe(130)
  })
  it('gives nothing for negative values and keeps each value’s source and date', () => {
    const score = scoreOf(
      'growth',
      [{ code: 'revenue_growth', value: -20, source: 'statistics_bureau', asOf: '2025-12-31' }],
      parameters,
    )
    expect(score.totalTenths).toBe(0)
    expect(score.contributions.find((item) => item.code === 'revenue_growth')).toMatchObject({
      value: -20,
      source: 'statistics_bureau',
      attainment: 0,
    })
  })
})

describe('parameter sets', () => {
  it('need all 18 weights per stage adding up to 1000, and positive full marks', () => {
    expect(parameterProblems(defaultParameters.weights, defaultParameters.fullMarks)).toEqual([])
    expect(indicatorCodes).toHaveLength(18)
    const broken = {
      ...defaultParameters.weights,
      growth: { ...defaultParameters.weights.growth, rd_spend: 71 },
    }
    expect(parameterProblems(broken, defaultParameters.fullMarks)).toEqual([
      'growth weights add up to 1001, not 1000',
    ])
    expect(
      parameterProblems(defaultParameters.weights, { ...defaultParameters.fullMarks, pct_applications: 0 }),
    ).toEqual(['fullMarks.pct_applications must be positive'])
  })
})
