// The search page's filters, read from the address: what goes to GET /api/instruments, and what is wrong with
// a half-typed filter (the list then ignores it and says why).
import { parseYuan } from '../../../shared/format/yuan'
import { cityCodes } from '../../../shared/ui/enums'
import type { useUrlFilters } from '../../../shared/list/useUrlFilters'
import { sortFilter } from '../../../shared/list/sorting'
import {
  instrumentSortDefault,
  instrumentSortKeys,
  type InstrumentFilters,
} from '../common/instruments.queries'
import { instrumentCategories, instrumentStatuses, valueTiers } from '../common/enums'
import { instantOfLocal } from '../common/shanghaiTime'

/** the server shows "free between" windows of at most 31 days */
const freeWindowDaysMax = 31
const dayMs = 24 * 60 * 60 * 1000
/** the API's bound on a price */
const priceFenMax = 100_000_000

export type FreeWindowProblem = 'incomplete' | 'order' | 'tooLong'
/** the status filter: one status, or all of them */
export const statusChoices = [...instrumentStatuses, 'all'] as const
export type StatusChoice = (typeof statusChoices)[number]

export interface SearchFilters {
  api: InstrumentFilters
  status: StatusChoice
  priceMaxText: string | undefined
  priceInvalid: boolean
  freeFrom: string | undefined
  freeTo: string | undefined
  freeWindowProblem: FreeWindowProblem | null
}

function freeWindowOf(from: string | undefined, to: string | undefined) {
  if (from === undefined && to === undefined) return { problem: null }
  const fromInstant = instantOfLocal(from)
  const toInstant = instantOfLocal(to)
  if (fromInstant === null || toInstant === null) return { problem: 'incomplete' as const }
  const spanMs = Date.parse(toInstant) - Date.parse(fromInstant)
  if (spanMs <= 0) return { problem: 'order' as const }
  if (spanMs > freeWindowDaysMax * dayMs) return { problem: 'tooLong' as const }
  return { problem: null, freeFrom: fromInstant, freeTo: toInstant }
}

export function readSearchFilters(filters: ReturnType<typeof useUrlFilters>): SearchFilters {
  const status = filters.choice('status', statusChoices) ?? 'available'
  const city = cityCodes.find((code) => code === filters.text('city'))
  const priceMaxText = filters.text('priceMax')
  const priceMaxFen = priceMaxText === undefined ? null : parseYuan(priceMaxText)
  const priceValid = priceMaxFen !== null && priceMaxFen >= 1 && priceMaxFen <= priceFenMax
  const freeFrom = filters.text('freeFrom')
  const freeTo = filters.text('freeTo')
  const free = freeWindowOf(freeFrom, freeTo)
  return {
    api: {
      sort: sortFilter(filters, instrumentSortKeys, instrumentSortDefault),
      q: filters.text('q'),
      category: filters.choice('category', instrumentCategories),
      city,
      valueTier: filters.choice('tier', valueTiers),
      status: status === 'all' ? undefined : status,
      ...(priceValid ? { priceMaxFen } : {}),
      ...(free.problem === null && free.freeFrom !== undefined
        ? { freeFrom: free.freeFrom, freeTo: free.freeTo }
        : {}),
    },
    status,
    priceMaxText,
    priceInvalid: priceMaxText !== undefined && !priceValid,
    freeFrom,
    freeTo,
    freeWindowProblem: free.problem,
  }
}
