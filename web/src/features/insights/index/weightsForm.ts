// The office's form for new index weights: whole percentage points per kind that add up to 100, in force from the
// first day of a month (this one or later), against a base month.
import type { Dayjs } from 'dayjs'
import type { IndexWeights, WeightsBody, WeightsVersion } from '../common/insights.types'
import { flowKinds } from '../common/kinds'

export interface WeightsFormValues {
  effectiveFrom: Dayjs
  baseMonth: Dayjs
  weights: Partial<IndexWeights>
  note: string
}

export const weightsTotal = 100

export function weightsSum(weights: Partial<IndexWeights> | undefined): number {
  return flowKinds.reduce((sum, kind) => sum + (weights?.[kind] ?? 0), 0)
}

/** The request for the form's values: months as their first days, every kind's weight (0 when left empty). */
export function weightsBody(values: WeightsFormValues): WeightsBody {
  return {
    effectiveFrom: values.effectiveFrom.format('YYYY-MM-01'),
    baseMonth: values.baseMonth.format('YYYY-MM-01'),
    weights: {
      voucher: values.weights.voucher ?? 0,
      instrument: values.weights.instrument ?? 0,
      case: values.weights.case ?? 0,
      credit: values.weights.credit ?? 0,
      award: values.weights.award ?? 0,
    },
    note: values.note.trim(),
  }
}

/** The form starts from the version in force: its weights and base month. */
export function initialWeights(current: WeightsVersion | undefined): Partial<IndexWeights> {
  return current?.weights ?? { voucher: 20, instrument: 20, case: 20, credit: 20, award: 20 }
}
