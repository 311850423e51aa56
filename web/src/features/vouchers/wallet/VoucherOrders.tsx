import { CursorPager } from '../../../shared/list/CursorPager'
import { usePagedList } from '../../../shared/list/usePagedList'
import { InlineError } from '../../../shared/ui/PageError'
import { OrderTable } from '../orders/OrderTable'
import { orderPages } from '../orders/orders.queries'

/** The orders placed with one voucher. */
export function VoucherOrders({ voucherId }: { voucherId: string }) {
  const { query: page, pager } = usePagedList(orderPages, () => ({ voucher: voucherId }))
  const orders = page.data?.items ?? []
  return (
    <>
      {page.isError && <InlineError error={page.error} onRetry={() => void page.refetch()} />}
      <OrderTable orders={orders} loading={page.isFetching} counterparty="provider" />
      <CursorPager pager={pager} />
    </>
  )
}
