// Orders paid with vouchers: what was ordered, from or by whom, how the amount splits, and where it stands.
import { Button, Flex, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { DataTable } from '../../../shared/ui/DataTable'
import { column, moneyColumn, timestampColumn } from '../../../shared/ui/columns'
import type { OrderStatus, VoucherOrder } from '../../../shared/api/types'
import { formatFen } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { Money } from '../../../shared/ui/Money'
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
    timestampColumn('placedAt', t('orders.placedAt'), (order) => order.createdAt, 120),
    column('product', t('fields.product'), (order) => (
      <>
        <OrderSubject order={order} />
        <span className="g60-secondary-name">{t(`enums.serviceCategory.${order.category}`)}</span>
      </>
    )),
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
    moneyColumn('share', t('fields.voucherShare'), (order) => order.voucherShareFen, 120),
    moneyColumn('copay', t('fields.firmCopay'), (order) => order.firmCopayFen, 120),
    column('status', t('fields.status'), (order) => <OrderStatusTag status={order.status} />, 90),
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
    <DataTable<VoucherOrder>
      rows={orders}
      columns={columns}
      loading={loading}
      data-testid="order-table"
      emptyText={t('orders.empty')}
    />
  )
}
