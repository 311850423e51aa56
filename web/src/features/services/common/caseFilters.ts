// Reading a case list's filters from the address: the number people quote (or its beginning), a status, a city,
// overdue only, and the order (each view's own unless a header set another).
import type { UrlFilters } from '../../../shared/list/useUrlFilters'
import { sortFilter } from '../../../shared/list/sorting'
import { cityCodes } from '../../../shared/ui/enums'
import { caseStatuses } from './enums'
import { caseSortKeys, type CaseFilters, type CaseSort } from './services.queries'
import type { CaseView } from './services.types'

/** Each view's order as its users work it: histories newest first, the window's queue oldest first, the deciding
 * queue soonest due first. */
export const caseSortDefaults: Record<CaseView, CaseSort> = {
  mine: '-submittedAt',
  city: '-submittedAt',
  intake: 'submittedAt',
  deciding: 'dueOn',
}

export function caseFiltersOf(
  url: UrlFilters,
  view: CaseView,
  options: { status?: boolean; city?: boolean; overdue?: boolean } = {},
): CaseFilters {
  return {
    view,
    q: url.text('q'),
    sort: sortFilter(url, caseSortKeys, caseSortDefaults[view]),
    ...(options.status === true ? { status: url.choice('status', caseStatuses) } : {}),
    ...(options.city === true ? { city: url.choice('city', cityCodes) } : {}),
    ...(options.overdue === true ? { overdue: url.flag('overdue') } : {}),
  }
}
