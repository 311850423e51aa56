// A period of days as one antd range picker in a <FilterBar>, kept apart from filters.tsx so that only the pages that
// offer it load the picker.
import type { Period } from '../format/days'
import { PeriodPicker } from './dayPickers'
import { FilterField, useFilter } from './FilterBar'

/** The first and the last day of a period, as `from` and `to`; choosing `fallback`'s days takes them off the address. */
export function PeriodRangeFilter({
  period,
  label,
  startLabel,
  endLabel,
  fallback,
  width = 260,
}: {
  period: Period
  label: string
  startLabel: string
  endLabel: string
  /** the period the page takes when the address has none */
  fallback?: Period
  width?: number
}) {
  const from = useFilter('from')
  const to = useFilter('to')
  return (
    <FilterField id={from.id} label={label} width={width}>
      <PeriodPicker
        id={from.id}
        value={period}
        labels={[startLabel, endLabel]}
        onChange={(next) => {
          from.set(next.periodStart === fallback?.periodStart ? undefined : next.periodStart)
          to.set(next.periodEnd === fallback?.periodEnd ? undefined : next.periodEnd)
        }}
      />
    </FilterField>
  )
}
