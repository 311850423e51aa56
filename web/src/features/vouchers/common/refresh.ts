import type { QueryFilters } from '@tanstack/react-query'

/** Every voucher query key starts with this. */
export const vouchersQueryKey = ['vouchers'] as const

/**
 * One voucher action can change a budget, a balance, a claim, an order and the ledger at once: after it, every
 * voucher query is refetched (the ones on screen at once, the others when next shown).
 */
export const voucherQueries: QueryFilters = { queryKey: vouchersQueryKey }
