// The orders firms placed with the provider, paid in part by their vouchers. Once delivered, the provider claims
// an order's voucher share (兑付); an order not yet delivered can be cancelled, which gives the share back.
import { Card, Select } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { VoucherOrder } from '../../../shared/api/types'
import { CursorPager } from '../../../shared/list/CursorPager'
import { usePagedList } from '../../../shared/list/usePagedList'
import { orderStatuses } from '../../../shared/ui/enums'
import { FilterBar, FilterField } from '../../../shared/ui/FilterBar'
import { InlineError } from '../../../shared/ui/PageError'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { SyntheticNotice } from '../../../shared/ui/SyntheticTag'
import { enumOptions } from '../../../shared/reference/options'
import { ClaimRedemptionDialog } from '../redemptions/ClaimRedemptionDialog'
import { OrderTable } from './OrderTable'
import { orderPages, type OrderFilters } from './orders.queries'

export function ProviderOrdersPage() {
  const { t } = useTranslation('vouchers')
  const [claiming, setClaiming] = useState<VoucherOrder | null>(null)
  const statuses = enumOptions(orderStatuses, (status) => t(`enums.orderStatus.${status}`))
  const {
    filters: orderFilters,
    url,
    query: page,
    pager,
  } = usePagedList(orderPages, (url): OrderFilters => ({
    status: url.choice('status', orderStatuses),
  }))
  const orders = page.data?.items ?? []

  return (
    <>
      <PageTitle title={t('orders.title')} subtitle={t('orders.subtitle')} />
      <Card>
        <FilterBar onClear={url.clearFilters} canClear={url.hasAny}>
          <FilterField id="order-status" label={t('fields.status')} width={150}>
            <Select
              id="order-status"
              allowClear
              placeholder={t('common.all')}
              options={statuses}
              value={orderFilters.status}
              onChange={(status?: string) => url.setFilter('status', status)}
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
        <CursorPager pager={pager} />
      </Card>
      {claiming !== null && <ClaimRedemptionDialog order={claiming} onClose={() => setClaiming(null)} />}
    </>
  )
}
