// The orders firms placed with the provider, paid in part by their vouchers. Once delivered, the provider claims
// an order's voucher share (兑付); an order not yet delivered can be cancelled, which gives the share back.
import { Card, Flex } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { VoucherOrder } from '../../../shared/api/types'
import { PagedRows } from '../../../shared/list/PagedRows'
import { usePagedList } from '../../../shared/list/usePagedList'
import { enumOptions } from '../../../shared/reference/options'
import { orderStatuses } from '../../../shared/ui/enums'
import { FilterBar } from '../../../shared/ui/FilterBar'
import { SearchFilter, SelectFilter } from '../../../shared/ui/filters'
import { ExportButton } from '../../../shared/list/ExportButton'
import { sortChange, sortFilter } from '../../../shared/list/sorting'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { ClaimRedemptionDialog } from '../redemptions/ClaimRedemptionDialog'
import { OrderTable } from './OrderTable'
import { orderExportPath, orderPages, orderSortKeys, type OrderFilters } from './orders.queries'

export function ProviderOrdersPage() {
  const { t } = useTranslation('vouchers')
  const [claiming, setClaiming] = useState<VoucherOrder | null>(null)
  const statuses = enumOptions(orderStatuses, (status) => t(`enums.orderStatus.${status}`))
  const list = usePagedList(orderPages, (url): OrderFilters => ({
    status: url.choice('status', orderStatuses),
    // the provider's order book: the newest order first unless a header says otherwise
    sort: sortFilter(url, orderSortKeys, '-createdAt'),
    q: url.text('q'),
  }))

  return (
    <>
      <PageTitle title={t('orders.title')} subtitle={t('orders.subtitle')} />
      <Card>
        <FilterBar url={list.url} values={list.filters} idPrefix="order">
          <SelectFilter name="status" label={t('fields.status')} options={statuses} />
          <SearchFilter label={t('orders.search')} placeholder={t('orders.searchHint')} width={260} />
        </FilterBar>
        <Flex justify="flex-end" style={{ marginBottom: 12 }}>
          <ExportButton path={orderExportPath} query={{ ...list.filters }} />
        </Flex>
        <PagedRows list={list}>
          <OrderTable
            orders={list.items}
            loading={list.query.isFetching}
            counterparty="firm"
            onClaimRedemption={setClaiming}
            sorting={{ sort: list.filters.sort ?? '-createdAt', onChange: sortChange(list.url) }}
          />
        </PagedRows>
      </Card>
      {claiming !== null && <ClaimRedemptionDialog order={claiming} onClose={() => setClaiming(null)} />}
    </>
  )
}
