// Ordering one product with the voucher: the firm picks a quantity and sees the split before it places the order.
import { Alert, App, Form, InputNumber } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { ServiceProduct, Voucher } from '../../../shared/api/types'
import { formatFen } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { ActionDialog } from '../../../shared/ui/ActionDialog'
import { splitOrder, type CoPayRule } from '../common/coPay'
import { usePlaceOrder } from '../orders/orders.queries'
import { OrderSplit } from './OrderSplit'

const quantityMax = 1000

interface OrderDialogProps {
  voucher: Voucher
  rule: CoPayRule
  product: ServiceProduct
  onClose: () => void
}

export function OrderDialog({ voucher, rule, product, onClose }: OrderDialogProps) {
  const { t } = useTranslation('vouchers')
  const { language, nameOf } = useLanguage()
  const { notification } = App.useApp()
  const navigate = useNavigate()
  const placeOrder = usePlaceOrder()
  const [quantity, setQuantity] = useState(1)
  const split = splitOrder(product.priceFen * quantity, rule, voucher.availableFen)

  const place = () =>
    placeOrder.mutate(
      { voucherId: voucher.id, productId: product.id, quantity },
      {
        onSuccess: (order) => {
          notification.success({
            title: t('spend.placed', { amount: formatFen(order.voucherShareFen, language) }),
          })
          void navigate(`/vouchers/wallet/${voucher.id}`)
        },
      },
    )

  return (
    <ActionDialog
      title={t('spend.orderTitle', { product: nameOf(product) })}
      okText={t('spend.placeOrder')}
      onOk={place}
      onClose={onClose}
      mutation={placeOrder}
      okDisabled={split.voucherShareFen <= 0}
      explained={t('spend.unitPrice', {
        price: formatFen(product.priceFen, language),
        unit: t(`enums.priceUnit.${product.priceUnit}`),
      })}
    >
      <Form layout="vertical" component="div">
        <Form.Item label={t('fields.quantity')} htmlFor="order-quantity">
          <InputNumber
            id="order-quantity"
            min={1}
            max={quantityMax}
            precision={0}
            value={quantity}
            onChange={(value) => setQuantity(value ?? 1)}
          />
        </Form.Item>
      </Form>
      <OrderSplit split={split} rule={rule} />
      {split.voucherShareFen <= 0 && (
        <Alert type="warning" showIcon title={t('spend.nothingToPay')} style={{ marginTop: 12 }} />
      )}
    </ActionDialog>
  )
}
