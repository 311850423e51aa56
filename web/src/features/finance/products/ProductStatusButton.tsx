// Withdrawing a product takes it out of matching (referrals already made stand); reactivating brings it back.
import { useTranslation } from 'react-i18next'
import { ConfirmButton } from '../../../shared/ui/ConfirmButton'
import type { FinanceProduct } from '../common/finance.types'
import { useUpdateProduct } from './products.queries'

export function ProductStatusButton({
  product,
  size,
}: {
  product: FinanceProduct
  size?: 'small' | 'middle'
}) {
  const { t } = useTranslation('finance')
  const updateProduct = useUpdateProduct()
  const withdrawing = product.status === 'active'
  return (
    <ConfirmButton
      question={t(withdrawing ? 'products.withdrawConfirm' : 'products.reactivateConfirm')}
      send={() =>
        updateProduct.mutateAsync({ id: product.id, body: { status: withdrawing ? 'withdrawn' : 'active' } })
      }
      pending={updateProduct.isPending}
      done={t(withdrawing ? 'products.withdrawn' : 'products.reactivated')}
      size={size}
      danger={withdrawing}
    >
      {t(withdrawing ? 'products.withdraw' : 'products.reactivate')}
    </ConfirmButton>
  )
}
