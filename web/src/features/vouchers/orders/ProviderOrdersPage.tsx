// The orders firms placed with the provider, paid in part by their vouchers. Once delivered, the provider claims
// an order's voucher share (兑付); an order not yet delivered can be cancelled, which gives the share back.
import { Card } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { VoucherOrder } from '../../../shared/api/types'
import { PagedRows } from '../../../shared/list/PagedRows'
import { usePagedList } from '../../../shared/list/usePagedList'
import { enumOptions } from '../../../shared/reference/options'
import { orderStatuses } from '../../../shared/ui/enums'
import { FilterBar } from '../../../shared/ui/FilterBar'
import { SelectFilter } from '../../../shared/ui/filters'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { ClaimRedemptionDialog } from '../redemptions/ClaimRedemptionDialog'
import { OrderTable } from './OrderTable'
import { orderPages, type OrderFilters } from './orders.queries'

export function ProviderOrdersPage() {
  const { t } = useTranslation('vouchers')
  const [claiming, setClaiming] = useState<VoucherOrder | null>(null)
  const statuses = enumOptions(orderStatuses, (status) => t(`enums.orderStatus.${status}`))
  const list = usePagedList(orderPages, (url): OrderFilters => ({
    status: url.choice('status', orderStatuses),
  }))

  return (
    <>
      <PageTitle title={t('orders.title')} subtitle={t('orders.subtitle')} />
      <Card>
        <FilterBar url={list.url} values={list.filters} idPrefix="order">
          <SelectFilter name="status" label={t('fields.status')} options={statuses} />
        </FilterBar>
        <PagedRows list={list}>
          <OrderTable
            orders={list.items}
            loading={list.query.isFetching}
            counterparty="firm"
            onClaimRedemption={setClaiming}
          />
        </PagedRows>
      </Card>
      {claiming !== null && <ClaimRedemptionDialog order={claiming} onClose={() => setClaiming(null)} />}
    </>
  )
}
