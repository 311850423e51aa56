// Statistical periods as the insights API takes them (2026, 2026-03, 2026-Q1, 2026-01..2026-06; none for the last
// twelve months), what kind of period a text is, the text of each kind, and a range of months in words.
import type { Language } from '../../../shared/i18n/i18n'

export const periodModes = ['recent', 'year', 'quarter', 'month', 'range'] as const
export type PeriodMode = (typeof periodModes)[number]

const patterns: [Exclude<PeriodMode, 'recent'>, RegExp][] = [
  ['year', /^\d{4}$/],
  ['quarter', /^\d{4}-Q[1-4]$/],
  ['month', /^\d{4}-(0[1-9]|1[0-2])$/],
  ['range', /^\d{4}-(0[1-9]|1[0-2])\.\.\d{4}-(0[1-9]|1[0-2])$/],
]

/** The kind of a period's text; none (or one the API would refuse) is the last twelve months. */
export function periodModeOf(period: string | undefined): PeriodMode {
  if (period === undefined) return 'recent'
  const found = patterns.find(([, pattern]) => pattern.test(period))
  if (found === undefined) return 'recent'
  if (found[0] === 'range') {
    const [from = '', to = ''] = period.split('..')
    if (from > to) return 'recent'
  }
  return found[0]
}

/** The period as the API takes it: the text when it is one, else undefined (the last twelve months). */
export function validPeriod(period: string | undefined): string | undefined {
  return periodModeOf(period) === 'recent' ? undefined : period
}

/** 'YYYY-MM' of a day or month. */
export const monthKey = (day: string) => day.slice(0, 7)

export function quarterOf(month: string): number {
  return Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1
}

/** The period of `mode` that holds `month` ('YYYY-MM'): its year, its quarter, itself, or itself to itself. */
export function periodOfMode(mode: PeriodMode, month: string): string | undefined {
  switch (mode) {
    case 'recent':
      return undefined
    case 'year':
      return month.slice(0, 4)
    case 'quarter':
      return `${month.slice(0, 4)}-Q${quarterOf(month)}`
    case 'month':
      return month
    case 'range':
      return `${month.slice(0, 4)}-01..${month}`
  }
}

/** A month ('YYYY-MM' or its first day) the way the language writes it: 2026年3月, Mar 2026. */
export function formatMonth(month: string, language: Language): string {
  const time = Date.parse(`${month.slice(0, 7)}-01T00:00:00Z`)
  if (Number.isNaN(time)) return month
  return new Intl.DateTimeFormat(language, { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    new Date(time),
  )
}

/** A range of months in words: one month alone, or first – last. */
export function formatMonthRange(range: { fromMonth: string; toMonth: string }, language: Language): string {
  const from = formatMonth(range.fromMonth, language)
  return monthKey(range.fromMonth) === monthKey(range.toMonth)
    ? from
    : `${from} – ${formatMonth(range.toMonth, language)}`
}

/** The months of a range, oldest first, as 'YYYY-MM'. */
export function monthsOfRange(range: { fromMonth: string; toMonth: string }): string[] {
  const months: string[] = []
  let [year = 0, month = 1] = monthKey(range.fromMonth).split('-').map(Number)
  const last = monthKey(range.toMonth)
  for (let step = 0; step < 240; step++) {
    const key = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`
    if (key > last) break
    months.push(key)
    month = month === 12 ? 1 : month + 1
    if (month === 1) year++
  }
  return months
}
