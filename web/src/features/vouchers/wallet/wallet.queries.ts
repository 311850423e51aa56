// A firm's vouchers, with their balances and the ledger transfers behind them.
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../shared/api/client'
import type { VoucherStatus } from '../../../shared/api/types'
import { vouchersQueryKey } from '../common/refresh'

export interface VoucherFilters {
  status?: VoucherStatus
}

const walletKey = [...vouchersQueryKey, 'wallet'] as const
const pageSizeMax = 100
/** a firm holds a few vouchers; the totals stop counting after this many (and say so) */
const totalsPagesMax = 10

export function useVoucherPage(filters: VoucherFilters, cursor: string | undefined, limit: number) {
  return useQuery({
    queryKey: [...walletKey, 'page', filters, cursor, limit],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/vouchers', { params: { query: { ...filters, cursor, limit } }, signal })),
    placeholderData: keepPreviousData,
  })
}

export function useVoucher(id: string) {
  return useQuery({
    queryKey: [...walletKey, 'one', id],
    queryFn: ({ signal }) => unwrap(api.GET('/api/vouchers/{id}', { params: { path: { id } }, signal })),
  })
}

export function useLedgerPage(voucherId: string, cursor: string | undefined, limit: number) {
  return useQuery({
    queryKey: [...walletKey, 'ledger', voucherId, cursor, limit],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/vouchers/{id}/ledger', {
          params: { path: { id: voucherId }, query: { cursor, limit } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  })
}

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
