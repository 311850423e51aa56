// A firm's vouchers, with their balances and the ledger transfers behind them.
import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../shared/api/client'
import { pagedSource } from '../../../shared/list/usePagedList'
import type { SortOf } from '../../../shared/list/sorting'
import type { VoucherStatus } from '../../../shared/api/types'
import { vouchersQueryKey } from '../common/refresh'

/** The columns a vouchers list sorts by, as the API takes them (VoucherQuery's sort). */
export const voucherSortKeys = ['issuedAt', 'amountFen', 'expiresAt'] as const
export type VoucherSort = SortOf<(typeof voucherSortKeys)[number]>

export interface VoucherFilters {
  status?: VoucherStatus
  sort?: VoucherSort
  /** a voucher number, or its beginning */
  q?: string
}

/** The vouchers list as a file, with the list's filters and order. */
export const voucherExportPath = '/api/vouchers/export'

const walletKey = [...vouchersQueryKey, 'wallet'] as const
const pageSizeMax = 100
/** a firm holds a few vouchers; the totals stop counting after this many (and say so) */
const totalsPagesMax = 10

export const voucherPages = pagedSource([...walletKey, 'page'], (filters: VoucherFilters, page, signal) =>
  unwrap(api.GET('/api/vouchers', { params: { query: { ...filters, ...page } }, signal })),
)

export function useVoucher(id: string) {
  return useQuery({
    queryKey: [...walletKey, 'one', id],
    queryFn: ({ signal }) => unwrap(api.GET('/api/vouchers/{id}', { params: { path: { id } }, signal })),
  })
}

export const ledgerPages = pagedSource([...walletKey, 'ledger'], (voucherId: string, page, signal) =>
  unwrap(api.GET('/api/vouchers/{id}/ledger', { params: { path: { id: voucherId }, query: page }, signal })),
)

export interface WalletTotals {
  count: number
  amountFen: number
  availableFen: number
  reservedFen: number
  /** false when the firm holds more vouchers than were counted */
  complete: boolean
}

/** What the firm's active vouchers add up to, summed over all their pages (a bounded walk). */
export function useWalletTotals() {
  return useQuery({
    queryKey: [...walletKey, 'totals'],
    queryFn: async ({ signal }): Promise<WalletTotals> => {
      const totals = { count: 0, amountFen: 0, availableFen: 0, reservedFen: 0 }
      let cursor: string | undefined
      for (let pageNumber = 0; pageNumber < totalsPagesMax; pageNumber++) {
        const page = await unwrap(
          api.GET('/api/vouchers', {
            params: { query: { status: 'active', limit: pageSizeMax, cursor } },
            signal,
          }),
        )
        for (const voucher of page.items) {
          totals.count += 1
          totals.amountFen += voucher.amountFen
          totals.availableFen += voucher.availableFen
          totals.reservedFen += voucher.reservedFen
        }
        if (page.nextCursor === null) return { ...totals, complete: true }
        cursor = page.nextCursor
      }
      return { ...totals, complete: false }
    },
  })
}
