// A statistical period as people write it (2026, 2026-03, 2026-Q1) turned into a range of months, first days
// inclusive. Without one, the twelve months up to the current one.
import { shanghaiDateOf } from '../../platform/calendar'
import { AppError } from '../../platform/errors'

export interface MonthRange {
  fromMonth: string
  /** inclusive */
  toMonth: string
}

const monthsMax = 120

export function monthOf(day: string): string {
  return `${day.slice(0, 7)}-01`
}

export function addMonths(month: string, months: number): string {
  const year = Number(month.slice(0, 4))
  const index = year * 12 + Number(month.slice(5, 7)) - 1 + months
  const newYear = Math.floor(index / 12)
  return `${String(newYear).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}-01`
}

export function monthsBetween(range: MonthRange): string[] {
  const months: string[] = []
  for (let month = range.fromMonth; month <= range.toMonth; month = addMonths(month, 1)) {
    months.push(month)
    if (months.length > monthsMax) throw new AppError('INSIGHTS_PERIOD_INVALID')
  }
  return months
}

/** The period's months; the `from`/`to` pair (YYYY-MM each) is the other way to say it. */
export function periodRange(period: string | undefined, today: string = shanghaiDateOf()): MonthRange {
  if (period === undefined) {
    const toMonth = monthOf(today)
    return { fromMonth: addMonths(toMonth, -11), toMonth }
  }
  const year = /^(\d{4})$/.exec(period)
  if (year) return { fromMonth: `${year[1]}-01-01`, toMonth: `${year[1]}-12-01` }
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(period)
  if (month) return { fromMonth: `${period}-01`, toMonth: `${period}-01` }
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period)
  if (quarter) {
    const first = `${quarter[1]}-${String((Number(quarter[2]) - 1) * 3 + 1).padStart(2, '0')}-01`
    return { fromMonth: first, toMonth: addMonths(first, 2) }
  }
  const span = /^(\d{4}-(?:0[1-9]|1[0-2]))\.\.(\d{4}-(?:0[1-9]|1[0-2]))$/.exec(period)
  if (span && span[1] !== undefined && span[2] !== undefined) {
    const range = { fromMonth: `${span[1]}-01`, toMonth: `${span[2]}-01` }
    if (range.fromMonth > range.toMonth) throw new AppError('INSIGHTS_PERIOD_INVALID', { period })
    monthsBetween(range)
    return range
  }
  throw new AppError('INSIGHTS_PERIOD_INVALID', { period })
}

/** The instants a month range covers, in Asia/Shanghai: [from, until). */
export function instantsOf(range: MonthRange): { fromAt: string; untilAt: string } {
  return {
    fromAt: `${range.fromMonth}T00:00:00+08:00`,
    untilAt: `${addMonths(range.toMonth, 1)}T00:00:00+08:00`,
  }
}
