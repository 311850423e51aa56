// The catalogue: a page of instruments, one instrument, its held slots in a window, and a price for a slot.
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../shared/api/client'
import { pagedSource } from '../../../shared/list/usePagedList'
import type { InstrumentQuery } from './instrument.types'
import { instrumentsQueryKey } from './refresh'

export type InstrumentFilters = Omit<InstrumentQuery, 'cursor' | 'limit'>

export const instrumentPages = pagedSource(
  [...instrumentsQueryKey, 'page'],
  (filters: InstrumentFilters, page, signal) =>
    unwrap(api.GET('/api/instruments', { params: { query: { ...filters, ...page } }, signal })),
)

export function useInstrument(id: string) {
  return useQuery({
    queryKey: [...instrumentsQueryKey, 'one', id],
    queryFn: ({ signal }) => unwrap(api.GET('/api/instruments/{id}', { params: { path: { id } }, signal })),
  })
}

/** Held slots between two instants (the server answers at most 31 days). */
export function useCalendar(id: string, from: string, to: string) {
  return useQuery({
    queryKey: [...instrumentsQueryKey, 'calendar', id, from, to],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/instruments/{id}/calendar', {
          params: { path: { id }, query: { from, to } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  })
}

export interface QuoteRequest {
  startsAt: string
  endsAt: string
  sampleCount?: number
}

/**
 * What the caller would pay for a slot (its class, internal or external, decides the price); null: no slot
 * yet.
 */
export function useQuote(id: string, request: QuoteRequest | null) {
  return useQuery({
    queryKey: [...instrumentsQueryKey, 'quote', id, request],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/instruments/{id}/quote', {
          params: { path: { id }, query: request ?? { startsAt: '', endsAt: '' } },
          signal,
        }),
      ),
    enabled: request !== null,
    placeholderData: keepPreviousData,
  })
}

/** The iCalendar feed of an instrument's held slots, for a calendar application to subscribe to. */
export function calendarFeedPath(id: string): string {
  return `/api/instruments/${encodeURIComponent(id)}/calendar.ics`
}
