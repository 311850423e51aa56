import type { QueryFilters } from '@tanstack/react-query'

/** Every finance query key starts with this. */
export const financeQueryKey = ['finance'] as const

/** The institution's read of a firm's score card: an audited read, made when its page opens and never behind it. */
export const firmIndicatorsKey = 'firm-indicators'

/**
 * One finance action can change a need, its matches, a referral, a score and the figures at once: after it, every
 * finance query is refetched (the ones on screen at once, the others when next shown), except the audited read of
 * a firm's score card.
 */
export const financeQueries: QueryFilters = {
  queryKey: financeQueryKey,
  predicate: (query) => !query.queryKey.includes(firmIndicatorsKey),
}
