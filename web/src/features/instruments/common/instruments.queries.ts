// The catalogue: a page of instruments, one instrument, its held slots in a window, what the caller could book in
// it, and a price for a slot.
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../shared/api/client'
import { pagedSource } from '../../../shared/list/usePagedList'
import type { SortOf } from '../../../shared/list/sorting'
import type { InstrumentQuery } from './instrument.types'
import { instrumentsQueryKey } from './refresh'

export type InstrumentFilters = Omit<InstrumentQuery, 'cursor' | 'limit'>

/** The columns the catalogue sorts by, as the API takes them (InstrumentQuery's sort). */
export const instrumentSortKeys = ['createdAt', 'externalPriceFen', 'originalValueFen'] as const
export type InstrumentSort = SortOf<(typeof instrumentSortKeys)[number]>
/** The catalogue opens on the instruments listed last. */
export const instrumentSortDefault: InstrumentSort = '-createdAt'

/** The search as a file, with the search's filters and order. */
export const instrumentExportPath = '/api/instruments/export'

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

/**
 * What the caller could book, half hour by half hour (the server answers at most 14 days), by the rules a booking
 * request is held to; only bookers may ask.
 */
export function useAvailability(id: string, from: string, to: string, enabled: boolean) {
  return useQuery({
    queryKey: [...instrumentsQueryKey, 'availability', id, from, to],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/instruments/{id}/availability', {
          params: { path: { id }, query: { from, to } },
          signal,
        }),
      ),
    enabled,
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
