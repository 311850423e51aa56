import { useTranslation } from 'react-i18next'
import { OrderSubject } from '../common/OrderSubject'
import { useOrder } from '../orders/orders.queries'

/** What the redeemed order was for, and its category (the order is fetched by id). */
export function RedemptionOrder({ orderId }: { orderId: string }) {
  const { t } = useTranslation('vouchers')
  const order = useOrder(orderId)
  if (order.data === undefined) return <>{orderId}</>
  return (
    <>
      <OrderSubject order={order.data} />
      <span className="g60-secondary-name">{t(`enums.serviceCategory.${order.data.category}`)}</span>
    </>
  )
}
