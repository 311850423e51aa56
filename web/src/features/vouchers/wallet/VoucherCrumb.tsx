import { useVoucher } from './wallet.queries'

export function VoucherCrumb({ id }: { id: string }) {
  const voucher = useVoucher(id)
  return <>{voucher.data === undefined ? '…' : voucher.data.number}</>
}
