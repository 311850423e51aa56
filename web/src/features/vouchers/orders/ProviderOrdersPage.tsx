// The orders firms placed with the provider, paid in part by their vouchers. Once delivered, the provider claims
// an order's voucher share (兑付); an order not yet delivered can be cancelled, which gives the share back.
import { Card, Select } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { VoucherOrder } from '../../../shared/api/types'
import { CursorPager } from '../../../shared/ui/CursorPager'
import { orderStatuses } from '../../../shared/ui/enums'
import { FilterBar, FilterField } from '../../../shared/ui/FilterBar'
import { InlineError } from '../../../shared/ui/PageError'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { SyntheticNotice } from '../../../shared/ui/SyntheticTag'
import { useCursorPager } from '../../../shared/ui/useCursorPager'
import { useUrlFilters } from '../../../shared/ui/useUrlFilters'
import { useEnumOptions } from '../../registry/reference/options'
import { ClaimRedemptionDialog } from '../redemptions/ClaimRedemptionDialog'
import { OrderTable } from './OrderTable'
import { useOrderPage, type OrderFilters } from './orders.queries'

export function ProviderOrdersPage() {
  const { t } = useTranslation()
  const filters = useUrlFilters()
  const [pageSize, setPageSize] = useState(20)
  const [claiming, setClaiming] = useState<VoucherOrder | null>(null)
  const statuses = useEnumOptions(orderStatuses, (status) => `enums.orderStatus.${status}`)
  const orderFilters: OrderFilters = { status: filters.choice('status', orderStatuses) }
  const pager = useCursorPager(JSON.stringify([orderFilters, pageSize]))
  const page = useOrderPage(orderFilters, pager.cursor, pageSize)
  const orders = page.data?.items ?? []

  return (
    <>
      <PageTitle title={t('vouchers.orders.title')} subtitle={t('vouchers.orders.subtitle')} />
      <Card>
        <FilterBar onClear={filters.clearFilters} canClear={filters.hasAny}>
          <FilterField id="order-status" label={t('vouchers.fields.status')} width={150}>
            <Select
              id="order-status"
              allowClear
              placeholder={t('common.all')}
              options={statuses}
              value={orderFilters.status}
              onChange={(status?: string) => filters.setFilter('status', status)}
            />
          </FilterField>
        </FilterBar>
        {page.isError && <InlineError error={page.error} onRetry={() => void page.refetch()} />}
        <SyntheticNotice shown={orders.some((order) => order.isSynthetic)} />
        <OrderTable
          orders={orders}
          loading={page.isFetching}
          counterparty="firm"
          onClaimRedemption={setClaiming}
        />
        <CursorPager
          pager={pager}
          nextCursor={page.data?.nextCursor}
          pageSize={pageSize}
          onPageSizeChange={setPageSize}
          busy={page.isFetching}
          itemsOnPage={orders.length}
        />
      </Card>
      {claiming !== null && <ClaimRedemptionDialog order={claiming} onClose={() => setClaiming(null)} />}
    </>
  )
}
