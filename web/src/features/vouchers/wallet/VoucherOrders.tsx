import { PagedRows } from '../../../shared/list/PagedRows'
import { usePagedList } from '../../../shared/list/usePagedList'
import { OrderTable } from '../orders/OrderTable'
import { orderPages } from '../orders/orders.queries'

/** The orders placed with one voucher. */
export function VoucherOrders({ voucherId }: { voucherId: string }) {
  const list = usePagedList(orderPages, () => ({ voucher: voucherId }))
  return (
    <PagedRows list={list} notice={false}>
      <OrderTable orders={list.items} loading={list.query.isFetching} counterparty="provider" />
    </PagedRows>
  )
}
