// The fund's closed lists as the forms and filters offer them, named from the figures (each industry and stage in
// both languages) so that no code is ever shown.
import type { Named } from '../../../shared/i18n/useLanguage'
import type { FundExitKind, FundFigures, FundIndustry, FundStage } from '../common/insights.types'

export const fundStages = ['seed', 'early', 'growth', 'late'] as const satisfies readonly FundStage[]
export const fundExitKinds = [
  'ipo',
  'trade_sale',
  'buyback',
  'write_off',
] as const satisfies readonly FundExitKind[]
export const fundRounds = ['initial', 'follow_on'] as const

export function isFundIndustry(code: string, figures: FundFigures | undefined): code is FundIndustry {
  return figures?.heatMap.industries.some((industry) => industry.code === code) ?? false
}

export function industryOptions(figures: FundFigures | undefined, nameOf: (named: Named) => string) {
  return (figures?.heatMap.industries ?? []).map((industry) => ({
    value: industry.code,
    label: nameOf(industry),
  }))
}

export function stageOptions(
  figures: FundFigures | undefined,
  nameOf: (named: Named) => string,
  from?: FundStage,
) {
  const start = from === undefined ? 0 : fundStages.indexOf(from)
  return fundStages.slice(start).map((stage) => {
    const named = figures?.byStage.find((row) => row.stage.code === stage)?.stage
    return { value: stage, label: named === undefined ? stage : nameOf(named) }
  })
}

/** ¥10,000 to ¥5 billion, as the API takes a round */
export const investmentFenMin = 1_000_000
export const investmentFenMax = 500_000_000_000
export const proceedsFenMax = 10_000_000_000_000

/** A stage's code as the closed list has it, or undefined for anything else. */
export function stageOf(code: string): FundStage | undefined {
  return fundStages.find((stage) => stage === code)
}
