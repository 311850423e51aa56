// Every scope's index on one month axis: the corridor first, then the cities in the corridor's order.
import type { IndexSeries } from '../common/insights.types'
import { monthsOfRange } from '../common/period'

export const corridorScope = 'G60'

export interface ScopeSeries {
  scope: string
  name: string
  corridor: boolean
  /** one per month of the axis, null where the scope has no index */
  values: (number | null)[]
}

export function scopeSeries(
  data: IndexSeries,
  scopeName: (scope: string) => string,
  cityOrder: readonly string[],
): { months: string[]; series: ScopeSeries[] } {
  const months = monthsOfRange(data.range)
  const rank = (scope: string) => (scope === corridorScope ? -1 : cityOrder.indexOf(scope))
  const series = [...data.scopes]
    .sort((first, second) => rank(first.scope) - rank(second.scope))
    .map((scope) => {
      const byMonth = new Map(scope.months.map((month) => [month.month.slice(0, 7), month.indexValue]))
      return {
        scope: scope.scope,
        name: scopeName(scope.scope),
        corridor: scope.scope === corridorScope,
        values: months.map((month) => byMonth.get(month) ?? null),
      }
    })
  return { months, series }
}
