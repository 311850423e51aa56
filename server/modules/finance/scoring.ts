// The innovation-points score (创新积分制) as a pure function: each indicator earns points up to its full-marks
// value, weighted by the firm's stage. Parameters come from a dated, versioned parameter set.
import { firmStages, indicators, type FirmStage, type IndicatorCode } from './finance.reference'

/** Weights per mille: each stage's 18 weights add up to 1000, which is also the score's scale in tenths. */
export type StageWeights = Record<FirmStage, Record<IndicatorCode, number>>
/** The value at which an indicator earns its full weight (fen, percent or count). */
export type FullMarks = Record<IndicatorCode, number>

export interface ParameterSet {
  id: string
  effectiveFrom: string
  weights: StageWeights
  fullMarks: FullMarks
}

export interface IndicatorValue {
  code: IndicatorCode
  value: number
  source: string
  asOf: string
}

export interface Contribution {
  code: IndicatorCode
  value: number | null
  source: string | null
  asOf: string | null
  weightPermille: number
  /** the indicator's share of its full marks, 0 to 1 */
  attainment: number
  /** tenths of a point: weight × attainment, rounded */
  pointsTenths: number
}

export interface Score {
  parameterSetId: string
  stage: FirmStage
  /** 0 to 1000: a score of 0.0 to 100.0 points */
  totalTenths: number
  contributions: Contribution[]
}

export const weightTotalPermille = 1000

/** Every stage has all 18 weights, none negative, adding up to 1000; every full-marks value is positive. */
export function parameterProblems(weights: StageWeights, fullMarks: FullMarks): string[] {
  const problems: string[] = []
  for (const stage of firmStages) {
    const stageWeights = weights[stage]
    let total = 0
    for (const indicator of indicators) {
      const weight = stageWeights[indicator.code]
      if (!Number.isInteger(weight) || weight < 0)
        problems.push(`${stage}.${indicator.code} must be a whole number ≥ 0`)
      else total += weight
    }
    if (total !== weightTotalPermille) problems.push(`${stage} weights add up to ${total}, not 1000`)
  }
  for (const indicator of indicators) {
    if (!(fullMarks[indicator.code] > 0)) problems.push(`fullMarks.${indicator.code} must be positive`)
  }
  return problems
}

export function scoreOf(
  stage: FirmStage,
  values: readonly IndicatorValue[],
  parameters: ParameterSet,
): Score {
  const byCode = new Map(values.map((value) => [value.code, value]))
  const contributions = indicators.map((indicator): Contribution => {
    const found = byCode.get(indicator.code)
    const weightPermille = parameters.weights[stage][indicator.code]
    const attainment =
      found === undefined ? 0 : Math.min(Math.max(found.value / parameters.fullMarks[indicator.code], 0), 1)
    return {
      code: indicator.code,
      value: found?.value ?? null,
      source: found?.source ?? null,
      asOf: found?.asOf ?? null,
      weightPermille,
      attainment: Math.round(attainment * 10_000) / 10_000,
      pointsTenths: Math.round(weightPermille * attainment),
    }
  })
  return {
    parameterSetId: parameters.id,
    stage,
    totalTenths: contributions.reduce((sum, contribution) => sum + contribution.pointsTenths, 0),
    contributions,
  }
}
