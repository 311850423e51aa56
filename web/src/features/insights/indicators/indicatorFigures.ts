// An indicator's figures as the page shows them: a value with the indicator's decimals and unit, its gap to the
// target signed and coloured by whether it is on track (the direction says which way is better), the series of
// each scope.
import { formatDay } from '../../../shared/format/format'
import type { Language } from '../../../shared/i18n/i18n'
import type { Indicator, IndicatorSeries, IndicatorValue } from '../common/insights.types'

export function formatIndicatorNumber(value: number, indicator: Indicator, language: Language): string {
  return new Intl.NumberFormat(language, {
    minimumFractionDigits: indicator.decimals,
    maximumFractionDigits: indicator.decimals,
  }).format(value)
}

/** The value with its unit: 3.47%, 1,234 家, ¥1,234.00 … */
export function formatIndicatorValue(value: number, indicator: Indicator, language: Language): string {
  const number = formatIndicatorNumber(value, indicator, language)
  const unit = language === 'zh-CN' ? indicator.unitZh : indicator.unitEn
  return unit === '%' ? `${number}%` : `${number} ${unit}`
}

/** The gap to the target, signed (+0.47, −1.20). */
export function formatGap(gap: number, indicator: Indicator, language: Language): string {
  const sign = gap > 0 ? '+' : gap < 0 ? '−' : '±'
  return `${sign}${formatIndicatorValue(Math.abs(gap), indicator, language)}`
}

export type GapTone = 'success' | 'danger' | 'secondary'

export function gapTone(value: IndicatorValue | null): GapTone {
  if (value === null || value.onTrack === null) return 'secondary'
  return value.onTrack ? 'success' : 'danger'
}

/** The series the headline reads: the corridor's, or the first city's for a city indicator. */
export function headlineSeries(indicator: Indicator): IndicatorSeries | undefined {
  return indicator.series.find((series) => series.scope === 'G60') ?? indicator.series[0]
}

/** The trend from the value before the latest: up, down or flat (null with fewer than two values). */
export function trendOf(series: IndicatorSeries | undefined): 'up' | 'down' | 'flat' | null {
  const values = series?.values ?? []
  const last = values.at(-1)
  const before = values.at(-2)
  if (last === undefined || before === undefined) return null
  return last.value > before.value ? 'up' : last.value < before.value ? 'down' : 'flat'
}

/** Every period that any scope has a value for, oldest first. */
export function periodsOf(indicator: Indicator): string[] {
  return [
    ...new Set(indicator.series.flatMap((series) => series.values.map((value) => value.periodEnd))),
  ].sort()
}

/** The periods as the axis writes them: years when every period ends a year, else the days. */
export function periodLabels(periods: readonly string[], language: Language): string[] {
  const yearly = periods.every((period) => period.endsWith('-12-31'))
  return periods.map((period) => (yearly ? period.slice(0, 4) : formatDay(period, language)))
}
