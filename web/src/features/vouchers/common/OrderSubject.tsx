import { useTranslation } from 'react-i18next'
import type { VoucherOrder } from '../../../shared/api/types'
import { ProductName } from './ProductName'

/** What an order pays for: a service product, or another module's record (an instrument booking). */
export function OrderSubject({ order }: { order: Pick<VoucherOrder, 'productId' | 'source'> }) {
  const { t } = useTranslation('vouchers')
  if (order.productId !== null) return <ProductName id={order.productId} />
  if (order.source !== null) return <>{t(`enums.orderSourceKind.${order.source.kind}`)}</>
  return <>{t('common.none')}</>
}
