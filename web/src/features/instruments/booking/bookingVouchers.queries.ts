// The firm's active vouchers that could pay for instrument time, each with its scheme's rule: a scheme must
// allow instrument time (机时) and recognise the instrument's city, and the voucher must have a balance.
import { useQueries, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../shared/api/client'
import type { Voucher, VoucherScheme } from '../../../shared/api/types'
import { instrumentsQueryKey } from '../common/refresh'

/** a firm holds a few active vouchers: one page holds them all */
const vouchersPageMax = 100

export type VoucherUnusableReason = 'category' | 'city' | 'balance'

export interface BookingVoucher {
  voucher: Voucher
  scheme: VoucherScheme | undefined
  /** why the voucher cannot pay for this instrument, null when it can (undefined: its scheme is loading) */
  unusable: VoucherUnusableReason | null | undefined
}

function unusableReason(
  voucher: Voucher,
  scheme: VoucherScheme,
  cityCode: string,
): VoucherUnusableReason | null {
  if (!scheme.serviceCategories.includes('instrument_time')) return 'category'
  if (!scheme.recognisedCityCodes.includes(cityCode)) return 'city'
  if (voucher.availableFen <= 0) return 'balance'
  return null
}

export function useBookingVouchers(cityCode: string, enabled: boolean) {
  const vouchers = useQuery({
    queryKey: [...instrumentsQueryKey, 'booking-vouchers'],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/vouchers', { params: { query: { status: 'active', limit: vouchersPageMax } }, signal }),
      ),
    select: (page) => page.items,
    enabled,
  })
  const schemeIds = [...new Set((vouchers.data ?? []).map((voucher) => voucher.schemeId))]
  const schemes = useQueries({
    queries: schemeIds.map((id) => ({
      queryKey: [...instrumentsQueryKey, 'voucher-scheme', id],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        unwrap(api.GET('/api/voucher-schemes/{id}', { params: { path: { id } }, signal })),
      staleTime: 5 * 60_000,
    })),
  })
  const schemeOf = (id: string) => schemes.find((scheme) => scheme.data?.id === id)?.data
  const items: BookingVoucher[] = (vouchers.data ?? []).map((voucher) => {
    const scheme = schemeOf(voucher.schemeId)
    return {
      voucher,
      scheme,
      unusable: scheme === undefined ? undefined : unusableReason(voucher, scheme, cityCode),
    }
  })
  return { items, isPending: vouchers.isPending && enabled, error: vouchers.error }
}
