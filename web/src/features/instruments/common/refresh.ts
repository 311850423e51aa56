import type { QueryFilters } from '@tanstack/react-query'

/** Every instruments query key starts with this. */
export const instrumentsQueryKey = ['instruments'] as const

/**
 * A booking changes its instrument's calendar, the queues, the booker's list and the statistics at once: after a
 * change every instruments query is refetched (the ones on screen at once, the others when next shown).
 */
export const instrumentQueries: QueryFilters = { queryKey: instrumentsQueryKey }
