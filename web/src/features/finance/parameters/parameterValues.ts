// The parameter editor's values: weights in per mille per stage and indicator (each stage adding up to 1000), and
// each indicator's full-marks value (yuan text for money, turned into integer fen; a number for percent and count).
import { fenToYuanText, yuanToFen } from '../../../shared/format/yuan'
import { financeStages, indicatorCodes, unitOf } from '../common/enums'
import type {
  CreateParameterSetBody,
  FinanceStage,
  IndicatorCode,
  ParameterSet,
} from '../common/finance.types'

export const weightTotalPermille = 1000

export type StageWeights = Partial<Record<IndicatorCode, number | null>>

export interface ParameterFormValues {
  effectiveFrom: string
  note: string
  weights: Record<FinanceStage, StageWeights>
  /** yuan text for money indicators, a number for the others */
  fullMarks: Partial<Record<IndicatorCode, string | number | null>>
}

/** A new set starts as a copy of the newest one, to be changed where needed. */
export function valuesFrom(latest: ParameterSet | undefined): Partial<ParameterFormValues> {
  if (latest === undefined) return {}
  const stageWeights = (stage: FinanceStage): StageWeights =>
    Object.fromEntries(indicatorCodes.map((code) => [code, latest.weights[stage]?.[code] ?? 0]))
  return {
    weights: {
      start_up: stageWeights('start_up'),
      growth: stageWeights('growth'),
      mature: stageWeights('mature'),
    },
    fullMarks: Object.fromEntries(
      indicatorCodes.map((code) => {
        const value = latest.fullMarks[code] ?? 0
        return [code, unitOf(code) === 'fen' ? fenToYuanText(Math.round(value)) : value]
      }),
    ),
  }
}

export function stageSum(weights: StageWeights | undefined): number {
  return indicatorCodes.reduce((total, code) => total + (weights?.[code] ?? 0), 0)
}

/** The stages whose weights do not add up to 1000, with their sums. */
export function unbalancedStages(weights: ParameterFormValues['weights'] | undefined) {
  return financeStages
    .map((stage) => ({ stage, sum: stageSum(weights?.[stage]) }))
    .filter((entry) => entry.sum !== weightTotalPermille)
}

/** A value for each of the 18 indicators, every one named: the compiler checks that none is missing. */
function byIndicator(pick: (code: IndicatorCode) => number): Record<IndicatorCode, number> {
  return {
    rd_spend: pick('rd_spend'),
    rd_growth: pick('rd_growth'),
    rd_intensity: pick('rd_intensity'),
    st_staff_share: pick('st_staff_share'),
    invention_patents: pick('invention_patents'),
    pct_applications: pick('pct_applications'),
    tech_contract_turnover: pick('tech_contract_turnover'),
    high_tech_revenue: pick('high_tech_revenue'),
    revenue: pick('revenue'),
    revenue_growth: pick('revenue_growth'),
    postgraduate_share: pick('postgraduate_share'),
    rd_super_deduction: pick('rd_super_deduction'),
    return_on_net_assets: pick('return_on_net_assets'),
    graduates_hired: pick('graduates_hired'),
    rd_platforms: pick('rd_platforms'),
    st_awards: pick('st_awards'),
    talent_titles: pick('talent_titles'),
    standards_led: pick('standards_led'),
  }
}

export function createBodyOf(values: ParameterFormValues): CreateParameterSetBody {
  return {
    effectiveFrom: values.effectiveFrom,
    note: values.note.trim(),
    weights: {
      start_up: byIndicator((code) => values.weights.start_up[code] ?? 0),
      growth: byIndicator((code) => values.weights.growth[code] ?? 0),
      mature: byIndicator((code) => values.weights.mature[code] ?? 0),
    },
    fullMarks: byIndicator((code) => {
      const value = values.fullMarks[code]
      return typeof value === 'string' ? yuanToFen(value) : (value ?? 0)
    }),
  }
}
