// Withdrawing a product takes it out of the catalogue (orders already placed stand); publishing brings it back.
import { useTranslation } from 'react-i18next'
import type { ServiceProduct } from '../../../shared/api/types'
import { ConfirmButton } from '../../../shared/ui/ConfirmButton'
import { useUpdateProduct } from './products.queries'

export function ProductStatusButton({ product }: { product: ServiceProduct }) {
  const { t } = useTranslation('vouchers')
  const updateProduct = useUpdateProduct()
  const withdrawing = product.status === 'published'
  return (
    <ConfirmButton
      question={t(withdrawing ? 'products.withdrawConfirm' : 'products.republishConfirm')}
      send={() =>
        updateProduct.mutateAsync({
          id: product.id,
          body: { status: withdrawing ? 'withdrawn' : 'published' },
        })
      }
      pending={updateProduct.isPending}
      done={t(withdrawing ? 'products.withdrawn' : 'products.republished')}
      size="small"
      danger={withdrawing}
    >
      {t(withdrawing ? 'products.withdraw' : 'products.republish')}
    </ConfirmButton>
  )
}
