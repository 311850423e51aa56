// Orders paid with vouchers: what was ordered, from or by whom, how the amount splits, and where it stands.
import { Button, Flex, Typography, type TableColumnsType, type TableProps } from 'antd'
import { useTranslation } from 'react-i18next'
import { DataTable } from '../../../shared/ui/DataTable'
import { column, moneyColumn, timestampColumn, type Column } from '../../../shared/ui/columns'
import { sortable } from '../../../shared/list/sorting'
import type { ListedOrder, OrderStatus } from '../../../shared/api/types'
import { formatFen } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { Money } from '../../../shared/ui/Money'
import { RecordName } from '../../../shared/ui/RecordName'
import { CityName } from '../../../shared/reference/CityName'
import { OrderStatusTag } from '../common/StatusTags'
import { CancelOrderButton } from './CancelOrderButton'

interface OrderTableProps {
  orders: ListedOrder[]
  loading: boolean
  /** the other side of the order: the provider for a firm, the firm for a provider */
  counterparty: 'provider' | 'firm'
  /** the provider's view: claim redemption of an order (again, after a rejected claim) */
  onClaimRedemption?: (order: ListedOrder) => void
  /** the list's order and what a header click does to it; without, the columns do not sort */
  sorting?: { sort: string; onChange: TableProps<ListedOrder>['onChange'] }
}

const claimable: readonly OrderStatus[] = ['reserved', 'delivered']

export function OrderTable({ orders, loading, counterparty, onClaimRedemption, sorting }: OrderTableProps) {
  const { t } = useTranslation('vouchers')
  const { language } = useLanguage()
  const sortableBy = (column: Column<ListedOrder>, key: string) =>
    sorting === undefined ? column : sortable(column, key, sorting.sort)
  const columns: TableColumnsType<ListedOrder> = [
    column(
      'number',
      t('orders.number'),
      (order) => <Typography.Text copyable>{order.number}</Typography.Text>,
      190,
    ),
    sortableBy(
      timestampColumn('placedAt', t('orders.placedAt'), (order) => order.createdAt, 120),
      'createdAt',
    ),
    column('product', t('fields.product'), (order) => (
      <>
        <RecordName record={order.subject} fallback="" />
        <span className="g60-secondary-name">{t(`enums.serviceCategory.${order.category}`)}</span>
      </>
    )),
    counterparty === 'provider'
      ? {
          key: 'provider',
          title: t('fields.provider'),
          render: (_, order) => (
            <>
              <RecordName
                record={order.provider}
                fallback=""
                to={`/providers/${encodeURIComponent(order.providerId)}`}
              />
              <span className="g60-secondary-name">
                <CityName code={order.providerCityCode} />
              </span>
            </>
          ),
        }
      : {
          key: 'firm',
          title: t('fields.firm'),
          render: (_, order) => (
            <>
              <RecordName record={order.firm} fallback="" to={`/firms/${encodeURIComponent(order.firmId)}`} />
              <span className="g60-secondary-name">
                <CityName code={order.issuerCityCode} />
              </span>
            </>
          ),
        },
    sortableBy(
      column(
        'amount',
        t('fields.orderAmount'),
        (order) => (
          <>
            <Money fen={order.amountFen} />
            <span className="g60-secondary-name">
              {t('orders.quantityTimesPrice', {
                quantity: order.quantity,
                price: formatFen(order.unitPriceFen, language),
              })}
            </span>
          </>
        ),
        { align: 'right', width: 130 },
      ),
      'amountFen',
    ),
    moneyColumn('share', t('fields.voucherShare'), (order) => order.voucherShareFen, 120),
    moneyColumn('copay', t('fields.firmCopay'), (order) => order.firmCopayFen, 120),
    sortableBy(
      column('status', t('fields.status'), (order) => <OrderStatusTag status={order.status} />, 90),
      'status',
    ),
    column(
      'actions',
      t('common.actions'),
      (order) => (
        <Flex vertical gap={4} align="flex-start">
          {onClaimRedemption !== undefined && claimable.includes(order.status) && (
            <Button size="small" type="primary" onClick={() => onClaimRedemption(order)}>
              {t('redemptions.claim')}
            </Button>
          )}
          {/* a booking's order is cancelled with the booking */}
          {order.status === 'reserved' && order.source === null && <CancelOrderButton order={order} />}
        </Flex>
      ),
      onClaimRedemption === undefined ? 100 : 120,
    ),
  ]
  return (
    <DataTable<ListedOrder>
      rows={orders}
      columns={columns}
      loading={loading}
      onChange={sorting?.onChange}
      data-testid="order-table"
      emptyText={t('orders.empty')}
    />
  )
}
