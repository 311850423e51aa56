// Reading a case list's filters from the address: the number people quote (the API matches it whole, from three
// characters), a status, a city, overdue only.
import type { UrlFilters } from '../../../shared/list/useUrlFilters'
import { cityCodes } from '../../../shared/ui/enums'
import { caseStatuses } from './enums'
import type { CaseFilters } from './services.queries'
import type { CaseView } from './services.types'

/** the API's shortest number */
const numberLengthMin = 3

export function numberOf(url: UrlFilters): string | undefined {
  const text = url.text('q')?.trim().toUpperCase()
  return text === undefined || text.length < numberLengthMin ? undefined : text
}

export function caseFiltersOf(
  url: UrlFilters,
  view: CaseView,
  options: { status?: boolean; city?: boolean; overdue?: boolean } = {},
): CaseFilters {
  return {
    view,
    number: numberOf(url),
    ...(options.status === true ? { status: url.choice('status', caseStatuses) } : {}),
    ...(options.city === true ? { city: url.choice('city', cityCodes) } : {}),
    ...(options.overdue === true ? { overdue: url.flag('overdue') } : {}),
  }
}
