// The working-day calendar: the years it holds and each year's public holidays and make-up working days (weekends
// are off unless listed). Read by the pages that count working days and by the office's calendar editor.
import { queryOptions, useQueries, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../api/client'

/** Every calendar query key starts with this: an edit of a year refreshes them all. */
export const calendarQueryKey = ['calendar'] as const
const calendarStaleMs = 10 * 60_000

export const calendarDaysQuery = (year: number) =>
  queryOptions({
    queryKey: [...calendarQueryKey, 'days', year],
    queryFn: ({ signal }) => unwrap(api.GET('/api/calendar/days', { params: { query: { year } }, signal })),
    staleTime: calendarStaleMs,
  })

export function useCalendarYears() {
  return useQuery({
    queryKey: [...calendarQueryKey, 'years'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/calendar/years', { signal })),
    staleTime: calendarStaleMs,
  })
}

export function useCalendarDays(year: number) {
  return useQuery(calendarDaysQuery(year))
}

/** The exceptions of the given years by day, or null until every one of them has loaded. */
export function useCalendarExceptions(
  years: readonly number[],
): ReadonlyMap<string, 'holiday' | 'workday'> | null {
  const unique = [...new Set(years)].sort()
  return useQueries({
    queries: unique.map((year) => calendarDaysQuery(year)),
    combine: (results) => {
      if (results.some((result) => result.data === undefined)) return null
      return new Map(
        results.flatMap((result) => (result.data?.items ?? []).map((day) => [day.day, day.kind])),
      )
    },
  })
}
