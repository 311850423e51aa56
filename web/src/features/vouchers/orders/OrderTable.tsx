// Orders paid with vouchers: what was ordered, from or by whom, how the amount splits, and where it stands.
import { Button, Empty, Flex, Table, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import type { OrderStatus, VoucherOrder } from '../../../shared/api/types'
import { formatFen, formatTimestamp } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { Money } from '../../../shared/ui/Money'
import { tableScroll } from '../../../shared/ui/tables'
import { FirmName } from '../../registry/firms/FirmName'
import { ProviderName } from '../../registry/providers/ProviderName'
import { CityName } from '../../../shared/reference/CityName'
import { OrderSubject } from '../common/OrderSubject'
import { OrderStatusTag } from '../common/StatusTags'
import { CancelOrderButton } from './CancelOrderButton'

interface OrderTableProps {
  orders: VoucherOrder[]
  loading: boolean
  /** the other side of the order: the provider for a firm, the firm for a provider */
  counterparty: 'provider' | 'firm'
  /** the provider's view: claim redemption of an order (again, after a rejected claim) */
  onClaimRedemption?: (order: VoucherOrder) => void
}

const claimable: readonly OrderStatus[] = ['reserved', 'delivered']

export function OrderTable({ orders, loading, counterparty, onClaimRedemption }: OrderTableProps) {
  const { t } = useTranslation('vouchers')
  const { language } = useLanguage()
  const columns: TableColumnsType<VoucherOrder> = [
    {
      key: 'placedAt',
      title: t('orders.placedAt'),
      width: 120,
      render: (_, order) => formatTimestamp(order.createdAt, language),
    },
    {
      key: 'product',
      title: t('fields.product'),
      render: (_, order) => (
        <>
          <OrderSubject order={order} />
          <span className="g60-secondary-name">{t(`enums.serviceCategory.${order.category}`)}</span>
        </>
      ),
    },
    counterparty === 'provider'
      ? {
          key: 'provider',
          title: t('fields.provider'),
          render: (_, order) => (
            <>
              <ProviderName id={order.providerId} linked />
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
              <FirmName id={order.firmId} linked />
              <span className="g60-secondary-name">
                <CityName code={order.issuerCityCode} />
              </span>
            </>
          ),
        },
    {
      key: 'amount',
      title: t('fields.orderAmount'),
      align: 'right',
      width: 130,
      render: (_, order) => (
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
    },
    {
      key: 'share',
      title: t('fields.voucherShare'),
      align: 'right',
      width: 120,
      render: (_, order) => <Money fen={order.voucherShareFen} />,
    },
    {
      key: 'copay',
      title: t('fields.firmCopay'),
      align: 'right',
      width: 120,
      render: (_, order) => <Money fen={order.firmCopayFen} />,
    },
    {
      key: 'status',
      title: t('fields.status'),
      width: 90,
      render: (_, order) => <OrderStatusTag status={order.status} />,
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: onClaimRedemption === undefined ? 100 : 120,
      render: (_, order) => (
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
    },
  ]
  return (
    <Table<VoucherOrder>
      rowKey="id"
      columns={columns}
      dataSource={orders}
      loading={loading}
      pagination={false}
      size="middle"
      scroll={tableScroll}
      locale={{ emptyText: <Empty description={t('orders.empty')} /> }}
      data-testid="order-table"
    />
  )
}
