import { useState } from 'react'
import { CursorPager } from '../../../shared/ui/CursorPager'
import { InlineError } from '../../../shared/ui/PageError'
import { useCursorPager } from '../../../shared/ui/useCursorPager'
import { OrderTable } from '../orders/OrderTable'
import { useOrderPage } from '../orders/orders.queries'

/** The orders placed with one voucher. */
export function VoucherOrders({ voucherId }: { voucherId: string }) {
  const [pageSize, setPageSize] = useState(20)
  const pager = useCursorPager(JSON.stringify([voucherId, pageSize]))
  const page = useOrderPage({ voucher: voucherId }, pager.cursor, pageSize)
  const orders = page.data?.items ?? []
  return (
    <>
      {page.isError && <InlineError error={page.error} onRetry={() => void page.refetch()} />}
      <OrderTable orders={orders} loading={page.isFetching} counterparty="provider" />
      <CursorPager
        pager={pager}
        nextCursor={page.data?.nextCursor}
        pageSize={pageSize}
        onPageSizeChange={setPageSize}
        busy={page.isFetching}
        itemsOnPage={orders.length}
      />
    </>
  )
}
