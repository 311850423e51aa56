// The figures page's monthly chart: money paid by month, one series per city, on a month axis without gaps.
import type { MonthPaid } from '../common/policies.types'

export interface MonthSeries {
  /** the months, oldest first ('YYYY-MM'), none missing between the first and the last */
  months: string[]
  /** one series per city that was paid anything, in `cityOrder`; a month without payments is 0 */
  series: { cityCode: string; values: number[] }[]
}

/** The month after a 'YYYY-MM' month. */
function nextMonth(month: string): string {
  const [year = 0, number = 1] = month.split('-').map(Number)
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`
}

/** Every month from the first to the last (or to `until`, when later), without gaps. */
function monthsFrom(first: string, last: string): string[] {
  const months = [first]
  for (let month = first; month < last;) {
    month = nextMonth(month)
    months.push(month)
  }
  return months
}

/**
 * Money paid by month, one series per city, on every month from the first paid to `untilMonth` (this month): a month
 * without payments is on the axis at 0, so that payments read as a line in time, not as points alone.
 */
export function monthSeriesOf(
  rows: readonly MonthPaid[],
  cityOrder: readonly string[],
  untilMonth?: string,
): MonthSeries {
  const paid = [...new Set(rows.map((row) => row.month))].sort()
  const first = paid[0]
  const last = [paid.at(-1) ?? '', untilMonth ?? ''].sort().at(-1) ?? ''
  const months = first === undefined ? [] : monthsFrom(first, last)
  const present = new Set(rows.map((row) => row.cityCode))
  const ordered = [
    ...cityOrder.filter((code) => present.has(code)),
    ...[...present].filter((code) => !cityOrder.includes(code)).sort(),
  ]
  return {
    months,
    series: ordered.map((cityCode) => ({
      cityCode,
      values: months.map((month) =>
        rows
          .filter((row) => row.cityCode === cityCode && row.month === month)
          .reduce((sum, row) => sum + row.paidFen, 0),
      ),
    })),
  }
}
